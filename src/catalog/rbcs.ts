// CMS's Restructured BETOS Classification System on the catalog: a CPT or HCPCS code's public classification
// (category › subcategory › family, major-procedure indicator, dates; rbcsClassification) and the browse of
// categories → subcategories → families → codes (browseRbcs). RBCS names are CMS category names, never a
// descriptor: a CPT code is listed by its number only.
import { isCptCode } from '../codesets/cpt/index.js';
import { RBCS_MAJOR_MEANINGS } from '../codesets/rbcs/index.js';
import type { Catalog } from './catalog.js';
import { findCode } from './find-code.js';
import type { RbcsGroup, RbcsLayer, ReleaseInfo } from './model.js';
import type { RbcsClassification, RbcsRelease } from './rbcs-types.js';
import { lowerBound } from './sorted-keys.js';

export type { RbcsClassification, RbcsRelease };

/** The family number of a code that has a subcategory but no family ("No RBCS Family"). */
export const RBCS_NO_FAMILY = '000';

function rbcsRelease(release: ReleaseInfo, stale: string | undefined): RbcsRelease {
  return stale ? { id: release.id, title: release.title, stale } : { id: release.id, title: release.title };
}

function pickRbcs(catalog: Catalog, date?: string): { layer: RbcsLayer; release: RbcsRelease } | undefined {
  const pick = catalog.pick('rbcs', 'rbcs', date);
  if (!pick) return undefined;
  return { layer: catalog.layer(pick.release, 'rbcs'), release: rbcsRelease(pick.release, pick.stale) };
}

function classificationAt(layer: RbcsLayer, i: number, release: RbcsRelease): RbcsClassification {
  const g = layer.groups[layer.group[i] as number] as RbcsGroup;
  const hasFamily = g.familyNumber !== RBCS_NO_FAMILY;
  return {
    source: 'RBCS',
    release,
    id: g.rbcsId,
    category: g.categoryName,
    categoryCode: g.category,
    subcategory: g.subcategoryName,
    subcategoryCode: g.subcategory,
    family: hasFamily ? g.familyName : null,
    familyCode: hasFamily ? `${g.subcategory}${g.familyNumber}` : null,
    major: g.major === 'M',
    majorIndicator: { code: g.major, meaning: RBCS_MAJOR_MEANINGS[g.major] ?? g.major },
    codeAdded: layer.codeAdded[i] ?? null,
    codeEnded: layer.codeEnded[i] ?? null,
    assignedFrom: layer.assignedFrom[i] ?? null,
    assignedTo: layer.assignedTo[i] ?? null,
    firstReleaseYear: layer.firstReleaseYear[i] ?? null,
    alternativeAssignment: layer.alternative[i] === '1',
    everReassigned: layer.reassigned[i] === '1',
    sourceFile: layer.sourceFile,
    line: layer.lines[i] ?? 0,
  };
}

/** A code's RBCS classification in the release in force on the date; undefined when none is loaded or it has none. */
export function rbcsClassification(catalog: Catalog, code: string, date?: string): RbcsClassification | undefined {
  const picked = pickRbcs(catalog, date);
  if (!picked) return undefined;
  const key = code.trim().toUpperCase();
  const i = lowerBound(picked.layer.codes, key);
  if (picked.layer.codes[i] !== key) return undefined;
  return classificationAt(picked.layer, i, picked.release);
}

// ---- browse ----

export interface RbcsNode {
  /** "P", "PM" or "PM014" */
  key: string;
  name: string;
  /** codes under it */
  count: number;
}

export interface RbcsCodeEntry {
  code: string;
  system: 'cpt' | 'hcpcs';
  /** HCPCS Level II title from the code list in force; always null for CPT (no descriptor text) */
  title: string | null;
  major: boolean;
  /** set when the RBCS file gives the code an end date */
  codeEnded: string | null;
}

