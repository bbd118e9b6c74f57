// Recognises which official file a file is, and which release it belongs to, from its name and its first
// bytes. Anything not recognised is reported as skipped with the reason, never silently ignored.
import type { CodeSystem, ReleaseLabel } from '../releases.js';
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
  | 'hcpcs-txt'
  | 'hcpcs-xlsx'
  | 'pfs-rvu'
  | 'cpt-licensed';

export const FILE_KIND_SYSTEM: Record<FileKind, CodeSystem> = {
  'cm-tabular': 'icd10cm',
  'cm-index': 'icd10cm',
  'cm-order': 'icd10cm',
  'cm-codes': 'icd10cm',
  'cm-conversion': 'icd10cm',
  'pcs-tables': 'icd10pcs',
  'pcs-definitions': 'icd10pcs',
  'pcs-index': 'icd10pcs',
  'pcs-order': 'icd10pcs',
  'hcpcs-txt': 'hcpcs',
  'hcpcs-xlsx': 'hcpcs',
  'pfs-rvu': 'cpt',
  'cpt-licensed': 'cpt',
};

export type Classification =
  | { recognized: true; kind: FileKind; system: CodeSystem; label: ReleaseLabel }
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

export function labelFromFolder(folder: string): ReleaseLabel | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(folder);
  if (!m) return undefined;
  return m[2] ? { year: Number(m[1]), month: Number(m[2]) } : { year: Number(m[1]) };
}

/** HCPCS file names: HCPC2026_JAN_ANWEB…, HCPC2019_CONTR_ANWEB… (annual); otherwise the folder ("2020-10"). */
function hcpcsLabel(name: string, folder: string): ReleaseLabel | undefined {
  const q = /HCPC(\d{4})_(JAN|APR|JUL|OCT)/i.exec(name);
  if (q?.[1] && q[2]) return { year: Number(q[1]), month: monthNumber(q[2]) ?? 1 };
  const annual = /HCPC(\d{4})_CONTR/i.exec(name);
  if (annual?.[1]) return { year: Number(annual[1]) };
  return labelFromFolder(folder);
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

  if (ext === 'csv' && /^PPRRVU/i.test(name)) {
    const label = pfsLabel(name, folder);
    if (!label) return { recognized: false, reason: 'PFS RVU file without a year' };
    return { recognized: true, kind: 'pfs-rvu', system: 'cpt', label };
  }

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
