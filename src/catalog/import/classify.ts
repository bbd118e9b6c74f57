// Recognises which official file a file is, and which release it belongs to, from its name and its first
// bytes. Anything not recognised is reported as skipped with the reason, never silently ignored.
import { isRbcsHeader } from '../../codesets/rbcs/index.js';
import type { ReleaseLabel, SourceId } from '../releases.js';
import { monthNumber } from '../releases.js';
import type { SourceFile } from './discover.js';

export type FileKind =
  | 'cm-tabular'
  | 'cm-index'
  | 'cm-order'
  | 'cm-codes'
  | 'cm-conversion'
  | 'pcs-tables'
  | 'pcs-definitions'
  | 'pcs-index'
  | 'pcs-order'
  | 'cm-addenda'
  | 'pcs-addenda'
  | 'hcpcs-txt'
  | 'hcpcs-xlsx'
  | 'hcpcs-layout'
  | 'hcpcs-proc-notes'
  | 'pfs-rvu'
  | 'cpt-licensed'
  | 'pfs-gpci'
  | 'pfs-anes'
  | 'pfs-locco'
  | 'ncci-aoc'
  | 'ncci-mue'
  | 'ncci-ptp'
  | 'gem'
  | 'mce-definitions'
  | 'mce-simple'
  | 'mcd-lab-ncd'
  | 'rbcs';

export const FILE_KIND_SYSTEM: Record<FileKind, SourceId> = {
  'cm-tabular': 'icd10cm',
  'cm-index': 'icd10cm',
  'cm-order': 'icd10cm',
  'cm-codes': 'icd10cm',
  'cm-conversion': 'icd10cm',
  'pcs-tables': 'icd10pcs',
  'pcs-definitions': 'icd10pcs',
  'pcs-index': 'icd10pcs',
  'pcs-order': 'icd10pcs',
  'cm-addenda': 'icd10cm',
  'pcs-addenda': 'icd10pcs',
  'hcpcs-txt': 'hcpcs',
  'hcpcs-xlsx': 'hcpcs',
  'hcpcs-layout': 'hcpcs',
  'hcpcs-proc-notes': 'hcpcs',
  'pfs-rvu': 'cpt',
  'cpt-licensed': 'cpt',
  'pfs-gpci': 'pfs',
  'pfs-anes': 'pfs',
  'pfs-locco': 'pfs',
  'ncci-aoc': 'ncci',
  'ncci-mue': 'ncci',
  'ncci-ptp': 'ncci',
  gem: 'gems',
  'mce-definitions': 'mce',
  'mce-simple': 'mce',
  'mcd-lab-ncd': 'mcd',
  rbcs: 'rbcs',
};

export type Classification =
  | { recognized: true; kind: FileKind; system: SourceId; label: ReleaseLabel }
  | { recognized: false; reason: string };

const XML_ROOTS: Record<string, FileKind> = {
  'ICD10CM.tabular': 'cm-tabular',
  'ICD10CM.index': 'cm-index',
  'ICD10PCS.tabular': 'pcs-tables',
  'ICD10PCS.definitions': 'pcs-definitions',
  'ICD10PCS.index': 'pcs-index',
};

/** Files we know and deliberately do not read (documentation, layouts, change lists). */
const DOCUMENTATION =
  /(readme|record_?layout|recordlayout|addenda|proc_notes|transaction|corrections|noc codes|guidelines)/i;

function extension(name: string): string {
  const i = name.lastIndexOf('.');
  return i < 0 ? '' : name.slice(i + 1).toLowerCase();
}

