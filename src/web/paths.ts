// URLs of pages, in one place so links and routes agree.
export function codePath(system: string, code: string): string {
  return `/codes/${encodeURIComponent(system)}/${encodeURIComponent(code)}`;
}

/** The RBCS browse page of a category, subcategory or family key ("P", "PM", "PM014"); the categories without one. */
export function rbcsPath(key = ''): string {
  return key === '' ? '/browse/rbcs' : `/browse/rbcs/${encodeURIComponent(key)}`;
}
