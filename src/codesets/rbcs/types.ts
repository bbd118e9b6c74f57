// CMS Restructured BETOS Classification System (RBCS): one record per HCPCS/CPT code, the code's latest
// assignment. RBCS carries CMS category names only, never a CPT descriptor.

/** RBCS_Major_Ind as CMS's data dictionary defines it. */
export const RBCS_MAJOR_MEANINGS: Readonly<Record<string, string>> = {
  M: 'Major procedure',
  O: 'Other procedure',
  N: 'Non-procedure',
};

export interface RbcsRecord {
  /** HCPCS_Cd: a CPT number or a HCPCS Level II code, as published */
  code: string;
  /** RBCS_ID: category + subcategory letter + family number + major indicator, e.g. "PM014M" */
  rbcsId: string;
  /** RBCS_Cat and RBCS_Cat_Desc: "P", "Procedure" */
  category: string;
  categoryName: string;
  /** RBCS_Cat_Subcat and RBCS_Subcat_Desc: "PM", "Musculoskeletal" */
  subcategory: string;
  subcategoryName: string;
  /** RBCS_FamNumb and RBCS_Family_Desc: "014", "Arthroplasty - Knee"; "000" / "No RBCS Family" means none */
  familyNumber: string;
  familyName: string;
  /** RBCS_Major_Ind: M, O or N (see RBCS_MAJOR_MEANINGS) */
  major: string;
  /** HCPCS_Cd_Add_Dt and HCPCS_Cd_End_Dt as YYYY-MM-DD; end null when open (12/31/9999) */
  codeAdded: string | null;
  codeEnded: string | null;
  /** First_RBCS_Release_Year */
  firstReleaseYear: number | null;
  /** RBCS_Analysis_Start_Dt and RBCS_Analysis_End_Dt: the dates this assignment applies to; end null when open */
  assignedFrom: string | null;
  assignedTo: string | null;
  /** Alt_Assignment_Method = 1: CMS assigned the code by its alternative method */
  alternativeAssignment: boolean;
  /** RBCS_ID_Ever_Reassigned = 1: the code had another RBCS id in an earlier release */
  everReassigned: boolean;
  /** line in the file (1-based) */
  line: number;
}

export interface RbcsParsed {
  /** the latest assignment of each code (RBCS_Latest_Assignment = 1), in file order */
  records: RbcsRecord[];
  /** rows of earlier assignments (RBCS_Latest_Assignment = 0), counted, not kept */
  earlierAssignments: number;
}
