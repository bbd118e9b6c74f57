// Parser for the CMS ICD-10-PCS Index XML (icd10pcs_index_YYYY.xml, root <ICD10PCS.index>; checked on FY2023
// and FY2025). Supported: <version>; <letter> > <mainTerm> > nested <term level="N">, each with an optional
// <title>, <use> / <see> cross-references (whose text may carry a <tab> or <codes>, e.g. "see Resection,
// Uterus 0UT9"), and its own <code> (7 characters), <codes> (a 4-6 character partial code) and <tab>
// (a 3-character table). The <letter> titles only group main terms and are not kept.

import type { ParseIssue } from '../../shared/index.js';
import type { PcsIndex, PcsIndexTerm } from './types.js';
import { readXml } from './xml-reader.js';

export const PCS_INDEX_ROOT = 'ICD10PCS.index';

const PCS_CODE = /^[0-9A-HJ-NP-Z]{3,7}$/;

interface Frame {
  term: PcsIndexTerm;
}

export function parsePcsIndex(text: string, file: string): { index: PcsIndex; issues: ParseIssue[] } {
  const issues: ParseIssue[] = [];
  const mainTerms: PcsIndexTerm[] = [];
  const stack: Frame[] = [];
  let version = '';

  const issue = (line: number, field: string, message: string): void => {
    issues.push({ file, line, field, message });
  };

  readXml(text, file, PCS_INDEX_ROOT, {
    open(tag) {
      if (tag.name === 'mainTerm') {
        stack.length = 0;
        stack.push({ term: { title: '', subterms: [], line: tag.line, level: 0 } });
      } else if (tag.name === 'term') {
        const parent = stack[stack.length - 1];
        const level = Number(tag.attributes.level);
        const term: PcsIndexTerm = { title: '', subterms: [], line: tag.line, level };
        if (!parent) {
          issue(tag.line, 'term', '<term> outside a <mainTerm>; skipped');
        } else {
          const expected = (parent.term.level ?? 0) + 1;
          if (level !== expected) {
            issue(tag.line, 'level', `term level "${tag.attributes.level ?? ''}" inside a level ${expected - 1} term`);
            term.level = expected;
          }
          parent.term.subterms.push(term);
        }
        // Pushed even when orphaned, so its children and closing tag pair up with it.
        stack.push({ term });
      }
    },
    close(tag) {
      const parentName = tag.parent;
      const frame = stack[stack.length - 1];
      switch (tag.name) {
        case 'version':
          if (tag.depth === 2) version = tag.text;
          return;
        case 'mainTerm':
          if (frame) {
            if (!frame.term.title) issue(frame.term.line, 'title', 'main term without a <title>');
            mainTerms.push(frame.term);
          }
          stack.length = 0;
          return;
        case 'term':
          stack.pop();
          return;
      }
      if (!frame) return;
      const term = frame.term;
      switch (tag.name) {
        case 'title':
          if (parentName === 'mainTerm' || parentName === 'term') term.title = tag.text;
          break;
        case 'use':
        case 'see':
          if (term[tag.name] !== undefined) {
            issue(tag.line, tag.name, `a second <${tag.name}> in one term ("${tag.text}") is ignored`);
          } else {
            term[tag.name] = tag.text;
          }
          break;
        case 'code':
        case 'codes':
        case 'tab':
          addReference(term, tag.name, parentName, tag.text, tag.line);
          break;
      }
    },
  });

  function addReference(term: PcsIndexTerm, kind: string, parent: string | undefined, ref: string, line: number): void {
    const isTab = kind === 'tab';
    if (isTab ? !/^[0-9A-HJ-NP-Z]{3}$/.test(ref) : !PCS_CODE.test(ref)) {
      issue(line, kind, `"${ref}" is not a PCS ${isTab ? 'table' : 'code'}; reference skipped`);
      return;
    }
    const via = parent === 'use' || parent === 'see' ? parent : 'term';
    if (isTab) {
      const field = via === 'use' ? 'useTab' : via === 'see' ? 'seeTab' : 'tab';
      if (term[field] !== undefined) issue(line, kind, `a second <tab> "${ref}" in one term is ignored`);
      else term[field] = ref;
      return;
    }
    const field = via === 'use' ? 'useCodes' : via === 'see' ? 'seeCodes' : 'codes';
    const list = term[field];
    if (list) list.push(ref);
    else term[field] = [ref];
  }

  if (!version) issue(1, 'version', 'no <version> element');
  return { index: { version, mainTerms }, issues };
}

/** One code or table reference of the index with the titles leading to it. */
export interface PcsIndexReference {
  /** main term title, then each titled subterm down to the one holding the reference */
  path: string[];
  /** a code (3-7 characters; 7 = a complete code) or a 3-character table */
  ref: string;
  kind: 'code' | 'tab';
  /** printed on the term itself, or inside its "use" / "see" cross-reference */
  via: 'term' | 'use' | 'see';
  /** the use / see text the reference belongs to */
  target?: string;
  line: number;
}

/** Every code and table reference of the index, depth first in file order. */
export function flattenPcsIndexPaths(index: PcsIndex): PcsIndexReference[] {
  const out: PcsIndexReference[] = [];
  const walk = (term: PcsIndexTerm, parentPath: string[]): void => {
    const path = term.title ? [...parentPath, term.title] : parentPath;
    const emit = (refs: readonly string[] | undefined, kind: 'code' | 'tab', via: 'term' | 'use' | 'see'): void => {
      const target = via === 'use' ? term.use : via === 'see' ? term.see : undefined;
      for (const ref of refs ?? []) {
        out.push({ path, ref, kind, via, ...(target !== undefined ? { target } : {}), line: term.line });
      }
    };
    emit(term.codes, 'code', 'term');
    emit(term.tab ? [term.tab] : undefined, 'tab', 'term');
    emit(term.useCodes, 'code', 'use');
    emit(term.useTab ? [term.useTab] : undefined, 'tab', 'use');
    emit(term.seeCodes, 'code', 'see');
    emit(term.seeTab ? [term.seeTab] : undefined, 'tab', 'see');
    for (const sub of term.subterms) walk(sub, path);
  };
  for (const main of index.mainTerms) walk(main, []);
  return out;
}
