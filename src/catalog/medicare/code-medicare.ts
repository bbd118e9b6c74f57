// The Medicare data joined onto one CPT or HCPCS code for `codedesk lookup`: national RVUs and indicators with
// their meanings, add-on code edits, MUEs by service type and PTP edits — each with its release, or a plain
// statement that the data is not loaded (never a silence that reads as "no edit").
// the rules module, not the index: the index also loads the xlsx parsers, which start-up must not pay for
import { addOnEditInForce, MUE_ADJUDICATION_EXPLANATIONS, ptpEditInForce } from '../../codesets/ncci/edit-rules.js';
import type { MueRow, MueServiceType, PtpEdit, PtpSetting } from '../../codesets/ncci/index.js';
import {
  computePayment,
  describeIndicators,
  type GpciRow,
  type RowIndicatorDescriptions,
} from '../../codesets/pfs/index.js';
import type { Catalog } from '../catalog.js';
import { codeKey } from '../code-key.js';
import type { LayerKind, NcciPtpLayer } from '../model.js';
import type { SourceId } from '../releases.js';
import { aocEditsOf, pushTo } from './aoc-index.js';
import { type CodeFileDates, codeFileDates } from './code-dates.js';
import { rvuRowsFor } from './fee.js';
import { staleWarnings } from './stale.js';

export interface PaymentRowSummary {
  modifier: string;
  rvus: {
    work: number;
    peNonFacility: number;
    peNonFacilityNa: boolean;
    peFacility: number;
    peFacilityNa: boolean;
    mp: number;
  };
  totals: { nonFacility: number; facility: number };
  /** RVU totals × conversion factor with every GPCI at 1.000, as the file's national figures */
  nationalAmounts: { nonFacility: number | null; facility: number | null; reasons: string[] };
  indicators: RowIndicatorDescriptions;
  /** the global surgical package split: shares of pre-, intra- and postoperative care (fractions; 0 where none) */
  globalSplit: { preOp: number; intraOp: number; postOp: number };
  /** the file marks the RVUs as not used for Medicare payment ("+") */
  notUsedForMedicare: boolean;
  /** the endoscopic base code, for multiple procedure indicator 3 ('' otherwise) */
  endoscopicBase: string;
  line: number;
}

export interface CodeMedicare {
  payment:
    | { release: string; file: string; conversionFactor: number | undefined; rows: PaymentRowSummary[] }
    | { notLoaded: string }
    | null;
  addOn:
    | {
        isAddOn: boolean;
        /** the edit type in force (1, 2 or 3), null for a code that is not an add-on code */
        type: number | null;
        typeMeaning: string | null;
        /** every type in force, for the few add-on codes listed under two types */
        types: number[];
        primaries: string[];
        contractorDefinedPrimaries: boolean;
        /** add-on codes for which this code is a listed primary */
        primaryFor: string[];
        release: string;
        asOf: string;
      }
    | { notLoaded: string };
  mue: Partial<
    Record<
      'practitioner' | 'outpatientHospital' | 'dmeSupplier',
      {
        value: number;
        indicator: number;
        meaning: string;
        /** what the indicator means for a claim (NCCI Policy Manual, ch. I sec. V) */
        explanation: string;
        rationale: string;
        release: string;
        line: number;
      }
    >
  > & {
    notLoaded?: string;
  };
  ptp:
    | { loaded: false; message: string }
    | { loaded: true; asOf: string; settings: Partial<Record<PtpSetting, PtpSummary>> };
  /** clinical laboratory NCDs that list this code among their CPT/HCPCS codes (absent when no NCD file is loaded) */
  labNcds?: {
    ncd: string;
    title: string;
    release: string;
    /** the code's own dates in the NCD's list, when the sheet gives them (YYYY-MM-DD) */
    effective?: string;
    termination?: string;
    /** marked as changed in this release of the spreadsheet */
    changed?: boolean;
    file?: string;
    line?: number;
  }[];
  /** set when no clinical laboratory NCD spreadsheet is loaded: says so in words */
  labNcdsNotLoaded?: string;
  /** the dates the loaded files give for this code: "new in / changed in" as the files state it */
  fileDates?: CodeFileDates;
  /** sources with no release covering the date of service (their nearest release is used) */
  warnings: string[];
}

