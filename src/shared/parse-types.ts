// Every parser of an official file returns what it could read plus the problems it met, each with the
// file and line, so one bad row never loses a whole release. Parsers throw only when a file is not of
// their format at all (AppError CODESET_NOT_RECOGNIZED).

export interface ParseIssue {
  file: string;
  line: number;
  field?: string;
  message: string;
}

export interface Parsed<T> {
  records: T[];
  issues: ParseIssue[];
}
