// ICD-10-CM Alphabetic Index XML (CDC/NCHS, root <ICD10CM.index>) in its four files: the Index to Diseases and
// Injuries (icd10cm_index_YYYY.xml; checked on FY2023), the External Cause of Injuries Index (eindex), and the
// Table of Neoplasms and Table of Drugs and Chemicals (checked on the April 1, 2026 files). All four share
// letter > mainTerm > term(level=N, nested) with title (holding <nemod>), code, manif, see, seeAlso, seecat,
// subcat; the two tables add <indexHeading> column heads and <cell col=N> codes. The kind is told from the
// content: a table by its first column head ("Neoplasm" / "Substance"), the eindex by its title.
import { AppError, type ParseIssue } from '../../shared/index.js';
import { isIndexCode, normalizeCmCode } from './code-format.js';
import { cleanText } from './text-content.js';
import type { CmIndex, CmIndexTerm } from './types.js';
import { walkXml, type XmlEvents } from './xml-stream.js';

const ROOT = 'ICD10CM.index';
/** Tables print "-" / "--" in a cell that has no code; that is not a reference, so it is not kept. */
const EMPTY_CELL = /^-+$/;
const TABLE_TITLES = {
  neoplasm: 'ICD-10-CM Table of Neoplasms',
  drug: 'ICD-10-CM Table of Drugs and Chemicals',
} as const;

/** Child elements whose text is read; everything else is structure. */
const TEXT_ELEMENTS = new Set([
  'version',
  'title',
  'code',
  'manif',
  'see',
  'seeAlso',
  'seecat',
  'subcat',
  'cell',
  'head',
]);

class IndexReader implements XmlEvents {
  version = '';
  title = '';
  readonly columns: string[] = [];
  readonly mainTerms: CmIndexTerm[] = [];
  readonly issues: ParseIssue[] = [];

  private readonly path: string[] = [];
  private readonly terms: CmIndexTerm[] = [];
  private captureDepth = -1;
  private buffer = '';
  private inNemod = false;
  private nemod = '';
  private col = 0;
  private line = 1;

  constructor(private readonly file: string) {}

  open(name: string, attributes: Readonly<Record<string, string>>, line: number): void {
    this.path.push(name);
    this.line = line;
    if (name === 'mainTerm' || name === 'term') {
      this.openTerm(name, line);
    } else if (name === 'nemod' && this.captureDepth >= 0) {
      this.inNemod = true;
    } else if (TEXT_ELEMENTS.has(name) && this.captureDepth < 0) {
      this.captureDepth = this.path.length;
      this.buffer = '';
      this.nemod = '';
      this.col = name === 'cell' || name === 'head' ? Number(attributes.col) : 0;
    }
  }

  close(name: string): void {
    const depth = this.path.length;
    this.path.pop();
    if (name === 'nemod') {
      this.inNemod = false;
      return;
    }
    if (name === 'mainTerm' || name === 'term') {
      this.terms.pop();
      return;
    }
    if (depth !== this.captureDepth) return;
    this.captureDepth = -1;
    this.take(name, cleanText(this.buffer), cleanText(this.nemod), this.path[this.path.length - 1]);
  }

  text(text: string): void {
    if (this.captureDepth < 0) return;
    if (this.inNemod) this.nemod += text;
    else this.buffer += text;
  }

  private issue(field: string, message: string): void {
    this.issues.push({ file: this.file, line: this.line, field, message });
  }

  private openTerm(name: string, line: number): void {
    const term: CmIndexTerm = { title: '', subterms: [], line };
    const parent = this.terms[this.terms.length - 1];
    if (name === 'mainTerm' && parent) this.issue('mainTerm', 'a <mainTerm> inside a term; read as a subterm');
    if (name === 'term' && !parent) this.issue('term', '<term> outside any main term; skipped');
    if (parent) parent.subterms.push(term);
    else if (name === 'mainTerm') this.mainTerms.push(term);
    // Pushed even when skipped, so the stack stays balanced with the closing tags.
    this.terms.push(term);
  }