const CODE_SOURCES: readonly [SourceId, LayerKind][] = [
  ['pfs', 'pfs-rvu'],
  ['ncci', 'ncci-aoc'],
  ['ncci', 'ncci-mue-practitioner'],
  ['ncci', 'ncci-mue-outpatient-hospital'],
  ['ncci', 'ncci-mue-dme-supplier'],
  ['ncci', 'ncci-ptp-practitioner'],
  ['ncci', 'ncci-ptp-outpatient-hospital'],
  ['mcd', 'mcd-lab-ncd'],
];

interface PtpSummary {
  release: string;
  asColumn1: number;
  asColumn2: number;
  pairs: {
    column1: string;
    column2: string;
    modifierIndicator: number;
    modifierMeaning: string;
    effectiveDate: string;
    deletionDate?: string;
  }[];
}

const NATIONAL: GpciRow = {
  mac: '',
  state: '',
  localityNumber: '',
  localityName: 'national (every GPCI 1.000)',
  footnoteMark: '',
  workGpci: 1,
  peGpci: 1,
  mpGpci: 1,
  id: 'national',
  line: 0,
};

function paymentOf(catalog: Catalog, code: string, date?: string): CodeMedicare['payment'] {
  const pick = catalog.pick('pfs', 'pfs-rvu', date);
  if (!pick) return { notLoaded: 'No fee schedule RVU file is loaded' };
  const layer = catalog.layer(pick.release, 'pfs-rvu');
  const rows = rvuRowsFor(layer, code);
  if (rows.length === 0) return null;
  return {
    release: pick.release.id,
    file: layer.sourceFile,
    conversionFactor: layer.conversionFactor,
    rows: rows.map((r) => ({
      modifier: r.modifier,
      rvus: {
        work: r.workRvu,
        peNonFacility: r.peNonFacilityRvu,
        peNonFacilityNa: r.peNonFacilityNa,
        peFacility: r.peFacilityRvu,
        peFacilityNa: r.peFacilityNa,
        mp: r.mpRvu,
      },
      totals: { nonFacility: r.nonFacilityTotal, facility: r.facilityTotal },
      nationalAmounts: computePayment(r, NATIONAL, r.conversionFactor),
      indicators: describeIndicators(r),
      globalSplit: { preOp: r.preOp, intraOp: r.intraOp, postOp: r.postOp },
      notUsedForMedicare: r.notUsedForMedicare,
      endoscopicBase: r.endoscopicBase,
      line: r.line,
    })),
  };
}

function addOnOf(catalog: Catalog, code: string, date?: string): CodeMedicare['addOn'] {
  const pick = catalog.pick('ncci', 'ncci-aoc', date);
  if (!pick) return { notLoaded: 'No NCCI add-on code edit table is loaded' };
  const edits = aocEditsOf(catalog.layer(pick.release, 'ncci-aoc'), code);
  // Without a date of service, edits in force on the first day of the table's release.
  const asOf = date ?? pick.release.effectiveFrom;
  const own = edits.asAddOn.filter((e) => addOnEditInForce(e, asOf));
  const asPrimary = edits.asPrimary.filter((e) => addOnEditInForce(e, asOf));
  const types = [...new Set(own.map((e) => e.editType))].sort();
  return {
    isAddOn: own.length > 0,
    type: types[0] ?? null,
    typeMeaning: types.length > 0 ? (own.find((e) => e.editType === types[0])?.editTypeMeaning ?? null) : null,
    types,
    primaries: [...new Set(own.flatMap((e) => (e.primaryCode ? [e.primaryCode] : [])))].sort(),
    contractorDefinedPrimaries: own.some((e) => e.primaryIsContractorDefined),
    primaryFor: [...new Set(asPrimary.map((e) => e.addOnCode))].sort(),
    release: pick.release.id,
    asOf,
  };
}

const MUE_FIELDS: [MueServiceType, 'practitioner' | 'outpatientHospital' | 'dmeSupplier'][] = [
  ['practitioner', 'practitioner'],
  ['outpatient-hospital', 'outpatientHospital'],
  ['dme-supplier', 'dmeSupplier'],
];
const mueMaps = new WeakMap<object, Map<string, MueRow>>();

