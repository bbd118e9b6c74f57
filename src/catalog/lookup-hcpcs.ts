// The whole official record of a HCPCS Level II code or modifier, as a coder reads it: each field of the CMS
// contractor record with its value(s) and what each value means. Meanings are read from the record layout CMS
// publishes with the release (HCPCnnnn_recordlayout.txt: the "CODES" lists and the appendix tables BETOS_TB and
// CMS_TYPE_SRVC_TB); processing note numbers get their text from the release's proc_notes file. When the
// release has no layout (the October 2020 quarterly file came without one) or its layout gives no meaning for a
// value, the meaning is taken from the newest other loaded layout that gives it, and labelled with that file;
// what no loaded file gives is said, never guessed.
import type { HcpcsRecord, LayoutField, LayoutValue } from '../codesets/hcpcs/index.js';
import type { Catalog } from './catalog.js';
import type { HcpcsFullRecord, HcpcsRecordField } from './lookup-types.js';
import type { HcpcsReferenceLayer, ReleaseInfo } from './model.js';

type RecordKey = Exclude<keyof HcpcsRecord, 'code' | 'kind' | 'longDescription' | 'shortDescription' | 'line'>;

/**
 * The record's fields in the layout's order, each with the SAS alias the layout names it by (the alias is what
 * ties a property of the parsed record to its definition in the layout) and a short label for pages.
 */
const RECORD_FIELDS: readonly { key: RecordKey; alias: string; label: string }[] = [
  { key: 'pricing', alias: 'PRCNGCD', label: 'Pricing indicator' },
  { key: 'multiplePricing', alias: 'MULTCD', label: 'Multiple pricing indicator' },
  { key: 'cim', alias: 'CIM', label: 'Coverage Issues Manual reference' },
  { key: 'mcm', alias: 'MCM', label: 'Medicare Carriers Manual reference' },
  { key: 'statute', alias: 'STATUTE', label: 'Statute' },
  { key: 'labCertification', alias: 'LABCERT', label: 'Lab certification' },
  { key: 'crossReference', alias: 'XREF', label: 'Cross-reference' },
  { key: 'coverage', alias: 'CVRG_CD', label: 'Coverage' },
  { key: 'ascGroup', alias: 'ASCIND', label: 'ASC payment group' },
  { key: 'ascEffectiveDate', alias: 'ASCGRP', label: 'ASC payment group effective' },
  { key: 'processingNote', alias: 'PROCNOTE', label: 'Processing note' },
  { key: 'betos', alias: 'BETOS', label: 'BETOS' },
  { key: 'typeOfService', alias: 'TYPESRVC', label: 'Type of service' },
  { key: 'anesthesiaUnits', alias: 'BASEUNIT', label: 'Anesthesia base units' },
  { key: 'addDate', alias: 'ADD_DT', label: 'Added' },
  { key: 'actionEffectiveDate', alias: 'EFCTV_DT', label: 'Action effective' },
  { key: 'terminationDate', alias: 'TERM_DT', label: 'Terminated' },
  { key: 'actionCode', alias: 'ACTN_CD', label: 'Action' },
];

interface LayoutSource {
  release: ReleaseInfo;
  file: string;
  fields: Map<string, LayoutField>;
  tables: Map<string, LayoutValue[]>;
}

const layoutSources = new WeakMap<object, LayoutSource>();

function layoutSource(release: ReleaseInfo, ref: HcpcsReferenceLayer): LayoutSource | undefined {
  if (!ref.layout) return undefined;
  let s = layoutSources.get(ref.layout);
  if (!s) {
    const { layout, sourceFile } = ref.layout;
    s = {
      release,
      file: sourceFile,
      fields: new Map(layout.fields.filter((f) => f.alias).map((f) => [f.alias as string, f])),
      tables: new Map(layout.tables.map((t) => [t.name, t.values])),
    };
    layoutSources.set(ref.layout, s);
  }
  return s;
}

function reference(catalog: Catalog, release: ReleaseInfo): HcpcsReferenceLayer | undefined {
  return release.layers.includes('hcpcs-reference') ? catalog.layer(release, 'hcpcs-reference') : undefined;
}

/** The release's own layout first, then the other loaded layouts, newest first. */
function layoutsFor(catalog: Catalog, release: ReleaseInfo): LayoutSource[] {
  const others = catalog
    .releasesWith('hcpcs', 'hcpcs-reference')
    .filter((r) => r.id !== release.id)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  const out: LayoutSource[] = [];
  for (const r of [release, ...others]) {
    const ref = reference(catalog, r);
    const s = ref ? layoutSource(r, ref) : undefined;
    if (s) out.push(s);
  }
  return out;
}

function valuesOf(rec: HcpcsRecord, key: RecordKey): string[] {
  const v = rec[key];
  if (Array.isArray(v)) return v.filter((x) => x !== '');
  return typeof v === 'string' && v.trim() !== '' ? [v] : [];
}

function meaningIn(source: LayoutSource, alias: string, value: string): LayoutValue | undefined {
  const field = source.fields.get(alias);
  if (!field) return undefined;
  const list = field.codeTable ? source.tables.get(field.codeTable) : field.values;
  return list?.find((v) => v.value === value);
}

/** The full record of a code or modifier of a HCPCS release, with meanings and processing-note texts. */
export function hcpcsFullRecord(
  catalog: Catalog,
  release: ReleaseInfo,
  rec: HcpcsRecord,
  file: string,
): HcpcsFullRecord {
  const layouts = layoutsFor(catalog, release);
  const own = reference(catalog, release);
  const notes = own?.procNotes;
  const missing: string[] = [];
  if (!own?.layout)
    missing.push(
      layouts[0]
        ? `No record layout was loaded with ${release.title}; the meanings below are from ${layouts[0].file}.`
        : `No HCPCS record layout is loaded, so the coded values are shown without their meanings. Add CMS's record layout file (HCPCnnnn_recordlayout.txt) beside the ANWEB file and run codedesk import.`,
    );
  const fields: HcpcsRecordField[] = [];
  for (const f of RECORD_FIELDS) {
    const values = valuesOf(rec, f.key);
    if (values.length === 0) continue;
    const definition = layouts.map((l) => l.fields.get(f.alias)).find(Boolean);
    const field: HcpcsRecordField = {
      field: f.key,
      label: f.label,
      ...(definition ? { layoutTitle: definition.title, description: definition.description } : {}),
      values: values.map((value) => {
        if (f.key === 'processingNote') {
          const note = notes?.notes.find((n) => n.number === value);
          return { value, meaning: note?.text ?? null, ...(note ? { from: notes?.sourceFile } : {}) };
        }
        for (const l of layouts) {
          const m = meaningIn(l, f.alias, value);
          if (m) return { value, meaning: m.meaning, ...(m.group ? { group: m.group } : {}), from: l.file };
        }
        return { value, meaning: null };
      }),
    };
    fields.push(field);
  }
  if (rec.processingNote?.trim()) {
    if (!notes)
      missing.push(
        `The processing notes file (proc_notes) of ${release.title} is not loaded, so note ${rec.processingNote} is shown by number only.`,
      );
    else if (!notes.notes.some((n) => n.number === rec.processingNote))
      missing.push(`Processing note ${rec.processingNote} is not in ${notes.sourceFile}.`);
  }
  return {
    release: release.id,
    kind: rec.kind,
    longDescription: rec.longDescription,
    shortDescription: rec.shortDescription,
    fields,
    sources: {
      record: { file, line: rec.line },
      layout: own?.layout?.sourceFile ?? null,
      procNotes: notes?.sourceFile ?? null,
    },
    missing,
  };
}
