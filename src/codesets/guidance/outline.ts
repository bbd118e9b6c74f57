// The numbered outline of an official document ("Section I." > "C." > "1." > "d." > "1)" > "(a)" > "(i)"). A line
// that starts with a label is a heading only when the label continues the outline: the next sibling of a level
// already open, or the first child of a deeper level. That rule, not the indentation or the font, is what keeps
// "1. Because interpretation of cardiac rhythm ..." inside a paragraph list from being read as a new section, and
// tells "(i)" the ninth letter from "(i)" the first roman numeral.

export type LabelKind = 'section' | 'upper' | 'number' | 'lower' | 'numparen' | 'letterparen' | 'romanparen';

export interface OutlineLabel {
  kind: LabelKind;
  ordinal: number;
  /** the label as cited in a section path: "I", "C", "1", "d", "1", "a", "i" */
  token: string;
  /** the line's text after the label */
  rest: string;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

export function romanValue(roman: string): number {
  let total = 0;
  const s = roman.toLowerCase();
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i] as string] ?? Number.NaN;
    const next = ROMAN[s[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function letterOrdinal(letter: string): number {
  return letter.toLowerCase().charCodeAt(0) - 96;
}

/** Every way the start of a line can be read as an outline label (none, one, or two for "(i)", "(v)", "(x)"). */
export function readLabels(text: string): OutlineLabel[] {
  const out: OutlineLabel[] = [];
  let m = /^Section ([IVX]+)\.\s+(.*)$/.exec(text);
  if (m)
    out.push({ kind: 'section', ordinal: romanValue(m[1] as string), token: m[1] as string, rest: m[2] as string });
  m = /^([A-Z])\.\s+(.*)$/.exec(text);
  if (m)
    out.push({ kind: 'upper', ordinal: letterOrdinal(m[1] as string), token: m[1] as string, rest: m[2] as string });
  m = /^(\d{1,2})\.\s+(.*)$/.exec(text);
  if (m) out.push({ kind: 'number', ordinal: Number(m[1]), token: m[1] as string, rest: m[2] as string });
  m = /^([a-z])\.\s+(.*)$/.exec(text);
  if (m)
    out.push({ kind: 'lower', ordinal: letterOrdinal(m[1] as string), token: m[1] as string, rest: m[2] as string });
  m = /^(\d{1,2})\)\s*(.*)$/.exec(text);
  if (m) out.push({ kind: 'numparen', ordinal: Number(m[1]), token: m[1] as string, rest: m[2] as string });
  m = /^\(([a-z])\)\s*(.*)$/.exec(text);
  if (m)
    out.push({
      kind: 'letterparen',
      ordinal: letterOrdinal(m[1] as string),
      token: m[1] as string,
      rest: m[2] as string,
    });
  m = /^\(([ivx]+)\)\s*(.*)$/.exec(text);
  if (m)
    out.push({ kind: 'romanparen', ordinal: romanValue(m[1] as string), token: m[1] as string, rest: m[2] as string });
  return out;
}

interface OpenLevel {
  kind: LabelKind;
  ordinal: number;
  token: string;
}

export interface OutlineOptions {
  /** the label kinds of the document, outermost first */
  kinds: readonly LabelKind[];
  /** deeper labels are left in the text of their parent */
  maxDepth: number;
  /**
   * Kinds whose labels are distinctive enough to be taken out of sequence, as long as they go forward ("Section
   * IV." after "Section I." in an edition without Sections II and III)
   */
  forwardKinds?: readonly LabelKind[];
}

/** Follows the outline through a document, one candidate label at a time. */
export class OutlineTracker {
  private stack: OpenLevel[] = [];

  constructor(private readonly options: OutlineOptions) {}

  /** The open levels' tokens, outermost first. */
  path(): string[] {
    return this.stack.map((l) => l.token);
  }

  depth(): number {
    return this.stack.length;
  }

  /** Starts the outline again from a level given from outside (a chapter of the NCCI manual, an appendix). */
  reset(levels: readonly OpenLevel[] = []): void {
    this.stack = [...levels];
  }

  /**
   * Accepts the first reading of the line's labels that continues the outline, and returns it with the depth it
   * opens (0 for the outermost level); undefined when the line is text. `anyOrdinal` lets a first child start at any
   * ordinal: the first section of an excerpt starts where the excerpt starts ("E." rather than "A.").
   */
  accept(labels: readonly OutlineLabel[], anyOrdinal = false): { depth: number; label: OutlineLabel } | undefined {
    for (const label of labels) {
      const open = this.stack.findIndex((l) => l.kind === label.kind);
      if (open < 0) continue;
      const current = (this.stack[open] as OpenLevel).ordinal;
      const forward = this.options.forwardKinds?.includes(label.kind) && label.ordinal > current;
      if (current + 1 === label.ordinal || forward) return this.open(open, label);
    }
    for (const label of labels) {
      const rank = this.options.kinds.indexOf(label.kind);
      if (rank < 0 || this.stack.some((l) => l.kind === label.kind)) continue;
      const top = this.stack[this.stack.length - 1];
      const deeper = top === undefined || rank > this.options.kinds.indexOf(top.kind);
      if (!deeper || this.stack.length >= this.options.maxDepth) continue;
      if (label.ordinal === 1 || anyOrdinal) return this.open(this.stack.length, label);
    }
    return undefined;
  }

  private open(depth: number, label: OutlineLabel): { depth: number; label: OutlineLabel } {
    this.stack = [...this.stack.slice(0, depth), { kind: label.kind, ordinal: label.ordinal, token: label.token }];
    return { depth, label };
  }
}
