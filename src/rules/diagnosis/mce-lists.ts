// Medicare Code Editor diagnosis lists for the MCE rules (CMS "Definitions of Medicare Code Edits", v43.1 April
// 2026 in the staged data, and the third-party v37 transcription of the simple code edits): which of edit 4 (age
// conflict), 5 (sex conflict), 6 (manifestation code as principal diagnosis) and 9 (unacceptable principal
// diagnosis) lists a diagnosis is on. Edits are matched by their MCE number, stable across versions. A code on no
// list is "not checked" by that edit, never "passed". Indexed per MCE layer (a WeakMap on the layer, so per
// Catalog) on first use.

import type { MceLayer } from '../../catalog/index.js';
import { type Catalog, codeKey, type ReleaseInfo } from '../../catalog/index.js';
import { perDate } from './per-date.js';

export const MCE_AGE = 4;
export const MCE_SEX = 5;
export const MCE_MANIFESTATION = 6;
export const MCE_UNACCEPTABLE_PRINCIPAL = 9;

export interface MceHit {
  edit: number;
  editName: string;
  /** the list's heading as printed ("Maternity diagnoses (age 9 through 64)", "Female_Only") */
  list: string;
  ageRange?: { min: number; max: number };
  sex?: 'male' | 'female';
  /** printed with an asterisk (edit 9: acceptable as principal when a secondary diagnosis is coded) */
  asterisk: boolean;
  /** the code as the list prints it, and its line (or row) in the file */
  code: string;
  description: string;
  line: number;
}

export interface MceSource {
  release: ReleaseInfo;
  layer: MceLayer;
  /** "MCE v43.1", with "(third-party transcription)" when it is not a CMS file */
  label: string;
  hits(code: string, edit: number): MceHit[];
}

const indexes = new WeakMap<MceLayer, Map<string, MceHit[]>>();
const NONE: MceHit[] = [];

function index(layer: MceLayer): Map<string, MceHit[]> {
  let m = indexes.get(layer);
  if (!m) {
    m = new Map();
    for (const edit of layer.edits) {
      if (![MCE_AGE, MCE_SEX, MCE_MANIFESTATION, MCE_UNACCEPTABLE_PRINCIPAL].includes(edit.number)) continue;
      for (const list of edit.lists) {
        if (list.codeType !== 'dx') continue;
        for (const c of list.codes) {
          const hit: MceHit = {
            edit: edit.number,
            editName: edit.name,
            list: list.name,
            ...(list.ageRange ? { ageRange: list.ageRange } : {}),
            ...(list.sex ? { sex: list.sex } : {}),
            asterisk: c.asterisk === true,
            code: c.code,
            description: c.description,
            line: c.line,
          };
          const k = `${edit.number}|${codeKey(c.code)}`;
          const existing = m.get(k);
          if (existing) existing.push(hit);
          else m.set(k, [hit]);
        }
      }
    }
    indexes.set(layer, m);
  }
  return m;
}

function source(catalog: Catalog, release: ReleaseInfo): MceSource {
  const layer = catalog.layer(release, 'mce');
  const m = index(layer);
  return {
    release,
    layer,
    label: `MCE v${layer.version}${layer.official ? '' : ' (a third-party transcription, not a CMS file)'}`,
    hits: (code, edit) => m.get(`${edit}|${codeKey(code)}`) ?? NONE,
  };
}

/** The MCE release in force on the date (the nearest loaded one when none is). */
export function mceInForce(catalog: Catalog, date: string): MceSource | undefined {
  return perDate(catalog, 'mce', date, () => {
    const pick = catalog.pick('mce', 'mce', date);
    return pick ? source(catalog, pick.release) : undefined;
  });
}

function hasDxLists(layer: MceLayer, edit: number): boolean {
  return layer.edits.some((e) => e.number === edit && e.lists.some((l) => l.codeType === 'dx' && l.codes.length > 0));
}

const withLists = new WeakMap<Catalog, Map<number, ReleaseInfo[]>>();

/**
 * The MCE release whose edit has diagnosis lists, for the date: the newest such release in force on it, else the
 * newest such release. Since the sex conflict edit was deactivated (10/01/2024) the MCE prints no sex lists, so
 * those come from an older release.
 */
export function mceWithLists(catalog: Catalog, edit: number, date: string): MceSource | undefined {
  return perDate(catalog, `mce-lists-${edit}`, date, () => pickWithLists(catalog, edit, date));
}

function pickWithLists(catalog: Catalog, edit: number, date: string): MceSource | undefined {
  let byEdit = withLists.get(catalog);
  if (!byEdit) {
    byEdit = new Map();
    withLists.set(catalog, byEdit);
  }
  let releases = byEdit.get(edit);
  if (!releases) {
    releases = catalog.releasesWith('mce', 'mce').filter((r) => hasDxLists(catalog.layer(r, 'mce'), edit));
    byEdit.set(edit, releases);
  }
  if (releases.length === 0) return undefined;
  const inForce = releases.filter((r) => r.effectiveFrom <= date);
  return source(catalog, (inForce[inForce.length - 1] ?? releases[releases.length - 1]) as ReleaseInfo);
}

/** Edit `number` of a layer: its name and whether (and since when) it is inactive. */
export function mceEdit(layer: MceLayer, number: number) {
  return layer.edits.find((e) => e.number === number);
}

export const MCE_SOURCE = 'Medicare Code Editor';

export function mceRecord(hit: MceHit): string {
  return `Edit ${hit.edit} ${hit.editName}, list "${hit.list}", line ${hit.line}: ${hit.code} ${hit.description}`.trim();
}
