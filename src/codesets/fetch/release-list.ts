// The official release archives `codedesk data fetch` downloads, where each one lands, and what we can
// check about it. Nothing here was downloaded on the machine that wrote it (no internet), so every
// checksum below is a third-party observation; README.md says where each came from and how sure we are.

/** Who publishes the archive. */
export type Publisher = 'CMS' | 'CDC';

/**
 * How sure we are that `url` is the publisher's real download address.
 * - corroborated: the same URL appears in two or more unrelated public code bases
 * - single-source: seen in one public code base only
 * - pattern: not seen verbatim; built from the publisher's naming pattern (check the landing page first)
 */
export type UrlConfidence = 'corroborated' | 'single-source' | 'pattern';

/**
 * Licence terms that come with the download. `ama-cpt`: the archive contains CPT codes (AMA copyright);
 * cms.gov asks users to accept the AMA licence before downloading, so the CLI should show that notice.
 */
export type DownloadLicence = 'public-domain' | 'ama-cpt';

export interface ExpectedMember {
  /** official file name, without the archive's inner folders */
  name: string;
  /**
   * sha256 of the member, or null when nothing trustworthy is known. A non-null value must match (exactly,
   * or, for text files, after CRLF -> LF: see verify.ts) or the whole release is rejected.
   */
  sha256: string | null;
  /** other sha256 values that identify the same official file (sources that disagree; see note) */
  alsoAccept?: readonly string[];
  /** documentation the importer does not read: its absence is a warning, not a failure */
  optional?: boolean;
  /** where the checksum came from, or why it is missing */
  note?: string;
}

export interface ArchiveExpectation {
  /** file name the archive is saved under while it is downloaded */
  name: string;
  /**
   * sha256 of the archive itself. null (the usual case) means "not known: verify by member checksums";
   * when set, a mismatch rejects the download before anything is unpacked.
   */
  sha256: string | null;
  /** exact size in bytes when known (enforced); null when not known */
  size: number | null;
}

export interface ReleaseDownload {
  /** stable key for `--only` and the receipt file */
  id: string;
  /** code-set folder name under the data folder (icd10cm, icd10pcs, hcpcs, ncci, pfs) */
  source: string;
  /** release folder name under the source (2026, 2026-04, 2026-01, 2026Q2, 2026-rvu26c …) */
  release: string;
  title: string;
  publisher: Publisher;
  url: string;
  urlConfidence: UrlConfidence;
  /** the publisher's page that links the archive: where to look when the URL moves */
  landingPage: string;
  /** folder, relative to the data folder, the members are unpacked into (`<source>/<release>`) */
  target: string;
  archive: ArchiveExpectation;
  members: readonly ExpectedMember[];
  /** 'expected-only' unpacks just the listed members (for archives we fetch for a few files) */
  extract: 'all' | 'expected-only';
  licence: DownloadLicence;
  /** anything an operator should know (alternative URLs, republished versions) */
  note?: string;
}

// Checksums quoted from /work/shared/data/MANIFEST.md (first-pass table). The staged copies came from
// git blobs in third-party repositories.
const MANIFEST = {
  pcsTables2026: '8a9020bde754a93826ae122ac6bb293271a167e34c05181f1789b5fd3038e96a',
  pcsDefinitions2026: '920d19c11639063bca0632e2dd230998b3137429702d0d6df143a285bb1167da',
  cmDrugApr2026: '5fb3c6d65a7924027e02b89d4234a9ea960e3d48e407b1bc26f0d3ccbfeb9fcc',
  cmEindexApr2026: 'ffe081c4cfb9b10396f6933f8411a0b221752d7fcf47bc28e08935d9bc3564b6',
  cmNeoplasmApr2026: '2968606b90795f5a49fa4be6b6c876fb59cae9f04e4f203f8cf566d5926303a5',
  aoc2026q2Xlsx: '870a84912f91f8e8fdfa1acd01f076cfb1473ba10c98861fc18d040ce3fbdac6',
  // The original blob, before CPT descriptors were blanked in the staged copy.
  pprrvu2026JulOriginal: 'b7d197e73211ef6854c213c267d5fa9dec8df995db8e1ee7d44c0556ad7cee21',
  gpci2026: '2a70b4fbdb2bdfcb91454194b7b40c7e60e530b9732c5156e5cb203da6b51d1d',
} as const;

// The staged copies of these XML files have LF line endings while every XML file staged straight from an
// official zip has CRLF, so the repositories probably normalised them; verify.ts accepts that case.
const LF_COPY = 'MANIFEST.md sha256 of a third-party copy with LF line endings (CMS/CDC ship CRLF)';

