// Which codes a search may return on a date of service. The search data holds every loaded release of each
// code list (search-build.ts); a view reads, for one date, the release of each system in force then: one byte
// per code and per document (not in force / in force / billable), filled from the release bitsets in a few
// milliseconds. Dates map to views by the releases in force, so the thousands of dates a year share a handful
// of views, and at most VIEWS_KEPT of them are kept: no date ever builds an index.
import type { Catalog } from '../catalog/index.js';
import { type CodeRelease, hasBit, type SearchSystem, type SystemRange } from './search-data.js';

export const NOT_IN_FORCE = 0;
export const IN_FORCE = 1;
export const BILLABLE = 2;

/** views kept besides the newest one (least recently used dropped first); about 1.5 MB each on the full data */
export const VIEWS_KEPT = 16;

/** Systems whose codes nest by prefix: a header's billable descendants are the codes it begins. */
const PREFIX_HIERARCHY: ReadonlySet<SearchSystem> = new Set(['icd10cm', 'icd10pcs']);

export interface ReleaseView {
  /** the release of each system in force, joined: equal keys, equal views */
  readonly key: string;
  /** per system (in the order of the search data), the release in force; undefined when none is loaded */
  readonly releases: readonly (CodeRelease | undefined)[];
  /** per system, whether that release is the newest (whose titles and children the index holds) */
  readonly newest: readonly boolean[];
  /** per code and per document: NOT_IN_FORCE, IN_FORCE or BILLABLE */
  readonly codeState: Uint8Array;
  readonly docState: Uint8Array;
  /** billable descendants of each code in this view's releases, computed on first need */
  children?: Int32Array;
}

interface ViewSource {
  /** each system's codes, with their keys (no dot) in the order of sortedIds */
  systems: readonly (SystemRange & { sortedKeys: readonly string[] })[];
  codeText: readonly string[];
  docCode: Int32Array;
}

export class ReleaseViews {
  readonly newestView: ReleaseView;
  private readonly others = new Map<string, ReleaseView>();

  constructor(
    private readonly catalog: Catalog,
    private readonly data: ViewSource,
  ) {
    this.newestView = this.make(data.systems.map((s) => s.releases[s.releases.length - 1]));
  }

  /**
   * The view for a date of service (the newest releases when absent) and the warnings a search on that date
   * carries: one per system whose loaded releases do not cover the date.
   */
  forDate(date: string | undefined): { view: ReleaseView; warnings: string[] } {
    if (date === undefined) return { view: this.newestView, warnings: [] };
    const warnings: string[] = [];
    const releases = this.data.systems.map((s) => {
      const pick = this.catalog.pick(s.system, 'codes', date);
      if (!pick) return undefined;
      if (pick.stale) warnings.push(pick.stale);
      return s.releases.find((r) => r.releaseId === pick.release.id);
    });
    const key = viewKey(releases);
    if (key === this.newestView.key) return { view: this.newestView, warnings };
    let view = this.others.get(key);
    if (view) {
      // least recently used first: a hit moves to the end
      this.others.delete(key);
    } else {
      view = this.make(releases);
      if (this.others.size >= VIEWS_KEPT) this.others.delete(this.others.keys().next().value as string);
    }
    this.others.set(key, view);
    return { view, warnings };
  }

  /**
   * Makes the views of the most recent sets of releases in force (every date on which some loaded release
   * starts or ends decides one), up to VIEWS_KEPT, so that requests with a date find them made. The server
   * calls this at start-up, before it listens. Returns how many views are held.
   */
  warm(): number {
    const days = new Set<string>();
    for (const s of this.data.systems) {
      for (const r of this.catalog.releasesWith(s.system, 'codes')) {
        days.add(r.effectiveFrom);
        days.add(nextDay(r.effectiveTo));
      }
    }
    const seen = new Set<string>();
    for (const day of [...days].sort().reverse()) {
      const { view } = this.forDate(day);
      this.childrenIn(view, 0);
      seen.add(view.key);
      if (seen.size > VIEWS_KEPT) break;
    }
    return this.others.size;
  }

  /** How many views are held besides the newest (for tests and reports). */
  get kept(): number {
    return this.others.size;
  }

  private make(releases: (CodeRelease | undefined)[]): ReleaseView {
    const { systems, codeText, docCode } = this.data;
    const codeState = new Uint8Array(codeText.length);
    systems.forEach((s, i) => {
      const r = releases[i];
      if (!r) return;
      for (let k = 0; k < s.count; k++) {
        if (hasBit(r.present, k)) codeState[s.base + k] = hasBit(r.billable, k) ? BILLABLE : IN_FORCE;
      }
    });
    const docState = new Uint8Array(docCode.length);
    for (let d = 0; d < docCode.length; d++) docState[d] = codeState[docCode[d] as number] as number;
    return {
      key: viewKey(releases),
      releases,
      newest: systems.map((s, i) => releases[i] === s.releases[s.releases.length - 1]),
      codeState,
      docState,
    };
  }

  /** The title of a code in the view's release of its system (the newest title unless that release differs). */
  titleIn(view: ReleaseView, system: number, code: number, newestTitle: string): string {
    if (view.newest[system]) return newestTitle;
    const r = view.releases[system];
    const s = this.data.systems[system];
    if (!r || !s) return newestTitle;
    const local = code - s.base;
    let lo = 0;
    let hi = r.titleIds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((r.titleIds[mid] as number) < local) lo = mid + 1;
      else hi = mid;
    }
    return r.titleIds[lo] === local ? (r.titles[lo] as string) : newestTitle;
  }

  /** Billable descendants of a code in the view's releases (for headers: "choose from N codes"). */
  childrenIn(view: ReleaseView, code: number): number {
    if (!view.children) view.children = this.countChildren(view);
    return view.children[code] as number;
  }

  private countChildren(view: ReleaseView): Int32Array {
    const { systems, codeText } = this.data;
    const out = new Int32Array(codeText.length);
    for (const s of systems) {
      if (!PREFIX_HIERARCHY.has(s.system)) continue;
      // in key order a code's parent is the nearest code before it that it begins with (kept on a stack);
      // then, from the last code back, each code adds itself (when billable) and its count to its parent
      const n = s.sortedIds.length;
      const parentAt = new Int32Array(n).fill(-1);
      const stack: number[] = [];
      for (let i = 0; i < n; i++) {
        if (view.codeState[s.sortedIds[i] as number] === NOT_IN_FORCE) continue;
        const key = s.sortedKeys[i] as string;
        while (stack.length > 0 && !key.startsWith(s.sortedKeys[stack[stack.length - 1] as number] as string))
          stack.pop();
        if (stack.length > 0) parentAt[i] = stack[stack.length - 1] as number;
        stack.push(i);
      }
      for (let i = n - 1; i >= 0; i--) {
        const p = parentAt[i] as number;
        if (p < 0) continue;
        const id = s.sortedIds[i] as number;
        const parentId = s.sortedIds[p] as number;
        const own = view.codeState[id] === BILLABLE ? 1 : 0;
        out[parentId] = (out[parentId] as number) + (out[id] as number) + own;
      }
    }
    return out;
  }
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function viewKey(releases: readonly (CodeRelease | undefined)[]): string {
  return releases.map((r) => r?.releaseId ?? '-').join('|');
}
