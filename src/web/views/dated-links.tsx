// Links from a page shown for a chosen date of service keep that date: a coder working a 2023 claim who follows
// the breadcrumb, a code to choose from or an add-on's primary stays on 2023's releases instead of dropping back
// to today's. The page provides the date it was asked for; a component asks useCodePath() for its links.
import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { codePath } from '../paths.js';

const ChosenDate = createContext<string | undefined>(undefined);

/** Give every code link below the date of service the reader chose (none: the links are for today). */
export function ChosenDateLinks({ date, children }: { date: string | undefined; children?: ComponentChildren }) {
  return <ChosenDate.Provider value={date}>{children}</ChosenDate.Provider>;
}

/** codePath, with the chosen date of service kept when the page was asked for one. */
export function useCodePath(): (system: string, code: string) => string {
  const date = useContext(ChosenDate);
  return date ? (system, code) => `${codePath(system, code)}?date=${encodeURIComponent(date)}` : codePath;
}