/** "April-1-2026", "Jan-2021", "JAN" + year … -> an update month; a bare 4-digit year otherwise. */
export function labelFromName(name: string, folder: string): ReleaseLabel | undefined {
  const monthYear =
    /(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[-_ ]?(?:\d{1,2}[-_ ])?(\d{4})/i.exec(
      name,
    );
  if (monthYear?.[1] && monthYear[2]) {
    const month = monthNumber(monthYear[1]);
    if (month) return { year: Number(monthYear[2]), month };
  }
  const year = /(?:^|[^\d])(20\d{2})(?:[^\d]|$)/.exec(name);
  if (year?.[1]) return { year: Number(year[1]) };
  return labelFromFolder(folder);
}

/** Folder names: "2026", "2026-01", "2026Q2" (quarter 2 = April), "2016-pcs" (a year and a note). */
export function labelFromFolder(folder: string): ReleaseLabel | undefined {
  const quarter = /^(\d{4})Q([1-4])$/i.exec(folder);
  if (quarter) return { year: Number(quarter[1]), month: (Number(quarter[2]) - 1) * 3 + 1 };
  const m = /^(\d{4})(?:-(\d{2}))?(?:$|-[a-z])/i.exec(folder);
  if (!m) return undefined;
  return m[2] ? { year: Number(m[1]), month: Number(m[2]) } : { year: Number(m[1]) };
}

/** NCCI versions count years from 1994 and quarters from 0: v32.1 (file "…v321…") is April 2026. */
function ncciVersionLabel(name: string): ReleaseLabel | undefined {
  const m = /v(\d{2})(\d)r?\d*/i.exec(name);
  if (!m) return undefined;
  const quarter = Number(m[2]);
  return quarter <= 3 ? { year: 1994 + Number(m[1]), month: quarter * 3 + 1 } : undefined;
}

/** "V2026Q2" in NCCI add-on file names; "Eff_04-01-2026" in MUE file names. */
function ncciLabel(name: string, folder: string): ReleaseLabel | undefined {
  const q = /(\d{4})Q([1-4])/i.exec(name);
  if (q) return { year: Number(q[1]), month: (Number(q[2]) - 1) * 3 + 1 };
  const eff = /Eff_(\d{2})-(\d{2})-(\d{4})/i.exec(name);
  if (eff) return { year: Number(eff[3]), month: Number(eff[1]) };
  return labelFromFolder(folder) ?? ncciVersionLabel(name);
}

/** MCE versions: v37 is FY2020 (version - 1983); a ".1" is the April update. */
function mceLabel(name: string, folder: string): ReleaseLabel | undefined {
  const m = /v_?(\d{2})(?:[._](\d))?/i.exec(name) ?? /v_?(\d{2})(?:[._](\d))?/i.exec(folder);
  if (!m) return undefined;
  const fy = 1983 + Number(m[1]);
  return m[2] && m[2] !== '0' ? { year: fy, month: 4 } : { year: fy };
}

/** Lab NCD spreadsheets are named by release "YYYYQ00" ("2026100": 2026, quarter 1). */
function labNcdLabel(name: string, folder: string): ReleaseLabel | undefined {
  const m =
    /(?:^|[^\d])(\d{4})([1-4])00(?:[^\d]|$)/.exec(name) ?? /(?:^|[^\d])(\d{4})([1-4])00(?:[^\d]|$)/.exec(folder);
  if (!m) return undefined;
  return { year: Number(m[1]), month: (Number(m[2]) - 1) * 3 + 1 };
}

/** HCPCS file names: HCPC2026_JAN_ANWEB…, HCPC2019_CONTR_ANWEB… (annual); otherwise the folder ("2020-10"). */
function hcpcsLabel(name: string, folder: string): ReleaseLabel | undefined {
  const q = /HCPC(\d{4})_(JAN|APR|JUL|OCT)/i.exec(name);
  if (q?.[1] && q[2]) return { year: Number(q[1]), month: monthNumber(q[2]) ?? 1 };
  const annual = /HCPC(\d{4})_CONTR/i.exec(name);
  if (annual?.[1]) return { year: Number(annual[1]) };
  return labelFromFolder(folder);
}

/**
 * The HCPCS record layout (the meaning of each coded value) and the processing notes (the text of each note
 * number) are read beside the ANWEB file of their release. Their names carry no quarter in 2026
 * ("HCPC2026_recordlayout.txt"), so the folder names the release first.
 */
function classifyHcpcsReference(name: string, folder: string, ext: string): Classification | undefined {
  if (ext !== 'txt') return undefined;
  const label = labelFromFolder(folder) ?? labelFromName(name, folder);
  if (/hcpc/i.test(name) && /record_?layout/i.test(name))
    return recognized('hcpcs-layout', label, 'HCPCS record layout');
  if (/^proc_?notes/i.test(name)) return recognized('hcpcs-proc-notes', label, 'HCPCS processing notes');
  return undefined;
}

/**
 * ICD-10 addenda (icd10cm_order_addenda_2026.txt, icd10cm_codes_addenda_2026.txt, order_addenda_2026.txt in the
 * PCS folder): by their first line's action and the path they sit in, since the PCS file's name says neither
 * "pcs" nor "cm".
 */
function classifyAddenda(file: SourceFile, ext: string, head: string): Classification | undefined {
  if (ext !== 'txt' || !/addenda/i.test(file.name) || !/^(Add|Delete|Revise from|Revise to):/.test(head))
    return undefined;
  const label = labelFromName(file.name, file.folder);
  // the path names the system ("icd10pcs/2026/order_addenda_2026.txt"): a code alone cannot (H401131 reads as both)
  if (/pcs/i.test(file.displayPath)) return recognized('pcs-addenda', label, 'ICD-10-PCS addenda');
  return recognized('cm-addenda', label, 'ICD-10-CM addenda');
}

/** PFS RVU file names: PPRRVU2026_Jul_nonQPP.csv, PPRRVU25_JAN.csv. */
function pfsLabel(name: string, folder: string): ReleaseLabel | undefined {
  const m = /PPRRVU(\d{2}|\d{4})_?(jan|apr|jul|oct)/i.exec(name);
  if (m?.[1] && m[2]) {
    const year = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
    return { year, month: monthNumber(m[2]) ?? 1 };
  }
  return labelFromFolder(folder);
}

function xmlRoot(head: string): { root?: string; version?: string } {
  const root = /<([A-Za-z0-9_.]+)[\s>]/.exec(head.replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, ''))?.[1];
  const version = /<version>\s*(\d{4})\s*<\/version>/.exec(head)?.[1];
  return { root, version };
}

