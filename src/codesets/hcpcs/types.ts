// Record shapes produced by the HCPCS Level II parsers. The catalog compiler depends on these: extend, never rename.

export interface HcpcsRecord {
  /** five characters: a letter + 4 digits for codes, two characters for modifiers */
  code: string;
  kind: 'code' | 'modifier';
  longDescription: string;
  shortDescription: string;
  /** pricing indicator codes (up to 4) */
  pricing: string[];
  multiplePricing?: string;
  coverage?: string;
  betos?: string;
  /** type of service codes */
  typeOfService: string[];
  cim: string[];
  mcm: string[];
  statute?: string;
  labCertification: string[];
  crossReference: string[];
  ascGroup?: string;
  ascEffectiveDate?: string;
  processingNote?: string;
  anesthesiaUnits?: string;
  /** YYYY-MM-DD */
  addDate?: string;
  actionEffectiveDate?: string;
  terminationDate?: string;
  actionCode?: string;
  line: number;
}
