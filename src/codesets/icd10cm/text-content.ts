// Element text as the CDC files mean it: the XML is pretty-printed, so line breaks, tabs and indentation inside
// an element are layout, not content. Runs of whitespace collapse to one space.
export function cleanText(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}
