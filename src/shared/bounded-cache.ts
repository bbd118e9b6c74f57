// Memo tables keyed by request input (dates, localities) must not grow without end: an attacker can send a
// new key with every request. Keep such a table under a size by starting it afresh when it is full (the
// entries are cheap to recompute; an LRU's bookkeeping would cost every hit).
export function rememberBounded<K, V>(map: Map<K, V>, key: K, value: V, limit: number): V {
  if (map.size >= limit) map.clear();
  map.set(key, value);
  return value;
}
