// Sets of document numbers as bits in 32-bit words, for the job index: a filter is an AND of sets and a facet count
// is the number of bits two sets share. Sets grow as documents are added; a word past a set's end counts as zero.

export type Bits = Uint32Array;

export function wordsFor(count: number): number {
  return Math.ceil(count / 32);
}

export function emptyBits(count: number): Bits {
  return new Uint32Array(Math.max(1, wordsFor(count)));
}

/** `bits` with room for document `n`, grown (doubled) when needed: the caller keeps the returned set. */
export function withRoom(bits: Bits, n: number): Bits {
  const need = (n >>> 5) + 1;
  if (need <= bits.length) return bits;
  const grown = new Uint32Array(Math.max(need, bits.length * 2));
  grown.set(bits);
  return grown;
}

export function setBit(bits: Bits, n: number): void {
  bits[n >>> 5] = (bits[n >>> 5] ?? 0) | (1 << (n & 31));
}

export function clearBit(bits: Bits, n: number): void {
  if (n >>> 5 < bits.length) bits[n >>> 5] = (bits[n >>> 5] ?? 0) & ~(1 << (n & 31));
}

export function hasBit(bits: Bits, n: number): boolean {
  return (((bits[n >>> 5] ?? 0) >>> (n & 31)) & 1) === 1;
}

/** a fresh set: the AND of `sets` over `words` words */
export function andAll(words: number, sets: readonly Bits[]): Bits {
  const out = new Uint32Array(Math.max(1, words));
  const [first, ...rest] = sets;
  if (!first) return out;
  for (let i = 0; i < words; i++) {
    let w = first[i] ?? 0;
    for (const s of rest) w &= s[i] ?? 0;
    out[i] = w;
  }
  return out;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export function countBits(bits: Bits): number {
  let n = 0;
  for (let i = 0; i < bits.length; i++) n += popcount(bits[i] ?? 0);
  return n;
}

/** how many documents are in both sets */
export function countBoth(a: Bits, b: Bits): number {
  let n = 0;
  const words = Math.min(a.length, b.length);
  for (let i = 0; i < words; i++) n += popcount((a[i] ?? 0) & (b[i] ?? 0));
  return n;
}
