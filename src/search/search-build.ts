// Builds the search index (SearchData) from the catalog: one document per text that leads to a code — titles,
// ICD-10-CM inclusion terms, Alphabetic Index and Table of Drugs/Neoplasms paths, ICD-10-PCS index entries and
// root-operation definitions, HCPCS short descriptors — tokenised, with BM25 length norms, postings, and
// the typo-correction vocabulary. Pure apart from the catalog's own lazy layer reads.
import type { Catalog, IndexLayer, LayerKind, ReleaseInfo } from '../catalog/index.js';
import { cmReferenceResolver, referencedCodes, seeTargets } from './index-references.js';
import {
  type CodeRelease,
  F_DEFINITION,
  F_INCLUSION,
  F_INDEX,
  F_RBCS,
  F_SHORT,
  F_TABLE,
  F_TITLE,
  type IndexTree,
  type SearchData,
  type SearchSystem,
  SYSTEMS,
  type SystemRange,
  setBit,
} from './search-data.js';
import { rbcsDocuments } from './search-rbcs.js';
import { stem, tokenize, words } from './text.js';

/** weight of each field, by F_* number */
// RBCS (the last) weighs less than a title: a family name is shared by every code of the family
export const FIELD_WEIGHT = [1.0, 0.9, 0.9, 0.9, 0.75, 0.6, 0.7];
const K1 = 1.2;
const B = 0.75;
/** postings kept in the short list of a very common word (see freeze) */
export const TOP_POSTINGS = 5000;
/** an index entry naming a PCS code prefix is attached to the codes under it when there are at most this many */
const PCS_PREFIX_CODES = 60;

class Builder {
  codeSystem: number[] = [];
  codeText: string[] = [];
  codeKey: string[] = [];
  codeTitle: string[] = [];
  codeChildren: number[] = [];
  /** 1 for a HCPCS quality-reporting code (markReportingOnly) */
  codeReporting: number[] = [];
  docCode: number[] = [];
  docField: number[] = [];
  docText: string[] = [];
  /** [tree index, row] for index documents; -1 otherwise */
  docRow: number[] = [];
  docLayer: number[] = [];
  docTokens: number[][] = [];
  /** per doc, its tokens in order with repeats (for the word-order re-rank) */
  docSeq: number[][] = [];
  /** tokens that count for length (the Alphabetic Index's nonessential modifiers do not) */
  docCore: number[] = [];
  /** per doc, the token ids that are nonessential (nemod), matched at lower weight; null when none */
  docExtra: (Set<number> | null)[] = [];
  /** per index doc, the token of its main term's first word (the word a coder looks up); -1 for other docs */
  docHead: number[] = [];
  /** the main terms' other forms of the same word, and a procedure name's root operations (addForms, addForm) */
  forms = new Map<string, string[]>();
  vocab = new Map<string, number>();
  vocabList: string[] = [];
  /** every word of the indexed texts as written (lower case), with its stem: typo correction works on these */
  surface = new Map<string, string>();

  registerWords(text: string): void {
    for (const w of words(text)) if (w.length >= 4 && !this.surface.has(w)) this.surface.set(w, stem(w));
  }

  /** the token of a path's first core word (its main term's), registered; -1 for an empty path */
  headOf(corePath: readonly string[]): number {
    const first = corePath[0];
    return first === undefined ? -1 : (this.tokenIds([first])[0] as number);
  }