function mueOf(catalog: Catalog, code: string, date?: string): CodeMedicare['mue'] {
  const out: CodeMedicare['mue'] = {};
  let any = false;
  for (const [type, field] of MUE_FIELDS) {
    const pick = catalog.pick('ncci', `ncci-mue-${type}` as LayerKind, date);
    if (!pick) continue;
    any = true;
    const layer = catalog.layer(pick.release, `ncci-mue-${type}` as 'ncci-mue-practitioner');
    let m = mueMaps.get(layer);
    if (!m) {
      m = new Map(layer.rows.map((r) => [r.code, r]));
      mueMaps.set(layer, m);
    }
    const row = m.get(code);
    if (row) {
      out[field] = {
        value: row.mueValue,
        indicator: row.adjudicationIndicator,
        meaning: row.adjudicationMeaning,
        explanation: MUE_ADJUDICATION_EXPLANATIONS[row.adjudicationIndicator],
        rationale: row.rationale,
        release: pick.release.id,
        line: row.line,
      };
    }
  }
  if (!any) out.notLoaded = 'No MUE table is loaded';
  return out;
}

const ptpMaps = new WeakMap<NcciPtpLayer, { col1: Map<string, PtpEdit[]>; col2: Map<string, PtpEdit[]> }>();
const PTP_PAIRS_SHOWN = 20;

function ptpOf(catalog: Catalog, code: string, date?: string): CodeMedicare['ptp'] {
  const settings: Partial<Record<PtpSetting, PtpSummary>> = {};
  let asOf = date ?? '';
  for (const setting of ['practitioner', 'outpatient-hospital'] as PtpSetting[]) {
    const pick = catalog.pick('ncci', `ncci-ptp-${setting}` as LayerKind, date);
    if (!pick) continue;
    const layer = catalog.layer(pick.release, `ncci-ptp-${setting}` as 'ncci-ptp-practitioner');
    let maps = ptpMaps.get(layer);
    if (!maps) {
      maps = { col1: new Map(), col2: new Map() };
      for (const e of layer.edits) {
        pushTo(maps.col1, e.column1, e);
        pushTo(maps.col2, e.column2, e);
      }
      ptpMaps.set(layer, maps);
    }
    asOf = date ?? pick.release.effectiveFrom;
    const as1 = (maps.col1.get(code) ?? []).filter((e) => ptpEditInForce(e, asOf));
    const as2 = (maps.col2.get(code) ?? []).filter((e) => ptpEditInForce(e, asOf));
    settings[setting] = {
      release: pick.release.id,
      asColumn1: as1.length,
      asColumn2: as2.length,
      pairs: [...as1, ...as2].slice(0, PTP_PAIRS_SHOWN).map((e) => ({
        column1: e.column1,
        column2: e.column2,
        modifierIndicator: e.modifierIndicator,
        modifierMeaning: e.modifierMeaning,
        effectiveDate: e.effectiveDate,
        ...(e.deletionDate ? { deletionDate: e.deletionDate } : {}),
      })),
    };
  }
  if (Object.keys(settings).length === 0) {
    return {
      loaded: false,
      message: 'PTP edits not loaded: no NCCI procedure-to-procedure table is in the code-set folder',
    };
  }
  return { loaded: true, asOf, settings };
}

export function codeMedicare(catalog: Catalog, rawCode: string, date?: string): CodeMedicare {
  const code = codeKey(rawCode);
  const out: CodeMedicare = {
    payment: paymentOf(catalog, code, date),
    addOn: addOnOf(catalog, code, date),
    mue: mueOf(catalog, code, date),
    ptp: ptpOf(catalog, code, date),
    warnings: staleWarnings(catalog, CODE_SOURCES, date),
  };
  const ncdPick = catalog.pick('mcd', 'mcd-lab-ncd', date);
  if (ncdPick) {
    const layer = catalog.layer(ncdPick.release, 'mcd-lab-ncd');
    out.labNcds = layer.ncds.flatMap((n) =>
      n.hcpcs
        .filter((h) => h.code === code)
        .map((h) => ({
          ncd: n.ncd,
          title: n.title,
          release: ncdPick.release.id,
          ...(h.effective ? { effective: h.effective } : {}),
          ...(h.termination ? { termination: h.termination } : {}),
          changed: h.changed,
          file: layer.sourceFile,
          line: h.line,
        })),
    );
  } else {
    out.labNcdsNotLoaded =
      'No clinical laboratory NCD spreadsheet is loaded, so the lab NCDs that list this code cannot be shown';
  }
  out.fileDates = codeFileDates(catalog, code, date);
  return out;
}
