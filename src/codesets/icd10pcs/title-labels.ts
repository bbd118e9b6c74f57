// Shared shape for the long-title builders: the seven axis labels of one code, read by position
// (0 = section … 6 = qualifier). A function, not an array, so a missing axis reads as "" under
// noUncheckedIndexedAccess without a check at every use.

export type TitleLabels = (axis: number) => string;

export function titleLabels(labels: readonly string[]): TitleLabels {
  return (axis) => labels[axis] ?? '';
}
