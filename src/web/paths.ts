// URLs of pages, in one place so links and routes agree.
export function codePath(system: string, code: string): string {
  return `/codes/${encodeURIComponent(system)}/${encodeURIComponent(code)}`;
}
