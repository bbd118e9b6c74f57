// The shape of a code's RBCS classification in a lookup's answer, apart from rbcs.ts so that lookup-types.ts can
// name it without importing the functions (and their imports) that fill it in.

export interface RbcsRelease {
  id: string;
  title: string;
  /** set when no loaded RBCS release covers the date of service: which release was used instead */
  stale?: string;
}

export interface RbcsClassification {
  source: 'RBCS';
  release: RbcsRelease;
  /** RBCS_ID, e.g. "PM014M" */
  id: string;
  category: string;
  categoryCode: string;
  subcategory: string;
  subcategoryCode: string;
  /** null when the code has no family (family number 000, "No RBCS Family") */
  family: string | null;
  /** subcategory + family number ("PM014"), the family's browse key; null with no family */
  familyCode: string | null;
  /** RBCS_Major_Ind = M */
  major: boolean;
  majorIndicator: { code: string; meaning: string };
  /** the code's own dates in the RBCS file (YYYY-MM-DD; null when open) */
  codeAdded: string | null;
  codeEnded: string | null;
  /** the dates this assignment applies to (RBCS analysis start and end; null when open) */
  assignedFrom: string | null;
  assignedTo: string | null;
  firstReleaseYear: number | null;
  alternativeAssignment: boolean;
  everReassigned: boolean;
  sourceFile: string;
  line: number;
}
