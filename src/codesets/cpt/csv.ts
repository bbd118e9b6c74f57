// A small CSV field splitter for the comma-separated CMS files (RFC 4180 quoting: a quoted field may hold commas
// and doubled quotes ""). Subset: one physical line at a time; a quoted field spanning lines is reported as an
// unterminated quote, which CMS's PFS files never need.

export interface CsvLine {
  fields: string[];
  /** set when the line is not valid CSV; `fields` then holds what could be read */
  error?: string;
}

export function splitCsvLine(line: string, separator = ','): CsvLine {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close < 0) {
          fields.push(value + line.slice(i));
          return { fields, error: 'a quoted field is not closed on this line' };
        }
        value += line.slice(i, close);
        i = close + 1;
        if (line[i] !== '"') break;
        value += '"';
        i++;
      }
      const end = line.indexOf(separator, i);
      const rest = end < 0 ? line.slice(i) : line.slice(i, end);
      if (rest !== '') {
        fields.push(value + rest);
        return { fields, error: `text after the closing quote of field ${fields.length}` };
      }
      fields.push(value);
      if (end < 0) return { fields };
      i = end + separator.length;
    } else {
      const end = line.indexOf(separator, i);
      if (end < 0) {
        fields.push(line.slice(i));
        return { fields };
      }
      fields.push(line.slice(i, end));
      i = end + separator.length;
    }
  }
}
