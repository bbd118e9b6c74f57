// CPT: the project ships no descriptor text. Numbers come from public CMS files; descriptors only from an
// operator's licensed file (tab-separated, see docs/data-sources.md).

export interface CptDescriptor {
  code: string;
  shortDescription?: string;
  longDescription: string;
  line: number;
}
