// The honesty rule against postings that ask applicants for money: a fee to apply or be placed, a training,
// certification or equipment purchase, payment or bank details, or the "we will mail you a check for equipment"
// scheme. A small set of sentence rules over the title, the description and the screening questions.
//
// Honest about what it is: a heuristic. It refuses wording that asks the applicant to pay or to hand over payment
// details, and lets through the wording of real coding jobs that mentions money the other way round or as the work
// itself ("we pay for your CEUs", "reimbursement specialist", "fee schedule", "payment posting", "direct deposit",
// "Pay: $24–$30 an hour"). Each rule has tests of scam wording it must refuse and of legitimate wording it must pass
// (honesty.test.ts). The moderation queue (a new employer's first posting waits for an admin) is the backstop.

export type HonestyRule = 'fee' | 'purchase' | 'payment-details' | 'fake-check';

export interface HonestyFinding {
  rule: HonestyRule;
  /** the sentence that asks, shortened */
  quote: string;
}

/** What the refusal says, after the quote. */
export const HONESTY_WHY =
  'postings may not ask applicants for a fee, a training, certification or equipment purchase, or payment or bank details';

// -- words and phrases -------------------------------------------------------------------------------------------

/** A fee charged to apply, be trained, be placed, be checked or be equipped ("fee schedule" is not one of these). */
const FEE_PHRASE = new RegExp(
  [
    String.raw`\b(?:application|applicant|applying|registration|processing|onboarding|training|enrol+ment|background[- ]check|placement|interview|starter[- ]kit|equipment|certification|testing|administrative|admin|hiring|orientation|activation|sign[- ]?up|membership|job[- ]placement)\s+fees?\b`,
    String.raw`\bfees?\s+(?:to|for)\s+(?:apply|applying|applicants?|the interview|interviews?|registration|register|training|onboarding|processing|placement|the position|this position|the job|consideration)\b`,
    String.raw`\b(?:refundable|security|good[- ]faith|one[- ]time)\s+deposit\b`,
    String.raw`\$\s?\d[\d,.]*\s+deposit\b`,
    String.raw`\bdeposit\s+of\s+\$`,
  ].join('|'),
);

/** Said before a fee in its clause: the fee does not exist or is not the applicant's to pay. */
const EXCUSED_BEFORE =
  /\b(?:no|not|never|without|zero|free|waive[sd]?|don't|do not|doesn't|does not|won't|will not|reimburs\w*|covers?|covered|sponsor\w*)\b|\b(?:we|we'll|we will|company|employer|organization)\s+(?:also\s+)?(?:pay|pays|cover|covers|reimburse|reimburses|waive|waives|refund|refunds)\b|\b(?:company|employer)[- ](?:paid|sponsored)\b|\bpaid\s+(?:by|for)\b|\bat no (?:cost|charge)\b/;

/** Said after a fee in its clause: someone else pays it. */
const EXCUSED_AFTER =
  /\b(?:waived|covered|reimbursed|refunded|paid by (?:us|the company|the employer)|at no (?:cost|charge)|free)\b/;

/** Who would be paying: the applicant. */
const APPLICANT = '(?:you|applicants?|candidates?|new hires?|trainees?|students?|hires)';
const MODAL =
  '(?:must|will need to|need to|needs to|are required to|is required to|have to|has to|will have to|should|agree to|are expected to|is expected to|will)';

/** The applicant is told to pay or buy something ("you must pay attention" and "buy into" are not money). */
const APPLICANT_PAYS = new RegExp(
  String.raw`\b${APPLICANT}\b(?:\s+\w+){0,2}?\s+${MODAL}\s+(?:first\s+|also\s+)?(?:pay|purchase|buy)\b(?!\s+(?:close |careful |special |full |strict )?attention|\s+into|\s+in\b|\s+nothing)`,
);

/** The applicant is told to move money (send, wire…) — only with money as the object. */
const APPLICANT_SENDS_MONEY = new RegExp(
  String.raw`\b${APPLICANT}\b(?:\s+\w+){0,2}?\s+${MODAL}\s+(?:first\s+)?(?:send|wire|remit|transfer|deposit)\b(?:\s+\S+){0,4}?\s*(?:\$|money|funds|payment|fee|deposit|check|cheque|gift card|bitcoin|crypto|usd|dollars)`,
);

