// The NCCI add-on code edit table by code: the edits that name a code as the add-on and those that name it as a
// primary, built once per loaded table (a WeakMap on the layer) and shared by the lookup's add-on part and the
// file dates of a code page.
import { isCptCode } from '../../codesets/cpt/index.js';
import type { AddOnEdit } from '../../codesets/ncci/index.js';
import type { NcciAocLayer } from '../model.js';

export interface AocEditsOfCode {
  /** edits whose add-on code is the code */
  asAddOn: readonly AddOnEdit[];
  /** edits that list the code as a primary code */
  asPrimary: readonly AddOnEdit[];
}

const NONE: readonly AddOnEdit[] = [];
const maps = new WeakMap<NcciAocLayer, { byAddOn: Map<string, AddOnEdit[]>; byPrimary: Map<string, AddOnEdit[]> }>();

/** Appends to the list of a key, making it on first use. */
export function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every edit of the table naming the code (a lookup key), whatever its dates. */
export function aocEditsOf(layer: NcciAocLayer, code: string): AocEditsOfCode {
  let m = maps.get(layer);
  if (!m) {
    m = { byAddOn: new Map(), byPrimary: new Map() };
    for (const e of layer.edits) {
      pushTo(m.byAddOn, e.addOnCode, e);
      if (e.primaryCode) pushTo(m.byPrimary, e.primaryCode, e);
    }
    maps.set(layer, m);
  }
  return { asAddOn: m.byAddOn.get(code) ?? NONE, asPrimary: m.byPrimary.get(code) ?? NONE };
}

/** The code system of a code the Medicare files name (CPT numbers, else HCPCS Level II), for links to its page. */
export function medicareCodeSystem(code: string): 'cpt' | 'hcpcs' {
  return isCptCode(code) ? 'cpt' : 'hcpcs';
}
