// Pay ranges: dollars in, whole cents stored (no floating-point drift in "22.50"), and the one way an hourly and a
// yearly figure compare: at full time, HOURS_PER_YEAR hours a year.
import { HOURS_PER_YEAR, SALARY_BOUNDS, type SalaryPeriod } from './values.js';

export function toCents(dollars: number): number {
  return Math.round(dollars * 100);
}

export function fromCents(cents: number): number {
  return Number(cents) / 100;
}

/** A figure for `period` as yearly cents: an hourly figure times HOURS_PER_YEAR. */
export function yearlyCents(cents: number, period: SalaryPeriod): number {
  return period === 'hour' ? cents * HOURS_PER_YEAR : cents;
}

const money = (n: number) => `$${n.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

/** Why a figure is not plausible for the period, or undefined. Whole cents at most. */
export function salaryProblem(dollars: number, period: SalaryPeriod): string | undefined {
  const { min, max } = SALARY_BOUNDS[period];
  if (!Number.isFinite(dollars)) return 'must be a number';
  if (Math.abs(dollars * 100 - Math.round(dollars * 100)) > 1e-6) return 'must be in whole cents';
  if (dollars < min || dollars > max)
    return `${money(dollars)} a${period === 'hour' ? 'n hour' : ' year'} is not a plausible pay: use ${money(min)} to ${money(max)} a${period === 'hour' ? 'n hour' : ' year'} (is the period right?)`;
  return undefined;
}
