// An answer being composed: the direct answer first, then the supporting facts, warnings, and the sources. Codes
// enter an answer only through addCode, which checks them against the catalog on the date in question — a code the
// catalog does not have cannot be listed, so the assistant cannot invent one.
import { type Catalog, type CodeSystem, findCode } from '../catalog/index.js';

export type CodeStatus = 'billable' | 'header' | 'deleted' | 'not yet valid';

export interface AnswerCode {
  system: CodeSystem;
  code: string;
  status: CodeStatus;
}

export interface AnswerCitation {
  /** the publication: "ICD-10-CM FY2026 code list", "NCCI Policy Manual 2025" */
  source: string;
  /** the release id or edition */
  release: string;
  /** where in it: file and line, record, section or page */
  locator: string;
}

export type Confidence = 'high' | 'medium' | 'low';

export class Draft {
  readonly lead: string[] = [];
  readonly facts: string[] = [];
  readonly warnings: string[] = [];
  readonly codes: AnswerCode[] = [];
  readonly citations: AnswerCitation[] = [];
  confidence: Confidence = 'high';

  constructor(
    private readonly catalog: Catalog,
    readonly date: string | undefined,
  ) {}

  say(sentence: string): this {
    this.lead.push(sentence);
    return this;
  }

  fact(line: string): this {
    this.facts.push(line);
    return this;
  }

  warn(line: string): this {
    if (!this.warnings.includes(line)) this.warnings.push(line);
    return this;
  }

  cite(c: AnswerCitation): this {
    if (!this.citations.some((x) => x.source === c.source && x.release === c.release && x.locator === c.locator))
      this.citations.push(c);
    return this;
  }

  /**
   * Lists a code with its status on the answer's date. Returns false (and lists nothing) for a code the catalog
   * does not have: callers pass codes read from the catalog, and this is the guard that keeps it so.
   */
  addCode(system: CodeSystem, code: string): boolean {
    const found = findCode(this.catalog, { system, code, date: this.date });
    if (found.status === 'unknown') return false;
    const printed = found.entry.code;
    if (this.codes.some((c) => c.system === system && c.code === printed)) return true;
    const status: CodeStatus =
      found.status === 'found'
        ? found.entry.billable
          ? 'billable'
          : 'header'
        : found.status === 'deleted'
          ? 'deleted'
          : 'not yet valid';
    this.codes.push({ system, code: printed, status });
    if (found.stale) this.warn(found.stale);
    return true;
  }

  lowerConfidence(to: Confidence): this {
    const order: Confidence[] = ['high', 'medium', 'low'];
    if (order.indexOf(to) > order.indexOf(this.confidence)) this.confidence = to;
    return this;
  }

  /** Markdown: the answer, the facts as a list, the warnings, then "Sources". */
  markdown(): string {
    const parts = [this.lead.join(' ')];
    if (this.facts.length > 0) parts.push(this.facts.map((f) => `- ${f}`).join('\n'));
    if (this.warnings.length > 0) parts.push(this.warnings.map((w) => `> Note: ${w}`).join('\n'));
    if (this.citations.length > 0)
      parts.push(
        `Sources:\n${this.citations.map((c) => `- ${c.source} (${c.release})${c.locator ? `, ${c.locator}` : ''}`).join('\n')}`,
      );
    return parts.filter((p) => p.length > 0).join('\n\n');
  }
}
