// Compiles one ICD-10-CM release: the code list (order file first, then the codes file, then the expanded
// tabular), the tabular hierarchy with its notes and 7th characters, and the index and its tables.
import { type CmTabular, compareWithOrder } from '../../codesets/icd10cm/index.js';
import type { CmTabularLayer, CodesLayer, IndexLayer, LayerKind, TabularDiag } from '../model.js';
import { flattenCmTerms } from './flatten-index.js';
import type { CompiledRelease, ReleaseBag } from './release-bag.js';

function codesFromTabular(tabular: CmTabular, file: string): CodesLayer {
  const codes = tabular.codes;
  return {
    codes: codes.map((c) => c.code),
    titles: codes.map((c) => c.title),
    shortTitles: codes.map(() => ''),
    billable: codes.map((c) => (c.billable ? '1' : '0')).join(''),
    lines: codes.map((c) => c.line),
    sourceFile: file,
  };
}

function tabularLayer(tabular: CmTabular, file: string): CmTabularLayer {
  const sectionIndex = new Map(tabular.sections.map((s, i) => [s.id, i]));
  const chapterIndex = new Map(tabular.chapters.map((c, i) => [c.num, i]));
  const sevenChr: CmTabularLayer['sevenChr'] = [];
  const sevenIndex = new Map<string, number>();
  const diags: TabularDiag[] = [];
  for (const c of tabular.codes) {
    if (c.expandedFrom) continue;
    const d: TabularDiag = { c: c.code, t: c.title, p: c.parent, s: sectionIndex.get(c.section) ?? -1, l: c.line };
    if (Object.keys(c.notes).length > 0) d.n = c.notes;
    if (c.sevenChrDef && c.sevenChrFrom) {
      let idx = sevenIndex.get(c.sevenChrFrom);
      if (idx === undefined) {
        idx =
          sevenChr.push({
            def: c.sevenChrDef,
            from: c.sevenChrFrom,
            ...(c.sevenChrNote ? { note: c.sevenChrNote } : {}),
          }) - 1;
        sevenIndex.set(c.sevenChrFrom, idx);
      }
      d.d = idx;
    }
    diags.push(d);
  }
  return {
    version: tabular.version,
    sourceFile: file,
    chapters: tabular.chapters,
    sections: tabular.sections.map((s) => ({ ...s, chapterIndex: chapterIndex.get(s.chapter) ?? -1 })),
    diags,
    sevenChr,
  };
}

const INDEX_LAYER: Record<string, LayerKind> = {
  index: 'cm-index',
  eindex: 'cm-eindex',
  drug: 'cm-drug',
  neoplasm: 'cm-neoplasm',
};

export function compileCm(bag: ReleaseBag): CompiledRelease {
  const out: CompiledRelease = { layers: {}, counts: {}, verifications: [] };
  let codes: CodesLayer | undefined;
  if (bag.cmOrder) {
    const rows = bag.cmOrder.data;
    codes = {
      codes: rows.map((r) => r.code),
      titles: rows.map((r) => r.longTitle),
      shortTitles: rows.map((r) => r.shortTitle),
      billable: rows.map((r) => (r.billable ? '1' : '0')).join(''),
      lines: rows.map((r) => r.line),
      sourceFile: bag.cmOrder.file,
    };
  } else if (bag.cmCodes) {
    const rows = bag.cmCodes.data;
    codes = {
      codes: rows.map((r) => r.code),
      titles: rows.map((r) => r.title),
      shortTitles: rows.map(() => ''),
      billable: '1'.repeat(rows.length),
      lines: rows.map((r) => r.line),
      sourceFile: bag.cmCodes.file,
    };
  } else if (bag.cmTabular) {
    codes = codesFromTabular(bag.cmTabular.data, bag.cmTabular.file);
  }
  if (codes) {
    out.layers.codes = codes;
    out.counts.codes = codes.codes.length;
    out.counts.billable = [...codes.billable].filter((b) => b === '1').length;
  }
  if (bag.cmTabular) {
    const t = bag.cmTabular.data;
    out.layers['cm-tabular'] = tabularLayer(t, bag.cmTabular.file);
    out.counts.chapters = t.chapters.length;
    out.counts.sections = t.sections.length;
    out.counts.tabularDiags = t.codes.filter((c) => !c.expandedFrom).length;
    out.counts.tabularBillable = t.codes.filter((c) => c.billable).length;
    if (bag.cmOrder) {
      const diff = compareWithOrder(t.codes, bag.cmOrder.data);
      const ok = diff.missing.length === 0 && diff.extra.length === 0 && diff.titleMismatches.length === 0;
      out.verifications.push({
        check: 'tabular expanded = order file (billable codes and long titles)',
        ok,
        detail: ok
          ? `${out.counts.tabularBillable} billable codes match`
          : `${diff.missing.length} missing from tabular, ${diff.extra.length} extra, ${diff.titleMismatches.length} title mismatches`,
      });
    }
  }
  if (bag.cmConversion) {
    out.layers['cm-conversion'] = { sourceFile: bag.cmConversion.file, entries: bag.cmConversion.data };
    out.counts.conversionEntries = bag.cmConversion.data.length;
  }
  for (const ix of bag.cmIndexes) {
    const kind = INDEX_LAYER[ix.data.kind];
    if (!kind) continue;
    const terms = flattenCmTerms(ix.data.mainTerms);
    const layer: IndexLayer = {
      kind: ix.data.kind,
      version: ix.data.version,
      title: ix.data.title,
      sourceFile: ix.file,
      terms,
      ...(ix.data.columns ? { columns: ix.data.columns } : {}),
    };
    (out.layers as Record<string, IndexLayer>)[kind] = layer;
    out.counts[`${ix.data.kind}MainTerms`] = ix.data.mainTerms.length;
    out.counts[`${ix.data.kind}Terms`] = terms.length;
  }
  return out;
}
