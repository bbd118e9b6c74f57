// ICD-10-CM details for a lookup: instructional notes, 7th-character definitions and hierarchy from the
// newest tabular in force, index entries from the newest index and tables in force. When the tabular is
// older than the code list, or does not have the code at all, the result says so.
import type { Catalog } from './catalog.js';
import { codeKey } from './catalog.js';
import { indexTermsFor } from './index-terms.js';
import { chapterLevel } from './lookup-block.js';
import { type CodeLookup, releaseRef } from './lookup-types.js';
import type { CmConversionLayer, CmTabularLayer, LayerKind, TabularDiag } from './model.js';

interface TabularMaps {
  byKey: Map<string, number>;
}

const maps = new WeakMap<CmTabularLayer, TabularMaps>();

function tabularMaps(layer: CmTabularLayer): TabularMaps {
  let m = maps.get(layer);
  if (!m) {
    m = { byKey: new Map(layer.diags.map((d, i) => [codeKey(d.c), i])) };
    maps.set(layer, m);
  }
  return m;
}

/** The diag a 7th-character code was expanded from: drop the 7th character, then placeholder Xs. */
function expansionBase(layer: CmTabularLayer, key: string): { diag: TabularDiag; seventh: string } | undefined {
  if (key.length !== 7) return undefined;
  const seventh = key.charAt(6);
  let base = key.slice(0, 6);
  const { byKey } = tabularMaps(layer);
  while (base.length >= 3) {
    const i = byKey.get(base);
    if (i !== undefined) {
      const diag = layer.diags[i] as TabularDiag;
      const def = diag.d !== undefined ? layer.sevenChr[diag.d] : undefined;
      return def?.def.some((v) => v.char === seventh) ? { diag, seventh } : undefined;
    }
    if (!base.endsWith('X')) return undefined;
    base = base.slice(0, -1);
  }
  return undefined;
}

function notesRecord(n: TabularDiag['n']): Record<string, string[]> {
  return (n ?? {}) as Record<string, string[]>;
}

export function cmDetails(catalog: Catalog, result: CodeLookup, date: string | undefined): void {
  addTabular(catalog, result, date);
  addIndexTerms(catalog, result, date);
  const conversion = conversionMaps(catalog);
  const entry = conversion?.byCode.get(codeKey(result.code));
  if (conversion && entry) {
    result.conversion = { effective: entry.effective, previousCodes: entry.previous, release: conversion.release };
  }
}

interface ConversionMaps {
  release: string;
  byCode: Map<string, CmConversionLayer['entries'][number]>;
  byPrevious: Map<string, CmConversionLayer['entries']>;
}
const conversionCache = new WeakMap<CmConversionLayer, ConversionMaps>();

/** The newest CDC conversion table loaded: current code <- previous codes. */
function conversionMaps(catalog: Catalog): ConversionMaps | undefined {
  const pick = catalog.pick('icd10cm', 'cm-conversion');
  if (!pick) return undefined;
  const layer = catalog.layer(pick.release, 'cm-conversion');
  let maps = conversionCache.get(layer);
  if (!maps) {
    maps = { release: pick.release.id, byCode: new Map(), byPrevious: new Map() };
    for (const e of layer.entries) {
      maps.byCode.set(codeKey(e.code), e);
      for (const p of e.previous) {
        const list = maps.byPrevious.get(codeKey(p)) ?? [];
        list.push(e);
        maps.byPrevious.set(codeKey(p), list);
      }
    }
    conversionCache.set(layer, maps);
  }
  return maps;
}

/** Codes the conversion table lists as taking over from a code (for "deleted … replaced by"). */
export function cmReplacements(catalog: Catalog, code: string): string[] {
  return (conversionMaps(catalog)?.byPrevious.get(codeKey(code)) ?? []).map((e) => e.code);
}