const CPT_LICENSED_HEADER = 'code\tshort_description\tlong_description';

export function classifyFile(file: SourceFile, rawHead: string): Classification {
  const { name, folder } = file;
  // a UTF-8 byte-order mark (read here as Latin-1 characters) must not hide a header
  const head = rawHead.replace(/^(\uFEFF|\u00EF\u00BB\u00BF)/, '');
  const ext = extension(name);
  if (!['xml', 'txt', 'csv', 'tsv', 'xlsx'].includes(ext))
    return { recognized: false, reason: `not a data file (.${ext})` };

  if (ext === 'xml') {
    const { root, version } = xmlRoot(head);
    const kind = root ? XML_ROOTS[root] : undefined;
    if (!kind)
      return { recognized: false, reason: root ? `XML root <${root}> is not an ICD-10 file` : 'no XML root element' };
    const fromName = labelFromName(name, folder);
    // A month in the name marks a mid-year update of the fiscal year the <version> names.
    const label: ReleaseLabel | undefined =
      fromName?.month !== undefined ? fromName : version ? { year: Number(version) } : fromName;
    if (!label) return { recognized: false, reason: 'no <version> and no year in the name' };
    return { recognized: true, kind, system: FILE_KIND_SYSTEM[kind], label };
  }

  if (ext === 'tsv' || (ext === 'txt' && head.startsWith(CPT_LICENSED_HEADER))) {
    if (!head.startsWith(CPT_LICENSED_HEADER))
      return { recognized: false, reason: 'a .tsv file without the licensed CPT header' };
    const label = labelFromName(name, folder) ?? { year: new Date().getUTCFullYear() };
    return { recognized: true, kind: 'cpt-licensed', system: 'cpt', label };
  }

  const hcpcsReference = classifyHcpcsReference(name, folder, ext);
  if (hcpcsReference) return hcpcsReference;

  const addenda = classifyAddenda(file, ext, head);
  if (addenda) return addenda;

  if (DOCUMENTATION.test(name)) return { recognized: false, reason: 'documentation or change list, not read' };

  if (ext === 'xlsx' && /conversion/i.test(name) && /icd-?10-?cm/i.test(name)) {
    const label = labelFromName(name, folder);
    if (!label) return { recognized: false, reason: 'conversion table without a year' };
    return { recognized: true, kind: 'cm-conversion', system: 'icd10cm', label };
  }

  if (/anweb/i.test(name)) {
    const label = hcpcsLabel(name, folder);
    if (!label) return { recognized: false, reason: 'HCPCS file without a year in its name or folder' };
    const kind: FileKind = ext === 'xlsx' ? 'hcpcs-xlsx' : 'hcpcs-txt';
    return ext === 'xlsx' || ext === 'txt'
      ? { recognized: true, kind, system: 'hcpcs', label }
      : { recognized: false, reason: 'HCPCS file in an unknown form' };
  }

  // RBCS by its header (CMS's data.cms.gov exports are not named alike); the release year from the name or folder
  if (ext === 'csv' && (isRbcsHeader(head) || /rbcs/i.test(name)))
    return recognized('rbcs', labelFromName(name, folder), 'RBCS file');

  if (ext === 'csv' && /^PPRRVU/i.test(name)) {
    const label = pfsLabel(name, folder);
    if (!label) return { recognized: false, reason: 'PFS RVU file without a year' };
    return { recognized: true, kind: 'pfs-rvu', system: 'cpt', label };
  }

  const medicare = classifyMedicare(name, folder, ext);
  if (medicare) return medicare;

  if (ext === 'txt') {
    const isPcs = /pcs/i.test(name);
    const isCm = /icd10cm|icd-10-cm|\bcm\b/i.test(name) || (!isPcs && /icd10/i.test(name));
    const label = labelFromName(name, folder);
    if (/order/i.test(name) && /^\d{5} [A-Z0-9]{3,7}\s+[01] /.test(head)) {
      if (!label) return { recognized: false, reason: 'order file without a year' };
      if (isPcs) return { recognized: true, kind: 'pcs-order', system: 'icd10pcs', label };
      if (isCm) return { recognized: true, kind: 'cm-order', system: 'icd10cm', label };
    }
    if (/codes/i.test(name) && isCm && /^[A-Z][0-9][0-9A-Z]{1,5}\s+\S/.test(head)) {
      if (!label) return { recognized: false, reason: 'codes file without a year' };
      return { recognized: true, kind: 'cm-codes', system: 'icd10cm', label };
    }
  }
  return { recognized: false, reason: 'not a code-set file this version of CodeDesk reads' };
}

