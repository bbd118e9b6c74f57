// Binary search over a sorted array of lookup keys: lets large layers be stored as parallel arrays and
// searched in place, with no Map to build at start-up.

/** First position whose key is >= key. */
export function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Positions [from, to) holding exactly this key. */
export function equalRange(keys: readonly string[], key: string): [number, number] {
  const from = lowerBound(keys, key);
  let to = from;
  while (to < keys.length && keys[to] === key) to++;
  return [from, to];
}

/** Indices of items ordered by key (stable), for storing a sorted view of unsorted data. */
export function orderByKey(keys: readonly string[]): number[] {
  return keys
    .map((k, i) => [k, i] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))
    .map(([, i]) => i);
}
