// What is being asked, from the words and the entities found. Ordered rules, most specific first: a question
// that names two procedure codes and "together" is an NCCI pair whatever else it says; "MUE" with a code is an MUE
// question; a question with no coding word and no code is out of scope. The first rule that holds decides; the
// answer composers handle a wrong guess gracefully (each says what it could not find).
import type { Entities } from './entities.js';

export const INTENTS = [
  'safety',
  'out-of-scope',
  'ptp',
  'coverage',
  'mue',
  'add-on',
  'payment',
  'crosswalk',
  'code-history',
  'notes',
  'billable',
  'modifier',
  'lookup',
  'ncci-policy',
  'guideline',
  'claim-check',
  'scenario',
] as const;
export type Intent = (typeof INTENTS)[number];

export type SafetyKind = 'emergency' | 'injection' | 'system-prompt' | 'cpt-descriptor';

const EMERGENCY =
  /\b(chest pain|can'?t breathe|cannot breathe|trouble breathing|overdos|suicid|kill myself|bleeding (a lot|heavily)|stroke symptoms|numb|unconscious|seizing)\b.*\b(right now|now|what should i do|help me|what do i do)\b|\bwhat should i (do|take)\b.*\b(pain|symptom|fever|bleeding)\b/;
const INJECTION =
  /\b(ignore|disregard|forget|override|bypass)\b[^.]{0,40}\b(rules?|instructions?|prompt|guidelines?|previous|prior|above)\b|\badmin(istrator)? (note|override|mode)\b|\bdeveloper mode\b|\bjailbreak\b|\boutput only\b|\bjust reply\b|\brespond only with\b/;
const SYSTEM_PROMPT = /\b(system prompt|your (instructions|prompt|rules|configuration)|initial prompt|hidden prompt)\b/;
const CPT_DESCRIPTOR =
  /\b(descriptor|descriptors|word for word|verbatim|full (official )?(cpt )?(description|text|wording)s?|official (cpt )?(description|wording|text)s?|exact (cpt )?(wording|text|description))\b/;

const CODING_WORDS =
  /\b(code|codes|coding|coder|ccmi|ptp|aoc|mai|edit|edits|modifiers?|mod|icd|cpt|hcpcs|pcs|dx|diagnos[ie]s|billable|bill|billed|billing|claim|modifier|modifer|ncci|mue|rvu|medicare|medicaid|payer|reimburs\w*|guideline|excludes|sequenc\w*|encounter|denial|denied|cms|ncd|lcd|abn|global|bundl\w*|add-?on|unit|units|drg|hcc|pos|documentation|query|provider|inpatient|outpatient|principal|first-listed|secondary|procedure|surgery|fracture|diabetes|pneumonia|injection|visit|e\/m|e&m|\bem\b)\b/;
const CLINICAL_WORDS =
  /\b(patient|pt|history of|hx|acute|chronic|stage|type [12]|disease|disorder|syndrome|infection|pain|fracture|injury|cancer|carcinoma|ulcer|failure|pregnan\w*|weeks|admitted|admission|diagnosed|w\/|with|due to|secondary to|initial|subsequent|sequela|left|right|bilateral)\b/;

// requests that mention coding but ask for something else (a poem about coding is still a poem)
const NOT_CODING =
  /\b(write|compose|make up|tell) (me )?(a |an )?(short )?(poem|story|joke|song|limerick|haiku|essay)\b|\b(weather|forecast|recipe|stock price|lottery|horoscope|super ?bowl|world cup)\b|\bcapital of\b/;

/** Words of ICD-10-CM reporting (the Official Guidelines), as against procedure billing (NCCI policy). */
const GUIDELINE_WORDS =
  /\b(dx|diagnos[ie]s|principal|first[- ]listed|secondary diagnosis|sequenc\w*|excludes|inpatient|outpatient|encounter|symptom|sign|uncertain|probable|suspected|likely|rule out|borderline|query|icd-?10(-cm)?|guideline|chapter|z codes?|history of|sepsis|pregnan\w*|newborn|injury|poisoning|adverse effect|underdosing|late effect|sequela|documentation|provider)\b/;
const POLICY_WORDS =
  /\b(modifiers?|modifer|procedures?|surgery|surgical|incision|billable|bill|billed|separately|units?|e\/m|e&m|visit|injection|lab test|repeat|global|ncci|ptp|ccmi|mue|mai|aoc|add-?on|bundl\w*|abn|column|cms)\b/;

/** A request for something other than coding help, whatever words it uses. */
export function plainlyElse(lower: string): boolean {
  return NOT_CODING.test(lower);
}

export interface IntentGuess {
  intent: Intent;
  safety?: SafetyKind;
}

const procedureCodes = (e: Entities) => e.codes.filter((c) => c.system === 'cpt' || c.system === 'hcpcs');
const diagnosisCodes = (e: Entities) => e.codes.filter((c) => c.system === 'icd10cm');

export function classify(lower: string, e: Entities): IntentGuess {
  if (EMERGENCY.test(lower)) return { intent: 'safety', safety: 'emergency' };
  if (SYSTEM_PROMPT.test(lower)) return { intent: 'safety', safety: 'system-prompt' };
  if (INJECTION.test(lower)) return { intent: 'safety', safety: 'injection' };
  if (CPT_DESCRIPTOR.test(lower) && /\bcpt\b|\b\d{4}[0-9ftu]\b|\bdescriptor/.test(lower))
    return { intent: 'safety', safety: 'cpt-descriptor' };

  if (plainlyElse(lower)) return { intent: 'out-of-scope' };
  const hasCode = e.codes.length + e.unknown.length + e.icd9.length + e.ncds.length > 0;
  if (!hasCode && e.modifiers.length === 0 && !CODING_WORDS.test(lower) && !CLINICAL_WORDS.test(lower))
    return { intent: 'out-of-scope' };

  const procs = procedureCodes(e);
  const dxs = diagnosisCodes(e);
  const together =
    /\b(together|bundle[sd]?|bundling|same (day|dos|date|session|encounter)|ncci edit|ptp|column (1|2|one|two)|with|w\/|\+|and)\b/;
  if (procs.length >= 2 && together.test(lower) && !/\bcover|medical necessity|\bncd\b/.test(lower))
    return { intent: 'ptp' };
  if (/\bcover(ed|age|s)?\b|medical(ly)? necess|\bncd\b/.test(lower) && (dxs.length > 0 || e.unknown.length > 0))
    return { intent: 'coverage' };
  if (
    /\bmues?\b|medically unlikely|\bmai\b|units?\b[^.]{0,40}\b(per day|a day|allowed|max|maximum|can be billed)|max(imum)? units/.test(
      lower,
    ) &&
    hasCode
  )
    return { intent: 'mue' };
  if (/\badd[- ]?on\b|\baoc\b|primary (code|procedure)s? for/.test(lower) && procs.length > 0)
    return { intent: 'add-on' };
  if (
    /\b(pay|pays|paid|payment|reimburse\w*|allowable|allowed amount|fee|rvus?|relative value|global (period|days|surgery days)|global\b|pc\/tc|indicator|bilateral|assistant at surgery|asst|co-?surgeon|team surgeon|multiple procedure|conversion factor)\b/.test(
      lower,
    ) &&
    procs.length > 0
  )
    return { intent: 'payment' };
  if (e.icd9.length > 0 || /\b(convert|crosswalk|gems?|map(ping)? (to|from)|icd-?9)\b/.test(lower))
    return { intent: 'crosswalk' };
  if (
    hasCode &&
    /\b(replace[ds]?|replacement|replced|deleted|retired|terminated|discontinued|new code|when (was|did|is)|effective date|took effect|become (a )?valid|became|added|still (valid|billable|good|active|ok|usable)|valid (for|in|on) (fy|fiscal|\d{4})|invalid|rejected|what do i use now|expanded|no longer)\b/.test(
      lower,
    )
  )
    return { intent: 'code-history' };
  if (dxs.length >= 2 && /\btogether\b|same (claim|encounter|visit)|with each other|both (codes|of them)/.test(lower))
    return { intent: 'notes' };
  if (
    /\bexcludes ?[12]?\b|excludes (one|two)|code first|use additional|code also|7th|seventh|sequenced? (before|first)|\bnotes?\b|(coded|code|reported|used|billed) together|inclusion term|includes note/.test(
      lower,
    ) &&
    (dxs.length > 0 || e.unknown.length > 0)
  )
    return { intent: 'notes' };
  if (
    hasCode &&
    /\b(billable|valid|reportable|header|can i (use|bill|report)|specific enough|ok to (use|bill))\b/.test(lower)
  )
    return { intent: 'billable' };
  if (/\bcheck (these|this|my) (codes|claim)|\bclaim check\b|scrub/.test(lower) && e.codes.length > 1)
    return { intent: 'claim-check' };
  if (e.modifiers.length > 0 && !/\b(sequenc|first-listed|principal diagnosis)\b/.test(lower))
    return { intent: 'modifier' };
  if (hasCode && e.codes.length + e.unknown.length >= 1 && isLookupQuestion(lower, e)) return { intent: 'lookup' };
  if (isNcciPolicy(lower)) return { intent: 'ncci-policy' };
  if (hasCode && asksReportingRule(lower)) return { intent: 'guideline' };
  if (isScenario(lower)) return { intent: 'scenario' };
  if (hasCode) return { intent: 'lookup' };
  if (POLICY_WORDS.test(lower) && !GUIDELINE_WORDS.test(lower)) return { intent: 'ncci-policy' };
  return { intent: 'guideline' };
}

function isLookupQuestion(lower: string, e: Entities): boolean {
  if (
    /\b(what is|what's|whats|what does|describe|description|stand for|mean|meaning|definition|look ?up|title|tell me about)\b/.test(
      lower,
    )
  )
    return true;
  // a bare code, or a code with a word or two
  const words = lower
    .replace(/[^a-z0-9. ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.length <= 3 + e.codes.length;
}

function isNcciPolicy(lower: string): boolean {
  return /\b(ncci|ptp|ccmi|modifier indicator|mue|mai|aoc|add-?on code edit|global (surgery|package|period)|bundl\w*|separately (reportable|billable)|abn|unbundl\w*|mutually exclusive|column (1|2|one|two)|medically unlikely|integral|incident to|e\/m on the same day|surgical package)\b/.test(
    lower,
  );
}

/** Whether a code question also asks a reporting rule ("can Z00.00 be reported as a secondary diagnosis?"). */
export function asksReportingRule(lower: string): boolean {
  return /\b(principal|first[- ]listed|secondary diagnosis|as a secondary|sequenc\w*|reported (as|with|only|together|twice)|only once|query the|assign(ed)? (when|if)|should (i|we) (code|report|assign))\b|\b(doc|dr|provider|physician|md)\b[^.?]{0,20}\b(didn'?t|did not|doesn'?t|does not|never) (say|document|state|mention|specify)|\bnot documented\b/.test(
    lower,
  );
}

/** Questions about how to report rather than which code: answered from the guidelines. */
const RULE_QUESTION =
  /\b(first|sequenc\w*|or just|should i|should we|can i|can we|do i code|do you code|as confirmed|which do i code|ok to|okay to|allowed to|is it ok|when (can|do|should)|how do (i|you) code a)\b/;

function isScenario(lower: string): boolean {
  if (RULE_QUESTION.test(lower) && !/\b(what|which) (icd-?10(-cm)? )?codes?\b|\bcode for\b/.test(lower)) return false;
  if (
    /\b(icd-?10(-cm|-pcs)?|dx|diagnosis|cpt|hcpcs|pcs) codes? (for|of)\b|\bcode (for|of)\b|\bwhat code|\bwhich codes?|\bhow (do|would|should) (i|you|we) code|\bcodes? do i (report|use|need|assign)|\bcode set\b|\bwhat('s| is) the code\b|- ?codes?\??$|\bcodes?\?$/.test(
      lower,
    )
  )
    return !/\b(guideline|sequenc\w* rule|section [ivx]+\.)/.test(lower) || /\bcode (for|of)\b/.test(lower);
  return CLINICAL_WORDS.test(lower) && !/\b(can|should|may|must|when|how|is it|ok to|okay to|allowed)\b/.test(lower);
}