const CMS_ICD10 = 'https://www.cms.gov/medicare/coding-billing/icd-10-codes';
const CDC_ICD10CM_2026_UPDATE = 'https://ftp.cdc.gov/pub/Health_Statistics/NCHS/Publications/ICD10CM/2026-update/';
const CMS_HCPCS = 'https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system/quarterly-update';
const CMS_NCCI = 'https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits';
const CMS_PFS = 'https://www.cms.gov/medicare/payment/fee-schedules/physician/pfs-relative-value-files';

const unknown = (name: string, optional = false): ExpectedMember =>
  optional ? { name, sha256: null, optional: true } : { name, sha256: null };

function release(
  r: Omit<ReleaseDownload, 'target' | 'extract'> & { extract?: ReleaseDownload['extract'] },
): ReleaseDownload {
  return { ...r, target: `${r.source}/${r.release}`, extract: r.extract ?? 'all' };
}

export const OFFICIAL_RELEASES: readonly ReleaseDownload[] = [
  release({
    id: 'icd10cm-2026-code-descriptions',
    source: 'icd10cm',
    release: '2026',
    title: 'ICD-10-CM FY2026 code descriptions in tabular order (order file, codes file, addenda)',
    publisher: 'CMS',
    url: 'https://www.cms.gov/files/zip/2026-code-descriptions-tabular-order.zip',
    urlConfidence: 'corroborated',
    landingPage: CMS_ICD10,
    archive: { name: '2026-code-descriptions-tabular-order.zip', sha256: null, size: null },
    members: [
      unknown('icd10cm_order_2026.txt'),
      unknown('icd10cm_codes_2026.txt'),
      unknown('icd10cm_order_addenda_2026.txt', true),
      unknown('icd10cm_codes_addenda_2026.txt', true),
      unknown('icd10OrderFiles.pdf', true),
      unknown('icd10cmCodesFile.pdf', true),
    ],
    licence: 'public-domain',
    note: 'Members sit in a "Code Descriptions/" folder inside the zip. A "-updated-01012026" variant is also referenced.',
  }),
  release({
    id: 'icd10cm-2026-tables-index',
    source: 'icd10cm',
    release: '2026',
    title: 'ICD-10-CM FY2026 code tables, tabular list and index (XML)',
    publisher: 'CMS',
    url: 'https://www.cms.gov/files/zip/2026-code-tables-tabular-and-index.zip',
    urlConfidence: 'corroborated',
    landingPage: CMS_ICD10,
    archive: { name: '2026-code-tables-tabular-and-index.zip', sha256: null, size: null },
    members: [
      unknown('icd10cm_tabular_2026.xml'),
      unknown('icd10cm_index_2026.xml'),
      unknown('icd10cm_eindex_2026.xml'),
      unknown('icd10cm_neoplasm_2026.xml'),
      unknown('icd10cm_drug_2026.xml'),
    ],
    licence: 'public-domain',
    note:
      'Members sit in a "Table and Index/" folder. CDC publishes the same content as ' +
      'ftp.cdc.gov/…/ICD10CM/2026/icd10cm-table%20and%20index-2026.zip with hyphenated names; not listed to avoid duplicates.',
  }),
  release({
    id: 'icd10cm-2026-04-xml',
    source: 'icd10cm',
    release: '2026-04',
    title:
      'ICD-10-CM FY2026 April 1, 2026 update: tabular, index and index tables (drug, neoplasm, external cause), XML',
    publisher: 'CDC',
    url: `${CDC_ICD10CM_2026_UPDATE}icd10cm-April-1-2026-XML.zip`,
    urlConfidence: 'corroborated',
    landingPage: CDC_ICD10CM_2026_UPDATE,
    archive: { name: 'icd10cm-April-1-2026-XML.zip', sha256: null, size: null },
    members: [
      unknown('icd10c-tabular-April-1-2026.xml'),
      unknown('icd10cm-index-April-1-2026-XML.xml'),
      { name: 'icd10cm-drug-April-1-2026-XML.xml', sha256: MANIFEST.cmDrugApr2026, note: LF_COPY },
      { name: 'icd10cm-eindex-April-1-2026-XML.xml', sha256: MANIFEST.cmEindexApr2026, note: LF_COPY },
      { name: 'icd10cm-neoplasm-April-1-2026-XML.xml', sha256: MANIFEST.cmNeoplasmApr2026, note: LF_COPY },
    ],
    licence: 'public-domain',
    note: 'The tabular file name really is "icd10c-tabular-…" (sic).',
  }),
  release({
    id: 'icd10pcs-2026-tables-index',
    source: 'icd10pcs',
    release: '2026',
    title: 'ICD-10-PCS FY2026 code tables, index and definitions (XML)',
    publisher: 'CMS',
    url: 'https://www.cms.gov/files/zip/2026-icd-10-pcs-code-tables-and-index.zip',
    urlConfidence: 'corroborated',
    landingPage: CMS_ICD10,
    archive: { name: '2026-icd-10-pcs-code-tables-and-index.zip', sha256: null, size: null },
    members: [
      { name: 'icd10pcs_tables_2026.xml', sha256: MANIFEST.pcsTables2026, note: LF_COPY },
      { name: 'icd10pcs_definitions_2026.xml', sha256: MANIFEST.pcsDefinitions2026, note: LF_COPY },
      unknown('icd10pcs_index_2026.xml'),
    ],
    licence: 'public-domain',
    note: 'A "-updated-01012026" variant of this zip is also referenced; its members may differ from the October release.',
  }),
  release({
    id: 'icd10pcs-2026-order',
    source: 'icd10pcs',
    release: '2026',
    title: 'ICD-10-PCS FY2026 order file (long and abbreviated titles)',
    publisher: 'CMS',
    url: 'https://www.cms.gov/files/zip/2026-icd-10-pcs-order-file-long-and-abbreviated-titles.zip',
    urlConfidence: 'corroborated',
    landingPage: CMS_ICD10,
    archive: { name: '2026-icd-10-pcs-order-file-long-and-abbreviated-titles.zip', sha256: null, size: null },
    members: [
      unknown('icd10pcs_order_2026.txt'),
      unknown('order_addenda_2026.txt', true),
      unknown('icd10pcsOrderFile.pdf', true),
    ],
    licence: 'public-domain',
    note: 'One third-party crawl saw this archive at 1,319,592 bytes; not enforced (CMS republishes in place).',
  }),
  release({
    id: 'hcpcs-2026-01',
    source: 'hcpcs',
    release: '2026-01',
    title: 'HCPCS Level II January 2026 quarterly alpha-numeric file',
    publisher: 'CMS',
    url: 'https://www.cms.gov/files/zip/january-2026-alpha-numeric-hcpcs-file.zip',
    urlConfidence: 'corroborated',
    landingPage: CMS_HCPCS,
    archive: { name: 'january-2026-alpha-numeric-hcpcs-file.zip', sha256: null, size: null },
    members: [
      unknown('HCPC2026_JAN_ANWEB_01122026.txt'),
      unknown('HCPC2026_JAN_ANWEB_01122026.xlsx'),
      unknown('HCPC2026_recordlayout.txt', true),
      unknown('HCPC2026_JAN_ANWEB_Corrections_01122026.xlsx', true),
      unknown('HCPC2026_JAN_ANWEB_Transaction Report_12292025.xlsx', true),
      unknown('NOC codes_JAN2026.xlsx', true),
      unknown('proc_notes_JAN2026.txt', true),
    ],
    licence: 'public-domain',
  }),
  release({
    id: 'ncci-aoc-2026q2',
    source: 'ncci',
    release: '2026Q2',
    title: 'Medicare NCCI add-on code edits, 2026 Q2 (effective 2026-04-01)',
    publisher: 'CMS',
    url: 'https://www.cms.gov/files/zip/add-code-edits-medicare-effective-04012026.zip',
    urlConfidence: 'pattern',
    landingPage: `${CMS_NCCI}/medicare-ncci-add-code-edits`,
    archive: { name: 'add-code-edits-medicare-effective-04012026.zip', sha256: null, size: null },
    members: [
      { name: 'AOC_V2026Q2-MCR.xlsx', sha256: MANIFEST.aoc2026q2Xlsx, note: 'MANIFEST.md (third-party copy)' },
      unknown('AOC_V2026Q2-F-MCR.txt', true),
    ],
    licence: 'ama-cpt',
    note:
      'URL built from the pattern add-code-edits-medicare-effective-MMDDYYYY.zip (a 06012026 file is referenced ' +
      'elsewhere); confirm on the landing page. If CMS dated it differently, correct the URL; the checksum still protects.',
  }),
  release({
    id: 'ncci-mue-practitioner-2026q2',
    source: 'ncci',
    release: '2026Q2',
    title: 'Medicare NCCI MUE table, practitioner services, 2026 Q2 (effective 2026-04-01)',
    publisher: 'CMS',
    url: 'https://www.cms.gov/files/zip/medicare-ncci-2026-q2-practitioner-services-mue-table.zip',
    urlConfidence: 'corroborated',
    landingPage: `${CMS_NCCI}/medicare-ncci-medically-unlikely-edits`,
    archive: { name: 'medicare-ncci-2026-q2-practitioner-services-mue-table.zip', sha256: null, size: null },
    members: [
      unknown('MCR_MUE_PractitionerServices_Eff_04-01-2026.csv'),
      unknown('MCR_MUE_PractitionerServices_Eff_04-01-2026.xlsx', true),
    ],
    licence: 'ama-cpt',
  }),
  release({
    id: 'ncci-mue-outpatient-hospital-2026q2',
    source: 'ncci',
    release: '2026Q2',
    title: 'Medicare NCCI MUE table, facility outpatient hospital services, 2026 Q2',
    publisher: 'CMS',
    url: 'https://www.cms.gov/files/zip/medicare-ncci-2026-q2-facility-outpatient-hospital-services-mue-table.zip',
    urlConfidence: 'corroborated',
    landingPage: `${CMS_NCCI}/medicare-ncci-medically-unlikely-edits`,
    archive: {
      name: 'medicare-ncci-2026-q2-facility-outpatient-hospital-services-mue-table.zip',
      sha256: null,
      size: null,
    },
    members: [unknown('MCR_MUE_OutpatientHospitalServices_Eff_04-01-2026.csv')],
    licence: 'ama-cpt',
  }),
  release({
    id: 'ncci-mue-dme-2026q2',
    source: 'ncci',
    release: '2026Q2',
    title: 'Medicare NCCI MUE table, DME supplier services, 2026 Q2',
    publisher: 'CMS',
    url: 'https://www.cms.gov/files/zip/medicare-ncci-2026-q2-dme-supplier-services-mue-table.zip',
    urlConfidence: 'corroborated',
    landingPage: `${CMS_NCCI}/medicare-ncci-medically-unlikely-edits`,
    archive: { name: 'medicare-ncci-2026-q2-dme-supplier-services-mue-table.zip', sha256: null, size: null },
    members: [unknown('MCR_MUE_DMESupplierServices_Eff_04-01-2026.csv')],
    licence: 'ama-cpt',
  }),
  release({
    id: 'pfs-rvu26c',
    source: 'pfs',
    release: '2026-rvu26c',
    title: 'Medicare PFS relative value files RVU26C (July 2026) with GPCIs',
    publisher: 'CMS',
    url: 'https://www.cms.gov/files/zip/rvu26c-updated-06-30-2026.zip',
    urlConfidence: 'corroborated',
    landingPage: `${CMS_PFS}/rvu26c`,
    archive: { name: 'rvu26c-updated-06-30-2026.zip', sha256: null, size: null },
    members: [
      {
        name: 'PPRRVU2026_Jul_nonQPP.csv',
        sha256: MANIFEST.pprrvu2026JulOriginal,
        note: 'MANIFEST.md original-blob sha256; an unrelated project recorded the same value from the CMS zip',
      },
      {
        name: 'GPCI2026.csv',
        sha256: MANIFEST.gpci2026,
        alsoAccept: ['7850e2987d12e46930e49033f96829b5ae11f60dd1f19965329b38cf08b05264'],
        note:
          'Sources disagree: MANIFEST.md gives 2a70b4…, another project recorded 7850e2… from the CMS zip; ' +
          'either is accepted until one is confirmed',
      },
    ],
    licence: 'ama-cpt',
    note: 'The unpacked PPRRVU files carry CPT descriptors (AMA), unlike the blanked staged copy.',
  }),
  release({
    id: 'pfs-rvu25a-anes-locco',
    source: 'pfs',
    release: '2025-rvu25a',
    title: 'Medicare PFS RVU25A: anesthesia conversion factors (ANES2025) and locality-county crosswalk (25LOCCO)',
    publisher: 'CMS',
    // The slashes are part of CMS's address ("updated-01/10/2025"), hence the explicit archive name.
    url: 'https://www.cms.gov/files/zip/rvu25a-updated-01/10/2025.zip',
    urlConfidence: 'corroborated',
    landingPage: `${CMS_PFS}/rvu25a`,
    archive: { name: 'rvu25a-updated-01-10-2025.zip', sha256: null, size: null },
    members: [
      unknown('ANES2025.csv'),
      unknown('25LOCCO.csv'),
      unknown('ANES2025.txt', true),
      unknown('ANES2025.xlsx', true),
      unknown('25LOCCO.txt', true),
      unknown('25LOCCO.xlsx', true),
      unknown('RVU25A.pdf', true),
    ],
    // Only ANES/LOCCO are wanted: the 2025 RVUs themselves are superseded by RVU26C.
    extract: 'expected-only',
    licence: 'ama-cpt',
  }),
];

/** The releases whose id, source or `source/release` is in `only` (all when `only` is empty). */
export function selectReleases(releases: readonly ReleaseDownload[], only?: readonly string[]): ReleaseDownload[] {
  if (!only || only.length === 0) return [...releases];
  const wanted = new Set(only);
  return releases.filter((r) => wanted.has(r.id) || wanted.has(r.source) || wanted.has(r.target));
}
