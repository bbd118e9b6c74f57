// CPT: the project ships no descriptor text. Numbers come from public CMS files; descriptors only from an
// operator's licensed file (tab-separated, see docs/data-sources.md).

export interface CptDescriptor {
  code: string;
  shortDescription?: string;
  longDescription: string;
  line: number;
}

/** One row of the PFS national relative value file, reduced to what puts a code number in the catalog. */
export interface PfsCodeNumber {
  /** HCPCS column: a CPT number (5 digits, or 4 digits + F/T/U/M) or a Level II code */
  code: string;
  /** MOD column: '' or a 2-character modifier (26, TC, 53, ...) */
  modifier: string;
  isCpt: boolean;
  /** DESCRIPTION column as shipped; empty for CPT rows in the staged file (AMA text removed) */
  description: string;
  /** STATUS CODE column (A, R, T, I, C, ...) */
  statusCode: string;
  line: number;
}