function recognized(kind: FileKind, label: ReleaseLabel | undefined, what: string): Classification {
  if (!label) return { recognized: false, reason: `${what} without a recognisable release in its name or folder` };
  return { recognized: true, kind, system: FILE_KIND_SYSTEM[kind], label };
}

/** The Medicare data files: fee schedule, NCCI, GEMs, MCE and lab NCDs. */
function classifyMedicare(name: string, folder: string, ext: string): Classification | undefined {
  if (ext === 'csv' && /^GPCI/i.test(name)) return recognized('pfs-gpci', labelFromName(name, folder), 'GPCI file');
  if (/^ANES/i.test(name)) {
    if (ext !== 'csv') return { recognized: false, reason: 'same data as the ANES .csv beside it, which is read' };
    return recognized(
      'pfs-anes',
      labelFromName(name, folder) ?? twoDigitYear(name),
      'anesthesia conversion factor file',
    );
  }
  if (/LOCCO/i.test(name)) {
    if (ext !== 'csv') return { recognized: false, reason: 'same data as the LOCCO .csv beside it, which is read' };
    return recognized('pfs-locco', labelFromName(name, folder) ?? twoDigitYear(name), 'locality/county file');
  }
  if (ext === 'xlsx' && /^AOC_/i.test(name)) return recognized('ncci-aoc', ncciLabel(name, folder), 'add-on code file');
  if ((ext === 'csv' || ext === 'xlsx') && /MUE/i.test(name))
    return recognized('ncci-mue', ncciLabel(name, folder), 'MUE file');
  if ((ext === 'txt' || ext === 'xlsx') && /^(ccipra|ccioph|cci_?pra|cci_?oph)|ptp/i.test(name)) {
    return recognized('ncci-ptp', ncciVersionLabel(name) ?? ncciLabel(name, folder), 'PTP file');
  }
  if (ext === 'txt' && /gem/i.test(name) && !/guide|techdoc/i.test(name))
    return recognized('gem', labelFromName(name, folder), 'GEM file');
  if (ext === 'txt' && /definitions of medicare code edits/i.test(name)) {
    return recognized('mce-definitions', mceLabel(name, folder), 'MCE definitions');
  }
  if (ext === 'txt' && /^MCE_.*v\d+/i.test(name))
    return recognized('mce-simple', mceLabel(name, folder), 'MCE code list');
  if (ext === 'xlsx' && /NCD/i.test(name)) {
    if (/-508\.xlsx$/i.test(name))
      return {
        recognized: false,
        reason: 'accessible (Section 508) twin of the lab NCD spreadsheet beside it, which is read',
      };
    return recognized('mcd-lab-ncd', labNcdLabel(name, folder), 'lab NCD spreadsheet');
  }
  return undefined;
}

/** "25LOCCO", "ANES25": a two-digit year. */
function twoDigitYear(name: string): ReleaseLabel | undefined {
  const m = /(?:^|[^\d])(\d{2})(?:[^\d]|$)/.exec(name) ?? /^(\d{2})/.exec(name);
  return m ? { year: 2000 + Number(m[1]) } : undefined;
}
