// Calendar days as CareerCenter uses them: YYYY-MM-DD in UTC. A posting is open through its closing date and
// expires when that day is over (00:00 UTC the day after).
const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** true for a real calendar day written YYYY-MM-DD */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return isoDay(d) === value;
}

export function addDays(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** whole days from `from` to `to` (negative when `to` is earlier) */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** the moment a posting closing on `day` expires: the start of the next day, UTC */
export function endOfDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS);
}

export function startOfDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`));
}