export interface RbcsBrowse {
  release: RbcsRelease;
  level: 'categories' | 'category' | 'subcategory' | 'family';
  key: string;
  name: string;
  /** from the category down to the parent of this level */
  path: RbcsNode[];
  /** the level below (empty at a family) */
  entries: RbcsNode[];
  /** a family's codes (empty above it) */
  codes: RbcsCodeEntry[];
}

interface Tree {
  nodes: Map<string, RbcsNode & { children: string[]; codes: number[] }>;
  categories: string[];
}

const trees = new WeakMap<RbcsLayer, Tree>();

/** The family key of a group: its subcategory and family number ("PM014", "PM000" for no family). */
function familyKey(g: RbcsGroup): string {
  return `${g.subcategory}${g.familyNumber}`;
}

function treeOf(layer: RbcsLayer): Tree {
  let tree = trees.get(layer);
  if (tree) return tree;
  const nodes: Tree['nodes'] = new Map();
  const categories: string[] = [];
  const node = (key: string, name: string, parent: string | undefined) => {
    let n = nodes.get(key);
    if (!n) {
      n = { key, name, count: 0, children: [], codes: [] };
      nodes.set(key, n);
      if (parent === undefined) categories.push(key);
      else nodes.get(parent)?.children.push(key);
    }
    n.count++;
    return n;
  };
  layer.codes.forEach((_, i) => {
    const g = layer.groups[layer.group[i] as number] as RbcsGroup;
    node(g.category, g.categoryName, undefined);
    node(g.subcategory, g.subcategoryName, g.category);
    const name = g.familyNumber === RBCS_NO_FAMILY ? 'No RBCS family' : g.familyName;
    node(familyKey(g), name, g.subcategory).codes.push(i);
  });
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  categories.sort(byKey);
  for (const n of nodes.values()) n.children.sort(byKey);
  tree = { nodes, categories };
  trees.set(layer, tree);
  return tree;
}

const LEVELS = ['categories', 'category', 'subcategory', 'family'] as const;
/** "", "P", "PM", "PM014": the length of a key says its level */
const KEY_LENGTHS = [0, 1, 2, 5];

function plain(n: RbcsNode): RbcsNode {
  return { key: n.key, name: n.name, count: n.count };
}

/**
 * One level of the RBCS tree: the categories (key ""), a category's subcategories ("P"), a subcategory's families
 * ("PM") or a family's codes ("PM014"). Undefined when no RBCS release is loaded or the key names nothing.
 */
export function browseRbcs(catalog: Catalog, key: string, date?: string): RbcsBrowse | undefined {
  const picked = pickRbcs(catalog, date);
  if (!picked) return undefined;
  const k = key.trim().toUpperCase();
  const level = KEY_LENGTHS.indexOf(k.length);
  if (level < 0) return undefined;
  const tree = treeOf(picked.layer);
  const self = k === '' ? undefined : tree.nodes.get(k);
  if (k !== '' && !self) return undefined;
  const path = [1, 2]
    .filter((len) => len < k.length)
    .map((len) => tree.nodes.get(k.slice(0, len)))
    .filter((n) => n !== undefined)
    .map(plain);
  const children = self ? self.children : tree.categories;
  return {
    release: picked.release,
    level: LEVELS[level] as RbcsBrowse['level'],
    key: k,
    name: self?.name ?? 'RBCS categories',
    path,
    entries: children.map((c) => plain(tree.nodes.get(c) as RbcsNode)),
    codes: (self?.codes ?? []).map((i) => codeEntry(catalog, picked.layer, i, date)),
  };
}

function codeEntry(catalog: Catalog, layer: RbcsLayer, i: number, date: string | undefined): RbcsCodeEntry {
  const code = layer.codes[i] as string;
  const g = layer.groups[layer.group[i] as number] as RbcsGroup;
  const system = isCptCode(code) ? 'cpt' : 'hcpcs';
  let title: string | null = null;
  if (system === 'hcpcs') {
    const found = findCode(catalog, { system, code, date });
    if (found.status !== 'unknown' && found.entry.title !== '') title = found.entry.title;
  }
  return { code, system, title, major: g.major === 'M', codeEnded: layer.codeEnded[i] ?? null };
}