  /** Where an element's text goes, by element name and parent. */
  private take(name: string, text: string, nemod: string, parent: string | undefined): void {
    const term = this.terms[this.terms.length - 1];
    if (parent === ROOT) {
      if (name === 'version') this.version = text;
      else if (name === 'title') this.title = text;
      return;
    }
    if (name === 'head' && parent === 'indexHeading') {
      this.setColumn(text);
      return;
    }
    if (!term || (parent !== 'mainTerm' && parent !== 'term')) return; // letter titles and the like
    switch (name) {
      case 'title':
        term.title = text;
        if (nemod !== '') term.nemod = nemod;
        return;
      case 'code':
        this.addCode(term, text, 'code');
        return;
      case 'manif':
        this.addCode(term, text, 'manif');
        return;
      case 'see':
      case 'seeAlso':
        if (term[name] !== undefined) this.issue(name, `second <${name}> on "${term.title}"; kept the first`);
        else term[name] = text;
        return;
      case 'seecat':
      case 'subcat':
        this.addSeeCode(term, text, name === 'seecat' ? 'category' : 'subcategory');
        return;
      case 'cell':
        this.addCell(term, text);
        return;
    }
  }

  private setColumn(text: string): void {
    if (!Number.isInteger(this.col) || this.col < 1) {
      this.issue('head', `column head "${text}" has no valid col number`);
      return;
    }
    this.columns[this.col - 1] = text;
  }

  private addCode(term: CmIndexTerm, raw: string, element: 'code' | 'manif'): void {
    const code = normalizeCmCode(raw);
    if (!isIndexCode(code)) {
      this.issue(element, `<${element}> "${raw}" on "${term.title}" is not a code; skipped`);
      return;
    }
    // The first <code> is the term's code; any further code and every manifestation code (printed in
    // brackets after it) are the term's other codes.
    if (element === 'code' && term.code === undefined) term.code = code;
    else if (term.codes) term.codes.push(code);
    else term.codes = [code];
  }

  private addSeeCode(term: CmIndexTerm, raw: string, printed: 'category' | 'subcategory'): void {
    const code = normalizeCmCode(raw);
    if (!isIndexCode(code)) {
      this.issue(printed, `see-${printed} "${raw}" on "${term.title}" is not a code; skipped`);
      return;
    }
    term.seeCode = code;
    term.see ??= `${printed} ${code}`;
  }

  private addCell(term: CmIndexTerm, raw: string): void {
    if (EMPTY_CELL.test(raw) || raw === '') return;
    const code = normalizeCmCode(raw);
    if (!Number.isInteger(this.col) || this.col < 2) {
      this.issue('cell', `cell "${raw}" on "${term.title}" has no valid col number; skipped`);
    } else if (!isIndexCode(code)) {
      this.issue('cell', `cell "${raw}" on "${term.title}" is not a code; skipped`);
    } else {
      term.cells ??= [];
      term.cells.push({ col: this.col, code });
    }
  }
}

function kindOf(reader: IndexReader, file: string): CmIndex['kind'] {
  const firstColumn = reader.columns[0]?.toLowerCase();
  if (firstColumn === undefined) return /external cause/i.test(reader.title) ? 'eindex' : 'index';
  if (firstColumn.startsWith('neoplasm')) return 'neoplasm';
  if (firstColumn.startsWith('substance') || firstColumn.startsWith('drug')) return 'drug';
  throw new AppError('CODESET_NOT_RECOGNIZED', {
    file,
    why: `index table with unknown first column "${reader.columns[0]}"`,
  });
}

export function parseCmIndex(text: string, file: string): { index: CmIndex; issues: ParseIssue[] } {
  const reader = new IndexReader(file);
  walkXml(text, file, ROOT, reader);
  const kind = kindOf(reader, file);
  if (reader.version === '') reader.issues.push({ file, line: 1, field: 'version', message: 'no <version> element' });
  const index: CmIndex = {
    version: reader.version,
    kind,
    title: kind === 'neoplasm' || kind === 'drug' ? reader.title || TABLE_TITLES[kind] : reader.title,
    mainTerms: reader.mainTerms,
  };
  if (reader.columns.length > 0) {
    const gaps = [...reader.columns.keys()].filter((i) => reader.columns[i] === undefined);
    if (gaps.length > 0)
      reader.issues.push({
        file,
        line: 1,
        field: 'head',
        message: `no head for columns ${gaps.map((i) => i + 1).join(', ')}`,
      });
    index.columns = Array.from(reader.columns, (c) => c ?? '');
  }
  return { index, issues: reader.issues };
}
