// Dates of the CMS HCPCS ANWEB record (HCPCS contractor record layout 2019-2026: ASC_DT, OPPS_DT, ADD DT,
// ACT EFF DT, TERM DT), written YYYYMMDD. Subset: the conversion to ISO YYYY-MM-DD and its validation.

export type DateReading = { kind: 'blank' } | { kind: 'date'; iso: string } | { kind: 'invalid' };

/** Reads a YYYYMMDD value (surrounding spaces allowed). A real calendar date is required. */
export function readYyyymmdd(raw: string): DateReading {
  const value = raw.trim();
  if (value === '') return { kind: 'blank' };
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!match) return { kind: 'invalid' };
  const [, y = '', m = '', d = ''] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return { kind: 'invalid' };
  return { kind: 'date', iso: `${y}-${m}-${d}` };
}
