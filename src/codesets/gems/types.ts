// Record shapes produced by the General Equivalence Mappings (GEMs) parser. Extend, never rename.

/** The four code systems the GEMs link. ICD-9 procedures are ICD-9-CM Volume 3. */
export type GemCodeSystem = 'icd10cm' | 'icd9cm' | 'icd10pcs' | 'icd9proc';

/** The diagnosis GEMs link ICD-9-CM and ICD-10-CM; the procedure GEMs link ICD-9-CM Volume 3 and ICD-10-PCS. */
export type GemKind = 'dx' | 'pcs';

export interface GemDirection {
  kind: GemKind;
  source: GemCodeSystem;
  target: GemCodeSystem;
  /** ICD-9 → ICD-10, the guide's "forward mapping"; false for ICD-10 → ICD-9 ("backward mapping") */
  forward: boolean;
  /** what settled the direction: the codes themselves, the file name (only when the codes could not), or both agreeing */
  detectedFrom: 'content' | 'file name' | 'content and file name';
}

/** The five flag digits of a GEM row, decoded as the 2018 GEM guide and technical documentation define them. */
export interface GemFlags {
  /** 1st digit: no one target code (or linked combination) expresses the same meaning as the source */
  approximate: boolean;
  /** 2nd digit: the source has no acceptable translation; the target field then holds "NoDx" / "NoPCS" */
  noMap: boolean;
  /** 3rd digit: the row is one part of a combination entry (a cluster of target codes translates the source) */
  combination: boolean;
  /** 4th digit, 0-9: which variation of the source's meaning this combination row expresses (0 = not a combination) */
  scenario: number;
  /** 5th digit, 0-9: within a scenario, the list from which one target must be taken (0 = not a combination) */
  choiceList: number;
}

/** One row (line) of a GEM file. */
export interface GemEntry {
  /** source code, dotted by the conventions in gem-file.ts (ICD-10-PCS codes have no dot) */
  source: string;
  /** target code, dotted likewise; null when the row is a no-map row ("NoDx", "NoPCS") */
  target: string | null;
  /** the source code exactly as the file writes it (undotted) */
  sourceRaw: string;
  /** the target field exactly as the file writes it ("NoDx" for a no-map row) */
  targetRaw: string;
  flags: GemFlags;
  /** the five flag digits as written, e.g. "10112" */
  flagsRaw: string;
  /** 1-based line number in the file */
  line: number;
}

/** One choice list of a combination scenario: take exactly one of these targets. */
export interface GemChoiceList {
  choiceList: number;
  entries: GemEntry[];
}

/** One scenario of a combination entry: one target from each choice list, together, translate the source. */
export interface GemScenario {
  scenario: number;
  choiceLists: GemChoiceList[];
}

/** All rows of one source code, sorted into the guide's entry types. */
export interface GemMappingGroup {
  source: string;
  /** true when the source has a no-map row ("NoDx"/"NoPCS"): there is no acceptable translation */
  noMap: boolean;
  /** single-type alternatives (combination flag off): each target alone is one complete applied mapping */
  plain: GemEntry[];
  /** combination entries by scenario (ascending), each with its choice lists (ascending) */
  scenarios: GemScenario[];
}