function addTabular(catalog: Catalog, result: CodeLookup, date: string | undefined): void {
  const pick = catalog.pick('icd10cm', 'cm-tabular', date);
  if (!pick) {
    result.warnings.push({
      code: 'notes.unavailable',
      message: 'No ICD-10-CM tabular is loaded: instructional notes and 7th-character definitions are unavailable',
    });
    return;
  }
  const layer = catalog.layer(pick.release, 'cm-tabular');
  const { byKey } = tabularMaps(layer);
  const key = codeKey(result.code);
  result.notesRelease = releaseRef(pick.release);
  if (pick.release.id !== result.release.id && pick.release.effectiveFrom < result.release.effectiveFrom) {
    result.warnings.push({
      code: 'notes.older-release',
      message: `Instructional notes, 7th characters and hierarchy are from ${pick.release.title}, the newest loaded tabular; the code list is ${result.release.title}`,
    });
  }

  let own: TabularDiag | undefined;
  let chainStart: TabularDiag | undefined;
  const exact = byKey.get(key);
  if (exact !== undefined) {
    own = layer.diags[exact] as TabularDiag;
    chainStart = own.p ? layer.diags[byKey.get(codeKey(own.p)) ?? -1] : undefined;
  } else {
    const expanded = expansionBase(layer, key);
    if (expanded) {
      chainStart = expanded.diag;
    } else {
      // Not in this tabular (new since, or a header the tabular lacks): its nearest ancestor there.
      for (let len = key.length - 1; len >= 3 && !chainStart; len--) {
        const a = byKey.get(key.slice(0, len));
        if (a !== undefined) chainStart = layer.diags[a];
      }
      result.warnings.push({
        code: 'notes.not-in-tabular',
        message: `${result.code} is not in ${pick.release.title}, so it has no tabular notes in the loaded data${
          chainStart ? `; notes shown are inherited from ${chainStart.c} in that release` : ''
        }`,
      });
    }
  }
  if (own) result.notes = notesRecord(own.n);

  const sevenFrom = own ?? chainStart;
  if (sevenFrom?.d !== undefined) {
    const def = layer.sevenChr[sevenFrom.d];
    if (def) {
      result.sevenChrDef = def.def;
      if (def.note) result.sevenChrNote = def.note;
      result.sevenChrFrom = def.from;
    }
  }

  for (let d = chainStart; d; d = d.p ? layer.diags[byKey.get(codeKey(d.p)) ?? -1] : undefined) {
    const n = notesRecord(d.n);
    if (Object.keys(n).length > 0) {
      result.inheritedNotes.push({ from: d.c, level: d.p ? 'subcategory' : 'category', title: d.t, notes: n });
    }
  }
  const top = own ?? chainStart;
  const category = top ? layer.diags[byKey.get(codeKey(top.c).slice(0, 3)) ?? -1] : undefined;
  const section = category ? layer.sections[category.s] : undefined;
  const chapter = section ? layer.chapters[section.chapterIndex] : undefined;
  if (section && Object.keys(section.notes).length > 0) {
    result.inheritedNotes.push({
      from: section.id,
      level: 'section',
      title: section.title,
      notes: notesRecord(section.notes),
    });
  }
  if (chapter && Object.keys(chapter.notes).length > 0) {
    result.inheritedNotes.push({
      from: `Chapter ${chapter.num}`,
      level: 'chapter',
      title: chapter.title,
      notes: notesRecord(chapter.notes),
    });
  }
  const head: CodeLookup['hierarchy'] = [];
  if (chapter) head.push(chapterLevel(chapter));
  if (section) head.push({ level: 'section', code: section.id, title: section.title });
  result.hierarchy = [...head, ...result.hierarchy];
  if (!result.parent && section)
    result.parent = { system: 'icd10cm', code: section.id, title: section.title, billable: false };
}

const CM_INDEX_LAYERS: { layer: LayerKind; source: 'index' | 'neoplasm' | 'drug' | 'eindex' }[] = [
  { layer: 'cm-index', source: 'index' },
  { layer: 'cm-neoplasm', source: 'neoplasm' },
  { layer: 'cm-drug', source: 'drug' },
  { layer: 'cm-eindex', source: 'eindex' },
];

function addIndexTerms(catalog: Catalog, result: CodeLookup, date: string | undefined): void {
  for (const { layer, source } of CM_INDEX_LAYERS) {
    const pick = catalog.pick('icd10cm', layer, date);
    if (!pick) continue;
    const payload = catalog.layer(pick.release, layer as 'cm-index');
    for (const hit of indexTermsFor(payload, result.code)) {
      result.indexTerms.push({ ...hit, source, release: pick.release.id });
    }
  }
}
