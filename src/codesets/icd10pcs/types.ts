// Record shapes produced by the ICD-10-PCS parsers. The catalog compiler depends on these: extend, never rename.

export interface PcsAxisValue {
  /** one character */
  code: string;
  label: string;
}

/** One axis position of a table (1-7) with its title ("Section", "Body Part", …). */
export interface PcsAxis {
  pos: number;
  title: string;
  values: PcsAxisValue[];
  /** axis definition text where the table carries one (operation definitions) */
  definition?: string;
}

export interface PcsRow {
  /** axes 4..7 */
  axes: PcsAxis[];
  line: number;
}

export interface PcsTable {
  /** axes 1..3, one value each */
  section: PcsAxisValue;
  bodySystem: PcsAxisValue;
  operation: PcsAxisValue;
  operationDefinition?: string;
  rows: PcsRow[];
  line: number;
  /** axes 1..3 with their titles as printed ("Section", "Body System", "Operation" — or "Type", "Modality" …) */
  headerAxes?: PcsAxis[];
}

export interface PcsTables {
  version: string;
  tables: PcsTable[];
}

/** One valid code from expanding the tables. */
export interface PcsCode {
  code: string;
  /** full title built from the axis labels, as the order file's long title */
  title: string;
}

export interface PcsDefinitionTerm {
  /** section code, axis position, the term title and its definition/explanation/includes */
  section: string;
  axisPos: number;
  axisTitle: string;
  title: string;
  definition?: string;
  explanation?: string;
  includes: string[];
  /** every <title> of the entry; body-part entries often list several ("1st Toe, Left", "1st Toe, Right"); title is the first */
  titles?: string[];
  line?: number;
}

/** One <aggregate> of the definitions file's device aggregation table: a specific device value rolls up to a general one. */
export interface PcsDeviceAggregation {
  device: string;
  /** "All applicable" or an operation name */
  operation: string;
  bodySystems: string[];
  /** the general device value (6th character) and its label */
  parent: PcsAxisValue;
  line: number;
}

export interface PcsDefinitions {
  version: string;
  terms: PcsDefinitionTerm[];
  /** the sections of the file (code and title), in file order */
  sections?: PcsAxisValue[];
  deviceAggregations?: PcsDeviceAggregation[];
}

export interface PcsIndexTerm {
  title: string;
  /** "use" / "see" references as printed */
  use?: string;
  see?: string;
  /** code or partial code (3-7 characters); tab = table prefix */
  codes?: string[];
  tab?: string;
  /** code / table references printed inside the <use> or <see> text ("see Resection, Uterus 0UT9") */
  useTab?: string;
  useCodes?: string[];
  seeCodes?: string[];
  seeTab?: string;
  subterms: PcsIndexTerm[];
  line: number;
  /** the term's level attribute (0 for a main term) */
  level?: number;
}

export interface PcsIndex {
  version: string;
  mainTerms: PcsIndexTerm[];
}

export interface PcsOrderRecord {
  order: number;
  code: string;
  valid: boolean;
  shortTitle: string;
  longTitle: string;
  line: number;
}
