// Links from a page shown for a chosen date of service keep that date: a coder working a 2023 claim who follows
// the breadcrumb, a code to choose from or an add-on's primary stays on 2023's releases instead of dropping back
// to today's. The page passes the date it was asked for down to the components that link codes. (A plain argument,
// not a Preact context: useContext would load preact/hooks, whose render hooks slow every page the server renders.)
import { codePath } from '../paths.js';

/** codePath, with the chosen date of service kept when the page was asked for one. */
export function datedCodePath(system: string, code: string, date: string | undefined): string {
  return date ? `${codePath(system, code)}?date=${encodeURIComponent(date)}` : codePath(system, code);
}
