// Medicare facts about procedure codes: MUEs (per claim setting, with the adjudication indicator), add-on codes
// and their primaries, payment and indicators (fee operation), and NCCI PTP pairs — which are answered only from a
// loaded PTP table; without one the answer says the edit cannot be checked and claims neither result.
import type { CodeLookup, CodeMedicare } from '../../catalog/index.js';
import { type Asked, callTool, citeCodeList, failed, listWords, lookup, PROCEDURE_SYSTEMS } from '../asked.js';
import type { ClaimSetting, CodeMention } from '../entities.js';

type MueEntry = NonNullable<CodeMedicare['mue']['practitioner']>;

const SETTING_NAMES: Record<ClaimSetting, string> = {
  practitioner: 'practitioner services',
  outpatientHospital: 'outpatient hospital services',
  dmeSupplier: 'DME supplier services',
};

const MUE_FILES: Record<ClaimSetting, string> = {
  practitioner: 'Practitioner Services MUE table',
  outpatientHospital: 'Outpatient Hospital Services MUE table',
  dmeSupplier: 'DME Supplier Services MUE table',
};

function medicareOf(l: CodeLookup | undefined): CodeMedicare | undefined {
  // a procedure code's lookup carries CodeMedicare (an ICD code's, IcdMedicare, has no mue/addOn/ptp)
  return l?.medicare && 'mue' in l.medicare ? l.medicare : undefined;
}

export function answerMue(a: Asked, m: CodeMention): void {
  const l = lookup(a, m.system, m.code);
  a.draft.addCode(m.system, m.code);
  const mue = medicareOf(l)?.mue;
  if (!mue || mue.notLoaded) {
    a.draft.say(`No MUE table is loaded, so the MUE of ${m.code} cannot be given.`);
    a.draft.lowerConfidence('low');
    return;
  }
  const asked = a.entities.setting;
  const settings = (Object.keys(SETTING_NAMES) as ClaimSetting[]).filter((s) => mue[s]);
  const lead =
    asked && mue[asked] ? asked : asked ? undefined : settings.includes('practitioner') ? 'practitioner' : settings[0];
  if (!lead) {
    a.draft.say(
      `${m.code} has no MUE in the ${MUE_FILES[asked as ClaimSetting]}${settings.length > 0 ? `; it has one for ${listWords(settings.map((s) => SETTING_NAMES[s]))}` : ''}.`,
    );
  }
  for (const s of lead ? [lead, ...settings.filter((x) => x !== lead)] : settings) {
    const e = mue[s] as MueEntry;
    const sentence = `The ${SETTING_NAMES[s]} MUE for ${m.code} is ${e.value} unit${e.value === 1 ? '' : 's'} per ${e.indicator === 1 ? 'claim line' : 'day'}, MAI ${e.indicator} (${e.meaning}); rationale: ${e.rationale}.`;
    if (s === lead) a.draft.say(sentence);
    else a.draft.fact(sentence);
    a.draft.cite({ source: `NCCI ${MUE_FILES[s]}`, release: e.release, locator: `row ${e.line}` });
  }
  if (lead) a.draft.fact(MAI_MEANING);
  for (const w of medicareOf(l)?.warnings ?? []) a.draft.warn(w);
}

const MAI_MEANING =
  'MAI 1 is a claim line edit (units over the MUE on one line are denied); MAI 2 is a date of service edit based on policy (units over it on one date are denied; appeals will not succeed); MAI 3 is a date of service edit based on clinical benchmarks (units over it may be paid on appeal with documentation).';

export function answerAddOn(a: Asked, m: CodeMention): void {
  const l = lookup(a, m.system, m.code);
  a.draft.addCode(m.system, m.code);
  const add = medicareOf(l)?.addOn;
  if (!add || 'notLoaded' in add) {
    a.draft.say(`No NCCI add-on code table is loaded, so whether ${m.code} is an add-on code cannot be checked here.`);
    a.draft.lowerConfidence('low');
    return;
  }
  const cite = () =>
    a.draft.cite({
      source: 'NCCI add-on code edits (AOC file)',
      release: add.release,
      locator: `code ${m.code}`,
    });
  if (add.isAddOn) {
    a.draft.say(`Yes: ${m.code} is an add-on code (NCCI add-on edit type ${add.type}: ${add.typeMeaning}).`);
    const primaries = add.primaries.filter((p) => a.draft.addCode(systemOf(p), p));
    if (primaries.length > 0)
      a.draft.fact(
        `Its listed primary codes: ${listWords(primaries.slice(0, 30))}${primaries.length > 30 ? ` and ${primaries.length - 30} more` : ''}.`,
      );
    if (add.contractorDefinedPrimaries)
      a.draft.fact('Its primary codes are defined by each Medicare contractor (type 2).');
    a.draft.fact('An add-on code is reported only with a primary procedure by the same practitioner on the same day.');
  } else {
    a.draft.say(`No: ${m.code} is not an add-on code in the NCCI add-on code file.`);
    const forCodes = add.primaryFor.filter((p) => a.draft.addCode(systemOf(p), p));
    if (forCodes.length > 0)
      a.draft.fact(
        `It is a listed primary code for the add-on code${forCodes.length > 1 ? 's' : ''} ${listWords(forCodes.slice(0, 20))}.`,
      );
  }
  cite();
}