/** A sentence that starts by telling the reader to pay or buy something priced. */
const IMPERATIVE_PAY =
  /^(?:please\s+|just\s+|simply\s+|then\s+|first\s+|kindly\s+)?(?:pay|send|wire|remit|transfer|deposit|purchase|buy)\s+(?:a\s+|an\s+|the\s+|your\s+|us\s+|our\s+|only\s+)?(?:\$|usd\b|one[- ]time\b|\d+\s*(?:dollars|usd)\b|money\b|payment\b|fee\b|deposit\b|registration\b|(?:the\s+)?(?:starter|training|certification|course|kit|equipment)\b)/;

/** A pay statement for the coder ("Pay $24–$30 per hour") mentions the period or the word salary. */
const PAY_FOR_THE_CODER =
  /\b(?:per hour|an hour|a year|per year|hourly|annually|annual|salary|salaried|wages?|compensation|bonus|pto|401\s?\(?k)|\/\s?(?:hr|hour|yr|year)\b/;

/** Being told to purchase training, certification or equipment. */
const MUST_PURCHASE =
  /\b(?:must|required to|requirement to|need to|have to|will need to|expected to|mandatory to)\s+(?:first\s+)?(?:purchase|buy|pay for|rent|enrol+ in (?:our|a) paid|sign up for (?:our|a) paid)\b[^.]{0,60}?\b(?:training|course|class|program|programme|certification|certificate|exam voucher|kit|equipment|software|license|licence|materials|laptop|computer|subscription)\b/;

/** Training or equipment with a price attached ("Training costs $250"). */
const PRICED_TRAINING =
  /\b(?:training|course|class|certification|program|kit|equipment|materials|software)\b[^.]{0,30}?\b(?:costs?|priced at|for only|is only|tuition(?: is)?)\s*(?:of\s+)?\$?\d/;
const TRAINING_PAID_BY_EMPLOYER =
  /\b(?:no cost|free|at our expense|we pay|we cover|company[- ]paid|employer[- ]paid|reimburs\w*|sponsor\w*|value)\b/;

/** Payment or bank details. */
const PAYMENT_DETAIL =
  /\b(?:bank\s+(?:account|details|information|info|login|password|routing)|routing\s+(?:number|no)|account\s+and\s+routing|credit\s+card|debit\s+card|card\s+(?:number|details)|cvv|gift\s+cards?|itunes\s+cards?|bitcoin|crypto(?:currency)?|zelle|venmo|cash\s?app|paypal|western\s+union|moneygram|wire\s+transfer|online\s+banking|social\s+security\s+number|ssn)\b/;
/** …asked for: a request verb with "your" in front of the detail. */
const ASKS_FOR_YOURS =
  /\b(?:provide|send|submit|enter|share|give|email|text|upload|attach|fill in|verify|confirm|need|require|requires|required|ask for|include|charge|charged|collect)\b[^.]{0,40}?\byour\s+(?:\w+\s+){0,2}?(?:bank|routing|credit|debit|card|gift|online banking|social security|ssn)\b/;
const YOUR_DETAIL =
  /\byour\s+(?:\w+\s+){0,2}?(?:bank|routing|credit|debit|card|gift|online banking|social security|ssn)\b/;
/** …or "your card will be charged" */
const YOURS_CHARGED = new RegExp(
  String.raw`${YOUR_DETAIL.source}[^.]{0,40}?\b(?:charged|debited|billed|required|needed)\b`,
);
/** …or money moved through a payment channel ("send the fee via Zelle"). */
const MONEY_THROUGH_CHANNEL =
  /\b(?:pay|send|wire|transfer|deposit|remit|purchase|buy|fee|fees)\b[^.]{0,60}?\b(?:via|through|by|using|with|in|on)\s+(?:a\s+|an\s+)?(?:zelle|venmo|cash\s?app|paypal|bitcoin|crypto(?:currency)?|gift\s+cards?|itunes\s+cards?|western\s+union|moneygram|wire\s+transfer)\b/;

/** The check-overpayment scheme: a check mailed to the new hire to buy equipment from "our vendor". */
const FAKE_CHECK =
  /\b(?:(?:send|mail|give|issue)\s+you|you\s+will\s+(?:receive|get)|receive)\s+(?:a\s+)?(?:check|cheque)\b[^.]{0,80}?\b(?:equipment|supplies|software|vendor|purchase|buy|office|send back|return the)\b|\b(?:deposit|cash)\s+(?:the|a|this)\s+(?:check|cheque)\b/;

// -- sentences ---------------------------------------------------------------------------------------------------

/** Sentences and lines, lower-cased, Markdown emphasis and list marks dropped, apostrophes made plain. */
export function sentencesOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[*_`#>]+/g, ' ')
    .split(/\n+/)
    .flatMap((line) => line.replace(/^\s*(?:[-+•]|\d+[.)])\s+/, '').split(/(?<=[.!?])\s+/))
    .map((s) =>
      s
        .replace(/\s+/g, ' ')
        .replace(/ ([,;:!?])/g, '$1')
        .trim(),
    )
    .filter((s) => s.length > 0);
}

/** The clause around a position: between the nearest clause marks (, ; : — – ( ) and " - ") on each side. */
function clauseAround(sentence: string, start: number, end: number): { before: string; after: string } {
  const mark = /[,;:()—–]| - /g;
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(mark)) {
    const at = m.index ?? 0;
    if (at < start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { before: sentence.slice(from, start), after: sentence.slice(end, to) };
}

function feeAsked(sentence: string): boolean {
  for (const m of sentence.matchAll(new RegExp(FEE_PHRASE.source, 'g'))) {
    const start = m.index ?? 0;
    const { before, after } = clauseAround(sentence, start, start + m[0].length);
    if (!EXCUSED_BEFORE.test(before) && !EXCUSED_AFTER.test(after)) return true;
  }
  return false;
}

const NEGATED = /\b(?:not|never|no|don't|do not|won't|will not|doesn't|does not)\b/;

function applicantPays(sentence: string): boolean {
  for (const re of [APPLICANT_PAYS, APPLICANT_SENDS_MONEY]) {
    const m = re.exec(sentence);
    if (!m) continue;
    // "you will never pay", "you will not have to pay"; "you will pay nothing"
    if (NEGATED.test(m[0])) continue;
    const after = sentence.slice((m.index ?? 0) + m[0].length);
    if (EXCUSED_AFTER.test(clauseAround(sentence, m.index ?? 0, (m.index ?? 0) + m[0].length).after)) continue;
    if (/^\s*(?:nothing|no\b|zero)/.test(after)) continue;
    return true;
  }
  const imperative = IMPERATIVE_PAY.exec(sentence);
  return imperative !== null && !PAY_FOR_THE_CODER.test(sentence);
}

function purchaseRequired(sentence: string): boolean {
  const must = MUST_PURCHASE.exec(sentence);
  if (must && !NEGATED.test(must[0]) && !TRAINING_PAID_BY_EMPLOYER.test(sentence)) return true;
  return PRICED_TRAINING.test(sentence) && !TRAINING_PAID_BY_EMPLOYER.test(sentence);
}

function paymentDetailsAsked(sentence: string, isQuestion: boolean): boolean {
  if (!PAYMENT_DETAIL.test(sentence)) return false;
  // a screening question is itself the ask: "what is your routing number?" needs no request verb
  if (isQuestion && YOUR_DETAIL.test(sentence)) return true;
  return ASKS_FOR_YOURS.test(sentence) || YOURS_CHARGED.test(sentence) || MONEY_THROUGH_CHANNEL.test(sentence);
}

function quoteOf(sentence: string): string {
  return sentence.length > 120 ? `${sentence.slice(0, 117)}…` : sentence;
}

/**
 * The first sentence of `text` that asks applicants for money or payment details, or undefined. `question` is true
 * for a screening question, which asks by being asked: "your routing number?" is refused without a request verb.
 */
export function findMoneyAsk(text: string, options: { question?: boolean } = {}): HonestyFinding | undefined {
  for (const sentence of sentencesOf(text)) {
    if (paymentDetailsAsked(sentence, options.question === true))
      return { rule: 'payment-details', quote: quoteOf(sentence) };
    if (FAKE_CHECK.test(sentence)) return { rule: 'fake-check', quote: quoteOf(sentence) };
    // before the fee rules, which would also catch "applicants must purchase…" as paying
    if (purchaseRequired(sentence)) return { rule: 'purchase', quote: quoteOf(sentence) };
    if (feeAsked(sentence) || applicantPays(sentence)) return { rule: 'fee', quote: quoteOf(sentence) };
  }
  return undefined;
}

/** The problem text for a field: the quote and the rule. */
export function moneyAskWhy(finding: HonestyFinding): string {
  return `asks applicants for money ("${finding.quote}"): ${HONESTY_WHY}`;
}
