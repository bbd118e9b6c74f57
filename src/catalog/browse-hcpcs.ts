// The HCPCS Level II modifiers of the release in force, as a list of their own: they are two-character modifiers
// of codes, not codes, so browsing by code prefix leaves them out (browse.ts).
import { isHcpcsModifier } from './browse.js';
import type { Catalog } from './catalog.js';

export interface HcpcsModifierEntry {
  code: string;
  title: string;
  shortTitle: string;
}

export interface HcpcsModifierList {
  release: string;
  modifiers: HcpcsModifierEntry[];
}

/** Every modifier of the HCPCS release in force on the date (undefined when no HCPCS release is loaded). */
export function listHcpcsModifiers(catalog: Catalog, date?: string): HcpcsModifierList | undefined {
  const pick = catalog.pick('hcpcs', 'codes', date);
  if (!pick) return undefined;
  const layer = catalog.codeIndex(pick.release).layer;
  const modifiers: HcpcsModifierEntry[] = [];
  layer.codes.forEach((code, i) => {
    if (isHcpcsModifier(code))
      modifiers.push({ code, title: layer.titles[i] ?? '', shortTitle: layer.shortTitles[i] ?? '' });
  });
  modifiers.sort((a, b) => (a.code < b.code ? -1 : 1));
  return { release: pick.release.id, modifiers };
}