function systemOf(code: string): 'cpt' | 'hcpcs' {
  return /^\d/.test(code) ? 'cpt' : 'hcpcs';
}

interface FeeAnswer {
  locality: { id: string; name: string; state: string };
  payment: { nonFacility: number | null; facility: number | null; reasons: string[] };
  conversionFactor: number;
  citation: { figure: string; source: string; release: string; file: string; line: number }[];
  warnings: string[];
}

const money = (n: number | null) => (n === null ? 'not paid in this setting' : `$${n.toFixed(2)}`);

interface PaymentRows {
  release: string;
  file: string;
  conversionFactor?: number;
  rows: {
    modifier: string;
    nationalAmounts: { nonFacility: number | null; facility: number | null; reasons: string[] };
    indicators: Record<string, { code: string; meaning: string }>;
    line: number;
  }[];
}

const INDICATORS: readonly [string, string][] = [
  ['status', 'Status'],
  ['globalDays', 'Global days'],
  ['pctc', 'PC/TC indicator'],
  ['multipleProcedure', 'Multiple procedure indicator'],
  ['bilateral', 'Bilateral surgery indicator'],
  ['assistant', 'Assistant at surgery indicator'],
  ['coSurgeon', 'Co-surgeon indicator'],
  ['teamSurgery', 'Team surgery indicator'],
];

/** Payment (national from the RVU file, or in a locality through the fee operation) and the fee schedule indicators. */
export function answerPayment(a: Asked, m: CodeMention): void {
  a.draft.addCode(m.system, m.code);
  const lower = a.question.lower;
  const l = lookup(a, m.system, m.code);
  const payment = (l?.medicare as { payment?: PaymentRows | { notLoaded: string } | null } | undefined)?.payment;
  if (!payment || 'notLoaded' in payment || payment.rows.length === 0) {
    a.draft.say(
      `The Medicare physician fee schedule loaded here has no row for ${m.code}, so no payment or indicators can be given.`,
    );
    if (l) citeCodeList(a, l);
    a.draft.lowerConfidence('medium');
    return;
  }
  const modifier = a.entities.modifiers.find((x) => x === '26' || x === 'TC' || x === '53') ?? '';
  const row = payment.rows.find((r) => r.modifier === modifier) ?? (payment.rows[0] as PaymentRows['rows'][number]);
  const ind = row.indicators;
  const asksIndicator = /\bglobal|indicator|bilateral|assistant|asst|co-?surgeon|team|pc\/tc|multiple procedure/.test(
    lower,
  );
  const asksMoney = /\bpay|payment|reimburse|allow|fee|rvu|\$|how much/.test(lower) || !asksIndicator;
  if (/\bglobal/.test(lower) && ind.globalDays)
    a.draft.say(`The global period of ${m.code} is ${ind.globalDays.code}: ${ind.globalDays.meaning}.`);
  a.draft.cite({
    source: 'Medicare Physician Fee Schedule RVU file',
    release: payment.release,
    locator: `${payment.file} line ${row.line}`,
  });
  if (asksMoney) moneySentence(a, m, row, payment, modifier);
  for (const [name, label] of INDICATORS) {
    const i = ind[name];
    if (i) a.draft.fact(`${label} ${i.code}: ${i.meaning}.`);
  }
  if (a.draft.lead.length === 0) a.draft.say(`The Medicare fee schedule indicators of ${m.code}:`);
  for (const w of (l?.medicare as { warnings?: string[] } | undefined)?.warnings ?? []) a.draft.warn(w);
}