  tokenIds(tokens: string[]): number[] {
    const ids: number[] = [];
    for (const t of tokens) {
      let id = this.vocab.get(t);
      if (id === undefined) {
        id = this.vocabList.length;
        this.vocab.set(t, id);
        this.vocabList.push(t);
      }
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  addDoc(
    code: number,
    field: number,
    text: string,
    tokens: string[],
    layer = -1,
    row = -1,
    coreTokens: string[] | null = null,
    head = -1,
  ): void {
    const ids = this.tokenIds(tokens);
    if (ids.length === 0) return;
    this.docHead.push(head);
    this.registerWords(text);
    if (coreTokens) {
      const core = new Set(this.tokenIds(coreTokens));
      const extra = new Set(ids.filter((t) => !core.has(t)));
      this.docCore.push(Math.max(1, core.size));
      this.docExtra.push(extra.size > 0 ? extra : null);
    } else {
      this.docCore.push(ids.length);
      this.docExtra.push(null);
    }
    this.docCode.push(code);
    this.docField.push(field);
    // a title document's text is the code's title: not stored twice
    this.docText.push(field === F_TITLE ? '' : text);
    this.docLayer.push(layer);
    this.docRow.push(row);
    this.docTokens.push(ids);
    this.docSeq.push(tokens.map((t) => this.vocab.get(t) as number));
  }
}

/**
 * HCPCS codes a release lists although they were terminated before the release took effect (the annual file
 * keeps discontinued codes for reference, some for years): they are not in force in that release, so a search
 * does not offer them. A code terminated during the release's own period stays in it.
 */
function terminatedBefore(catalog: Catalog, release: ReleaseInfo): Set<string> {
  const out = new Set<string>();
  if (!release.layers.includes('hcpcs-records')) return out;
  for (const r of catalog.layer(release, 'hcpcs-records').records) {
    if (r.kind === 'code' && r.terminationDate && r.terminationDate < release.effectiveFrom) out.add(r.code);
  }
  return out;
}

/**
 * The quality-reporting HCPCS codes ("Influenza immunization administered or previously received", "I intend to
 * report the total knee replacement measures group"): in the record layout, pricing indicator 00 only ("service
 * not separately priced by Part B"), type of service 1 only, and BETOS Z2 (undefined) or M5 (specialist
 * evaluation codes the measures are filed under). Someone searching words for a service or a supply rarely means
 * one, so a word search lets them yield to a priced code of the same words (search-index.ts REPORTING_ONLY).
 * Non-covered items people do buy (hearing aids, type of service K) and private-payer codes (type 9) are not
 * marked.
 */
function markReportingOnly(catalog: Catalog, release: ReleaseInfo, byKey: Map<string, number>, out: number[]): void {
  if (!release.layers.includes('hcpcs-records')) return;
  for (const r of catalog.layer(release, 'hcpcs-records').records) {
    if (r.kind !== 'code' || r.pricing.length === 0 || r.pricing.some((p) => p !== '00')) continue;
    if (r.typeOfService.some((t) => t !== '1') || !(r.betos === 'Z2' || r.betos?.startsWith('M5'))) continue;
    const id = byKey.get(r.code);
    if (id !== undefined) out[id] = 1;
  }
}

/** "C56.-" -> "C56"; "S72.0" -> "S720" */
export function refKey(code: string): string {
  let s = code.trim().toUpperCase();
  while (s.endsWith('-') || s.endsWith('.')) s = s.slice(0, -1);
  return s.replace(/\./g, '');
}

interface SystemBuild extends SystemRange {
  byKey: Map<string, number>;
  sortedKeys: string[];
}

/**
 * The search data over every loaded release: each system's codes are the union of its releases (the newest
 * release's codes first, with their titles; then the codes only older releases have, with the title of the
 * newest of those), and per release a bitset of the codes it has and of those it marks billable, so a query
 * for any date of service reads the release in force then. The other texts (inclusion terms, the indexes, PCS
 * definitions) come from the newest release of each layer.
 */
export function buildSearchData(catalog: Catalog): SearchData {
  const b = new Builder();
  const systems: SystemBuild[] = [];
  const trees: IndexTree[] = [];
  const seeRefs = new Map<string, string>();
  const layerRelease = (system: SearchSystem, kind: LayerKind) => catalog.pick(system, kind)?.release;

  SYSTEMS.forEach((system, sysIdx) => {
    const releases = catalog.releasesWith(system, 'codes');
    const newest = releases[releases.length - 1];
    if (!newest) return;
    const base = b.codeText.length;
    const byKey = new Map<string, number>();
    // newest first, so a code's title is that of the newest release that has it
    for (const release of [...releases].reverse()) {
      const layer = catalog.codeIndex(release).layer;
      for (let i = 0; i < layer.codes.length; i++) {
        const code = layer.codes[i] as string;
        const key = code.replace('.', '');
        if (byKey.has(key)) continue;
        const id = b.codeText.length;
        const title = layer.titles[i] || '';
        b.codeSystem.push(sysIdx);
        b.codeText.push(code);
        b.codeKey.push(key);
        b.codeTitle.push(title);
        b.codeChildren.push(0);
        b.codeReporting.push(0);
        byKey.set(key, id);
        if (title) b.addDoc(id, F_TITLE, title, tokenize(title));
        const short = layer.shortTitles[i];
        // ICD-10 short titles only abbreviate the long ones (the dictionary covers their shorthand); HCPCS short
        // descriptors are how people know many supplies and drugs, so they are searched
        if (system === 'hcpcs' && short && short !== title) b.addDoc(id, F_SHORT, short, tokenize(short));
      }
    }
    const count = b.codeText.length - base;
    const codeReleases: CodeRelease[] = releases.map((release) => {
      const index = catalog.codeIndex(release);
      const layer = index.layer;
      const present = new Uint8Array((count + 7) >> 3);
      const billable = new Uint8Array((count + 7) >> 3);
      const retitled: [number, string][] = [];
      const terminated = terminatedBefore(catalog, release);
      for (let i = 0; i < layer.codes.length; i++) {
        const code = layer.codes[i] as string;
        const local = (byKey.get(code.replace('.', '')) as number) - base;
        if (terminated.has(code)) continue;
        setBit(present, local);
        if (index.billableAt(i)) setBit(billable, local);
        const title = layer.titles[i] || '';
        if (title !== b.codeTitle[base + local]) retitled.push([local, title]);
      }
      retitled.sort((x, y) => x[0] - y[0]);
      return {
        releaseId: release.id,
        present,
        billable,
        titleIds: Int32Array.from(retitled, ([local]) => local),
        titles: retitled.map(([, title]) => title),
      };
    });
    if (system === 'hcpcs') markReportingOnly(catalog, newest, byKey, b.codeReporting);
    // billable descendants of each header in the newest release (its codes are the first of the system)
    const ci = catalog.codeIndex(newest);
    for (let i = 0; i < ci.layer.codes.length; i++) {
      if (!ci.billableAt(i)) continue;
      let p = ci.parent[i] as number;
      let guard = 0;
      while (p >= 0 && guard++ < 16) {
        b.codeChildren[base + p] = (b.codeChildren[base + p] as number) + 1;
        p = ci.parent[p] as number;
      }
    }
    const order = Array.from({ length: count }, (_, i) => base + i);
    order.sort((x, y) => ((b.codeKey[x] as string) < (b.codeKey[y] as string) ? -1 : 1));
    systems.push({
      system,
      releaseId: newest.id,
      base,
      count,
      sortedIds: Int32Array.from(order),
      releases: codeReleases,
      byKey,
      sortedKeys: order.map((id) => b.codeKey[id] as string),
    });
  });

  const cm = systems.find((s) => s.system === 'icd10cm');
  if (cm) addCmTexts(catalog, b, cm, trees, seeRefs, (kind) => layerRelease('icd10cm', kind));
  const pcs = systems.find((s) => s.system === 'icd10pcs');
  if (pcs) addPcsTexts(catalog, b, pcs, trees, seeRefs, (kind) => layerRelease('icd10pcs', kind));
  addRbcsTexts(catalog, b, systems);
  return freeze(b, systems, trees, seeRefs);
}

/** CPT and HCPCS codes by their RBCS family: a code the search's code lists do not have is left out. */
function addRbcsTexts(catalog: Catalog, b: Builder, systems: SystemBuild[]): void {
  const lists = systems.filter((s) => s.system === 'cpt' || s.system === 'hcpcs');
  for (const doc of rbcsDocuments(catalog)) {
    for (const s of lists) {
      const id = s.byKey.get(doc.code);
      if (id !== undefined) b.addDoc(id, F_RBCS, doc.text, tokenize(doc.words));
    }
  }
}

function addCmTexts(
  catalog: Catalog,
  b: Builder,
  cm: SystemBuild,
  trees: IndexTree[],
  seeRefs: Map<string, string>,
  releaseOf: (kind: LayerKind) => ReleaseInfo | undefined,
): void {
  const resolve = (ref: string): number => {
    const key = refKey(ref);
    return key ? (cm.byKey.get(key) ?? -1) : -1;
  };
  // inclusion terms
  const tab = releaseOf('cm-tabular');
  if (tab) {
    for (const d of catalog.layer(tab, 'cm-tabular').diags) {
      const terms = d.n?.inclusionTerm;
      if (!terms) continue;
      const id = resolve(d.c);
      if (id < 0) continue;
      for (const t of terms) b.addDoc(id, F_INCLUSION, t, tokenize(t));
    }
  }
  // the Alphabetic Index and its tables
  for (const kind of ['cm-index', 'cm-eindex', 'cm-neoplasm', 'cm-drug'] as const) {
    const rel = releaseOf(kind);
    if (!rel) continue;
    const il = catalog.layer(rel, kind) as IndexLayer;
    const li = addTree(trees, rel.id, kind, il);
    // the tables (neoplasm, drugs) are read by their columns, not looked up by a main term
    const headed = kind === 'cm-index' || kind === 'cm-eindex';
    const referenced = headed ? cmReferenceResolver(il) : undefined;
    walkIndex(il, b, (row, r, path, corePath, text) => {
      const head = headed ? b.headOf(corePath) : -1;
      if (headed) addForms(b.forms, row);
      if (row.c) {
        const id = resolve(row.c);
        if (id >= 0) b.addDoc(id, F_INDEX, text, path, li, r, corePath, head);
      }
      for (const c of row.cs ?? []) {
        const id = resolve(c);
        if (id >= 0) b.addDoc(id, F_INDEX, text, path, li, r, corePath, head);
      }
      for (const [col, c] of row.cells ?? []) {
        const id = resolve(c);
        const colTokens = tokenize(il.columns?.[col - 1] ?? '');
        if (id >= 0) b.addDoc(id, F_TABLE, text, path.concat(colTokens), li, r, corePath.concat(colTokens));
      }
      const condition = SEE_CONDITION.test((row.see ?? row.seeAlso ?? '').trim());
      // a reference that names codes ("see E08-E13 with .40") leads to those codes, not to words to search for
      const namedCodes = row.c || row.cs ? [] : referencedCodes(row.see ?? row.seeAlso ?? '');
      for (const c of namedCodes) {
        const id = resolve(c);
        if (id >= 0) b.addDoc(id, F_INDEX, `${text} (see ${row.see ?? row.seeAlso})`, path, li, r, corePath, head);
      }
      if (namedCodes.length > 0) return;
      if (row.see && !row.c && !condition) addSee(seeRefs, corePath, row.see);
      // an entry without a code leads to the code of the entry its reference names ("Sore, throat — see also
      // Pharyngitis": J02.9; "Attack, heart — see Infarct, myocardium": I21.9); "Heart — see condition" is looked
      // up under the generic condition, Disease (Disease, heart: I51.9)
      const ref = condition && row.p < 0 ? `Disease, ${row.t}` : condition ? undefined : (row.see ?? row.seeAlso);
      if (referenced && ref && !row.c && !row.cs) {
        // a reference may lead to another ("Disease, ear — see Disorder, ear"): followed up to three times
        let at = referenced(ref);
        for (let hop = 0; hop < 3 && at >= 0 && !il.terms[at]?.c; hop++) {
          const next = il.terms[at]?.see ?? il.terms[at]?.seeAlso;
          at = next && !SEE_CONDITION.test(next) ? referenced(next) : -1;
        }
        const code = at >= 0 ? il.terms[at]?.c : undefined;
        const id = code ? resolve(code) : -1;
        const how = condition ? 'see condition:' : row.see ? 'see' : 'see also';
        if (id >= 0) b.addDoc(id, F_INDEX, `${text} (${how} ${ref})`, path, li, r, corePath, head);
      }
    });
  }
}

/**
 * ICD-10-PCS: index entries that name a code or a short prefix ("Appendectomy" → 0DTJ) become documents of the
 * codes under it; "see"/"use" entries become whole-query references; each code also gets a document that
 * joins its title with its root operation's definition ("Excision: cutting out or off, without
 * replacement, a portion of a body part"), so lay wording of the procedure finds it.
 */
function addPcsTexts(
  catalog: Catalog,
  b: Builder,
  pcs: SystemBuild,
  trees: IndexTree[],
  seeRefs: Map<string, string>,
  releaseOf: (kind: LayerKind) => ReleaseInfo | undefined,
): void {
  const under = (prefix: string, max = PCS_PREFIX_CODES): number[] => {
    const keys = pcs.sortedKeys;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((keys[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < keys.length && (keys[i] as string).startsWith(prefix); i++) {
      if (out.length >= max) return [];
      out.push(pcs.sortedIds[i] as number);
    }
    return out;
  };
  const tablesRel = releaseOf('pcs-tables');
  const tables = tablesRel ? catalog.layer(tablesRel, 'pcs-tables').tables : [];
  const idx = releaseOf('pcs-index');
  if (idx) {
    const il = catalog.layer(idx, 'pcs-index') as IndexLayer;
    const li = addTree(trees, idx.id, 'pcs-index', il);
    const targets = seeTargets(il, (ref, max) => under(refKey(ref), max));
    walkIndex(
      il,
      b,
      (row, r, path, corePath, text) => {
        for (const ref of [row.c, ...(row.cs ?? [])]) {
          if (!ref) continue;
          for (const id of under(refKey(ref))) b.addDoc(id, F_INDEX, text, path, li, r, corePath, b.headOf(corePath));
        }
        const target = row.see ?? row.use;
        if (!target || row.c || row.cs) return;
        // "Cholecystectomy — see Resection, Gallbladder": the procedure's name becomes a document of the codes the
        // reference leads to, with their titles' words as nonessential words (so "laparoscopic" or "open" picks
        // the approach); a reference that leads to no code (or to too many) is kept as a whole-query reference
        const codes = targets.codes.get(r);
        if (!codes) {
          addSee(seeRefs, corePath, target);
          return;
        }
        // the procedure's name is the row's own text, or its parent's when the row is one of several references
        const sourceRow = row.t || row.p < 0 ? r : row.p;
        const partial = targets.partialReading.has(r) ? tokenize('partial') : [];
        const core = corePath.concat(partial);
        const docText = `${(il.terms[sourceRow] as IndexRow).t} (see ${target})`;
        for (const id of codes) {
          const title = tokenize(b.codeTitle[id] as string);
          b.addDoc(id, F_INDEX, docText, core.concat(title), li, sourceRow, core, b.headOf(core));
        }
      },
      true,
    );
  }
  if (tables.length > 0) {
    const definitions = new Map<string, string>();
    for (const t of tables) {
      if (t.operationDefinition)
        definitions.set(
          `${t.section.code}${t.bodySystem.code}${t.operation.code}`,
          `${t.operation.label}: ${t.operationDefinition}`,
        );
    }
    for (let i = 0; i < pcs.count; i++) {
      const id = pcs.base + i;
      const def = definitions.get((b.codeText[id] as string).slice(0, 3));
      const title = b.codeTitle[id] as string;
      if (!def || !title) continue;
      b.addDoc(id, F_DEFINITION, def, tokenize(`${title} ${def}`));
    }
  }
}

function addTree(trees: IndexTree[], releaseId: string, kind: string, il: IndexLayer): number {
  trees.push({
    releaseId,
    kind,
    text: il.terms.map((row) => (row.n ? `${row.t} ${row.n}` : row.t)),
    parent: Int32Array.from(il.terms.map((row) => row.p)),
  });
  return trees.length - 1;
}

type IndexRow = IndexLayer['terms'][number];

/** Visits every index row with its path tokens (all, and the core ones: nonessential modifiers left out). */
function walkIndex(
  il: IndexLayer,
  b: Builder,
  visit: (row: IndexRow, r: number, path: string[], corePath: string[], text: string) => void,
  commaQualifies = false,
): void {
  const rowTokens: string[][] = new Array(il.terms.length);
  const rowCore: string[][] = new Array(il.terms.length);
  il.terms.forEach((row, r) => {
    // the first form of a term counts for length; other forms ("Hypertension, hypertensive") and the
    // nonessential modifiers in parentheses match at a lower weight
    // (in the ICD-10-PCS index the words after a comma qualify the term: "Puncture, lumbar", "Pyeloplasty,
    // dismembered"; they are core words there)
    const comma = commaQualifies ? -1 : row.t.indexOf(', ');
    const ownCore = tokenize(comma > 0 ? row.t.slice(0, comma) : row.t);
    const own = row.n ? tokenize(`${row.t} ${row.n}`) : tokenize(row.t);
    const path = (row.p >= 0 ? (rowTokens[row.p] ?? []) : []).concat(own);
    const corePath = (row.p >= 0 ? (rowCore[row.p] ?? []) : []).concat(ownCore);
    rowTokens[r] = path;
    rowCore[r] = corePath;
    const text = row.n ? `${row.t} ${row.n}` : row.t;
    b.registerWords(text);
    visit(row, r, path, corePath, text);
  });
}

/**
 * The other forms of a main term that are the same word ("Diabetes, diabetic", "Hypertension, hypertensive",
 * "Neoplasm, neoplastic"): token of the form → token of the term's first form, so a query written with either
 * reads the entry. A form is the same word when it shares the first form's first five letters. Also the one-word
 * synonyms the Index states by its references (below).
 */
/** Records that a word also reads as another (both as written; tokenized here); the first reading of a word is kept. */
function addForm(forms: Map<string, string[]>, word: string, reading: string, more = false): void {
  const [from] = tokenize(word);
  const [to] = tokenize(reading);
  if (!from || !to || from === to) return;
  const list = forms.get(from);
  if (!list) forms.set(from, [to]);
  else if (more && !list.includes(to)) list.push(to);
}

function addForms(forms: Map<string, string[]>, row: IndexRow): void {
  if (row.p >= 0) return;
  // a one-word main term that refers to another one-word term names the same thing in other words ("Flu — see also
  // Influenza", "Chickenpox — see Varicella", "Blockage — see Obstruction"): the word also reads that term
  const ref = row.see ?? row.seeAlso;
  if (ref && /^[A-Za-z-]+$/.test(row.t) && /^[A-Za-z-]+$/.test(ref) && !/^condition$/i.test(ref)) {
    addForm(forms, row.t, ref);
    return;
  }
  const parts = row.t.split(', ');
  const first = words(parts[0] as string)[0];
  if (!first || first.length < 5 || parts.length < 2) return;
  const head = stem(first);
  for (const part of parts.slice(1)) {
    const w = words(part);
    if (w.length !== 1 || (w[0] as string).slice(0, 5) !== first.slice(0, 5)) continue;
    const tok = stem(w[0] as string);
    if (tok !== head && !forms.has(tok)) forms.set(tok, [head]);
  }
}

/** "see condition" (and "see also condition"): look the word up under the condition the record names */
const SEE_CONDITION = /^(?:also\s+)?condition\b/i;

function addSee(seeRefs: Map<string, string>, corePath: string[], target: string): void {
  const key = [...new Set(corePath)].sort().join(' ');
  if (key && !seeRefs.has(key)) seeRefs.set(key, target);
}

function freeze(b: Builder, systems: SystemBuild[], trees: IndexTree[], seeRefs: Map<string, string>): SearchData {
  const nDocs = b.docCode.length;
  const docLen = new Uint16Array(nDocs);
  const docNorm = new Float32Array(nDocs);
  // The average length leaves the RBCS documents out: thousands of short family names would otherwise change the
  // length norm of every other document, and with it rankings that have nothing to do with RBCS.
  let totalLen = 0;
  let counted = 0;
  for (let d = 0; d < nDocs; d++) {
    if (b.docField[d] === F_RBCS) continue;
    totalLen += b.docCore[d] as number;
    counted++;
  }
  const avg = counted > 0 ? totalLen / counted : 1;
  const nTok = b.vocabList.length;
  const df = new Int32Array(nTok);
  for (let d = 0; d < nDocs; d++) {
    const len = Math.min(b.docCore[d] as number, 65535);
    docLen[d] = len;
    const w = FIELD_WEIGHT[b.docField[d] as number] as number;
    docNorm[d] = (w * (K1 + 1)) / (1 + K1 * (1 - B + (B * len) / avg));
    for (const t of b.docTokens[d] as number[]) df[t] = (df[t] as number) + 1;
  }
  const postStart = new Int32Array(nTok + 1);
  for (let t = 0; t < nTok; t++) postStart[t + 1] = (postStart[t] as number) + (df[t] as number);
  const postings = new Int32Array(postStart[nTok] as number);
  const fill = postStart.slice(0, nTok);
  for (let d = 0; d < nDocs; d++) {
    const extra = b.docExtra[d];
    for (const t of b.docTokens[d] as number[]) {
      postings[fill[t] as number] = extra?.has(t) ? d * 2 + 1 : d * 2;
      fill[t] = (fill[t] as number) + 1;
    }
  }
  // A very common word ("other", "right", "with") is read, when it must be read through its postings, only
  // as far as its strongest docs: a second, short list per such word holding its TOP_POSTINGS docs of highest
  // length norm, kept in doc order (so reading it still walks memory in order).
  const topStart: number[] = [0];
  const topList: number[] = [];
  const topOf = new Int32Array(nTok).fill(-1);
  for (let t = 0; t < nTok; t++) {
    const from = postStart[t] as number;
    const to = postStart[t + 1] as number;
    if (to - from <= TOP_POSTINGS) continue;
    const list = Array.from(postings.subarray(from, to));
    list.sort((x, y) => (docNorm[y >> 1] as number) - (docNorm[x >> 1] as number) || x - y);
    const kept = list.slice(0, TOP_POSTINGS).sort((x, y) => x - y);
    topOf[t] = topStart.length - 1;
    for (const p of kept) topList.push(p);
    topStart.push(topList.length);
  }
  const seqStart = new Int32Array(nDocs + 1);
  for (let d = 0; d < nDocs; d++) seqStart[d + 1] = (seqStart[d] as number) + (b.docSeq[d] as number[]).length;
  const seq = new Int32Array(seqStart[nDocs] as number);
  for (let d = 0; d < nDocs; d++) seq.set(b.docSeq[d] as number[], seqStart[d] as number);
  const idf = new Float32Array(nTok);
  for (let t = 0; t < nTok; t++) {
    const n = df[t] as number;
    idf[t] = Math.log(1 + (nDocs - n + 0.5) / (n + 0.5));
  }
  // typo candidates: every surface word, and its deletion neighbourhood (distance 1) as sorted pairs
  const surfaceWords = [...b.surface.keys()].filter((w) => !/[0-9]/.test(w)).sort();
  const surfaceToken = new Int32Array(surfaceWords.length);
  const pairs: [string, number][] = [];
  surfaceWords.forEach((w, i) => {
    surfaceToken[i] = b.vocab.get(b.surface.get(w) as string) ?? -1;
    let last = '';
    for (let k = 0; k < w.length; k++) {
      const del = w.slice(0, k) + w.slice(k + 1);
      if (del !== last) pairs.push([del, i]);
      last = del;
    }
  });
  pairs.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
  const delKeys: string[] = [];
  const delStartList: number[] = [];
  const delIds = new Int32Array(pairs.length);
  pairs.forEach(([key, id], i) => {
    if (delKeys[delKeys.length - 1] !== key) {
      delKeys.push(key);
      delStartList.push(i);
    }
    delIds[i] = id;
  });
  delStartList.push(pairs.length);
  const seeKeys = [...seeRefs.keys()].sort();
  return {
    systems: systems.map(({ system, releaseId, base, count, sortedIds, releases }) => ({
      system,
      releaseId,
      base,
      count,
      sortedIds,
      releases,
    })),
    codeSystem: Uint8Array.from(b.codeSystem),
    codeText: b.codeText,
    codeTitle: b.codeTitle,
    codeChildren: Int32Array.from(b.codeChildren),
    codeReporting: Uint8Array.from(b.codeReporting),
    docCode: Int32Array.from(b.docCode),
    docField: Uint8Array.from(b.docField),
    docText: b.docText,
    docLayer: Int16Array.from(b.docLayer),
    docRow: Int32Array.from(b.docRow),
    docHead: Int32Array.from(b.docHead),
    docLen,
    docNorm,
    trees,
    vocabList: b.vocabList,
    postStart,
    postings,
    seqStart,
    seq,
    topOf,
    topStart: Int32Array.from(topStart),
    topPostings: Int32Array.from(topList),
    idf,
    surfaceWords,
    surfaceToken,
    delKeys,
    delStart: Int32Array.from(delStartList),
    delIds,
    seeKeys,
    seeTargets: seeKeys.map((k) => seeRefs.get(k) as string),
    formTokens: [...b.forms].flatMap(([form, heads]) => heads.map(() => form)),
    formHeads: [...b.forms.values()].flat(),
  };
}
