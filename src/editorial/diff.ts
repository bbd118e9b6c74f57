// A small line diff (longest common subsequence) for the revision history's "what changed".
// The common head and tail are skipped first, so a typical edit compares only a few lines.

export interface DiffLine {
  op: '+' | '-';
  text: string;
}

/** Beyond this many cells the middle is shown as all removed, then all added (still correct, just coarse). */
const MAX_CELLS = 4_000_000;

/** The lines of a text; the empty text has none. */
export function splitTextLines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}

/** The changed lines from `before` to `after`, in reading order, removals before additions at each spot. */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = splitTextLines(before);
  const b = splitTextLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const n = x.length;
  const m = y.length;
  const out: DiffLine[] = [];
  const removed = (t: string | undefined) => out.push({ op: '-', text: t ?? '' });
  const added = (t: string | undefined) => out.push({ op: '+', text: t ?? '' });
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    x.forEach(removed);
    y.forEach(added);
    return out;
  }
  // lcs[i * w + j]: length of the longest common subsequence of x[i..] and y[j..]
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * w + j] =
        x[i] === y[j]
          ? (lcs[(i + 1) * w + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * w + j] ?? 0, lcs[i * w + j + 1] ?? 0);
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      i++;
      j++;
    } else if (j >= m || (i < n && (lcs[(i + 1) * w + j] ?? 0) >= (lcs[i * w + j + 1] ?? 0))) removed(x[i++]);
    else added(y[j++]);
  }
  return out;
}
