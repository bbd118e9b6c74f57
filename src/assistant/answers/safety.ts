// Questions the assistant declines or redirects, each with a clear, safe answer: out of scope, prompt injection,
// requests for its instructions, requests for AMA's CPT descriptor text, and medical emergencies.
import type { Asked } from '../asked.js';
import type { SafetyKind } from '../intent.js';
import { answerUnknown } from './code-facts.js';

const SCOPE =
  "I'm CasePilot, a medical coding assistant: I can only help with coding questions — ICD-10-CM, ICD-10-PCS, HCPCS and CPT codes, the Official Guidelines, NCCI edits and policy, MUEs, Medicare payment and lab coverage. That question is outside my scope.";

export function answerOutOfScope(a: Asked): void {
  a.draft.say(SCOPE);
  a.draft.fact(
    'Try: "Is J45.909 billable?", "MUE for 20610", "Global period for 27447", "Type 2 diabetes with CKD stage 3a — which codes?"',
  );
}

export function answerSafety(a: Asked, kind: SafetyKind): void {
  switch (kind) {
    case 'emergency':
      a.draft.say(
        'If this is happening now, call 911 (or your local emergency number) or go to the nearest emergency department right away. I cannot give medical advice: I am a coding assistant, and symptoms like these need a clinician now.',
      );
      return;
    case 'system-prompt':
      a.draft.say(
        "I can't share my instructions or configuration. I answer coding questions from the official code sets and documents, and every answer lists its sources.",
      );
      return;
    case 'cpt-descriptor':
      a.draft.say(
        'I cannot provide CPT® descriptor text: CPT descriptors are copyrighted by the American Medical Association (AMA), which owns the rights, and no licensed CPT file is loaded here. What I can give is public: the Medicare status, payment, global period, MUE and add-on data of the code, or its RBCS category.',
      );
      for (const c of a.entities.codes.filter((m) => m.system === 'cpt').slice(0, 8)) a.draft.addCode('cpt', c.code);
      return;
    case 'injection': {
      a.draft.say(
        "I can't do that: I don't change my rules on request, and I only state codes that exist in the official code sets, with their sources.",
      );
      for (const u of a.entities.unknown.slice(0, 2)) answerUnknown(a, u);
      for (const c of a.entities.codes.slice(0, 2)) {
        a.draft.addCode(c.system, c.code);
        a.draft.fact(
          `${c.code} is a real ${c.system === 'icd10cm' ? 'ICD-10-CM' : c.system.toUpperCase()} code; ask about it directly if you need it.`,
        );
      }
      return;
    }
  }
}