function moneySentence(
  a: Asked,
  m: CodeMention,
  row: PaymentRows['rows'][number],
  payment: PaymentRows,
  modifier: string,
): void {
  const label = `${m.code}${modifier ? `-${modifier}` : ''}`;
  if (a.entities.locality) {
    const fee = callTool<FeeAnswer>(a.ctx, 'fee', {
      code: m.code,
      locality: a.entities.locality,
      ...(modifier ? { modifier } : {}),
      date: a.date,
    });
    if (!failed(fee)) {
      a.draft.say(
        `Medicare's physician fee schedule amount for ${label} in ${fee.locality.name}, ${fee.locality.state} (locality ${fee.locality.id}): ${money(fee.payment.nonFacility)} non-facility, ${money(fee.payment.facility)} facility (conversion factor ${fee.conversionFactor}).`,
      );
      for (const c of fee.citation)
        a.draft.cite({ source: c.source, release: c.release, locator: `${c.file} line ${c.line} (${c.figure})` });
      for (const w of fee.warnings) a.draft.warn(w);
      return;
    }
    a.draft.warn(
      `"${a.entities.locality}" is not a payment locality I can pick out (${fee.error}); the national amount is shown.`,
    );
  }
  const n = row.nationalAmounts;
  a.draft.say(
    `Medicare's national physician fee schedule amount for ${label} (every GPCI 1.000): ${money(n.nonFacility)} non-facility, ${money(n.facility)} facility${payment.conversionFactor ? ` (conversion factor ${payment.conversionFactor})` : ''}. Name a city, county or state for the local amount.`,
  );
  for (const r of n.reasons) a.draft.fact(r);
}

/** NCCI procedure-to-procedure pairs: from a loaded PTP table only. */
export function answerPtp(a: Asked, pair: CodeMention[]): void {
  const [x, y] = pair as [CodeMention, CodeMention];
  for (const c of pair) a.draft.addCode(c.system, c.code);
  const lx = lookup(a, x.system, x.code);
  const ptp = medicareOf(lx)?.ptp;
  if (!ptp?.loaded) {
    a.draft.say(
      `I cannot check whether ${x.code} and ${y.code} may be billed together: no NCCI procedure-to-procedure (PTP) edit table is loaded in this installation, so I can say neither that an edit exists nor that it does not.`,
    );
    a.draft.fact(
      'Check the current quarterly NCCI PTP table on cms.gov (practitioner or outpatient hospital, as the claim is). If a pair is listed, its modifier indicator says whether a modifier such as 59 or XE/XS/XP/XU may bypass it (1) or not (0); a modifier is appended only when the documentation supports a distinct service.',
    );
    if (ptp?.message) a.draft.warn(ptp.message);
    // the statement's source: the NCCI release loaded, which holds no PTP table
    const ncci =
      a.ctx.catalog.pick('ncci', 'ncci-aoc', a.date) ?? a.ctx.catalog.pick('ncci', 'ncci-mue-practitioner', a.date);
    if (ncci)
      a.draft.cite({
        source: 'Medicare NCCI files loaded',
        release: ncci.release.id,
        locator: 'no procedure-to-procedure (PTP) table in the release',
      });
    a.draft.lowerConfidence('low');
    return;
  }
  const found: string[] = [];
  for (const [setting, s] of Object.entries(ptp.settings ?? {})) {
    for (const p of s.pairs) {
      const hit = (p.column1 === x.code && p.column2 === y.code) || (p.column1 === y.code && p.column2 === x.code);
      if (!hit) continue;
      found.push(
        `${setting}: column 1 ${p.column1}, column 2 ${p.column2}, modifier indicator ${p.modifierIndicator} (${p.modifierMeaning}), effective ${p.effectiveDate}${p.deletionDate ? `, deleted ${p.deletionDate}` : ''}`,
      );
      a.draft.cite({ source: `NCCI PTP edits (${setting})`, release: s.release, locator: `${p.column1}/${p.column2}` });
    }
  }
  if (found.length > 0) {
    a.draft.say(`There is an NCCI PTP edit between ${x.code} and ${y.code}.`);
    for (const f of found) a.draft.fact(f);
  } else {
    a.draft.say(`The loaded NCCI PTP table has no edit between ${x.code} and ${y.code}.`);
    for (const [setting, s] of Object.entries(ptp.settings ?? {}))
      a.draft.cite({
        source: `NCCI PTP edits (${setting})`,
        release: s.release,
        locator: `no row for ${x.code}/${y.code}`,
      });
  }
}

export const procedureMentions = (a: Asked) => a.entities.codes.filter((c) => PROCEDURE_SYSTEMS.includes(c.system));
