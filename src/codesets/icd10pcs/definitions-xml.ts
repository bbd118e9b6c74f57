// Parser for the CMS ICD-10-PCS Definitions XML (icd10pcs_definitions_YYYY.xml, root <ICD10PCS.definitions>;
// checked on FY2025 and FY2026). Supported: <version>; each <section code> with its <title>; each <axis pos>
// with its <title> and <terms> (one or more <title>, optional <definition> and <explanation>, any number of
// <includes>); and the <deviceAggregation> table (<aggregate>: device, operation, bodySys…, parent value).

import type { ParseIssue } from '../../shared/index.js';
import type { PcsAxisValue, PcsDefinitions, PcsDefinitionTerm, PcsDeviceAggregation } from './types.js';
import { readXml } from './xml-reader.js';

export const PCS_DEFINITIONS_ROOT = 'ICD10PCS.definitions';

interface TermDraft {
  titles: string[];
  definition?: string;
  explanation?: string;
  includes: string[];
  line: number;
}

interface AggregateDraft {
  device: string;
  operation: string;
  bodySystems: string[];
  parent?: PcsAxisValue;
  line: number;
}

export function parsePcsDefinitions(text: string, file: string): { definitions: PcsDefinitions; issues: ParseIssue[] } {
  const issues: ParseIssue[] = [];
  const terms: PcsDefinitionTerm[] = [];
  const sections: PcsAxisValue[] = [];
  const deviceAggregations: PcsDeviceAggregation[] = [];
  let version = '';
  let section: { code: string; line: number } | undefined;
  let axis: { pos: number; title: string; line: number } | undefined;
  let term: TermDraft | undefined;
  let aggregate: AggregateDraft | undefined;

  const issue = (line: number, field: string, message: string): void => {
    issues.push({ file, line, field, message });
  };

  readXml(text, file, PCS_DEFINITIONS_ROOT, {
    open(tag) {
      switch (tag.name) {
        case 'section':
          section = { code: tag.attributes.code ?? '', line: tag.line };
          if (!/^[0-9A-Z]$/.test(section.code)) {
            issue(tag.line, 'code', `section code "${section.code}" is not one character; its terms are skipped`);
          }
          break;
        case 'axis':
          axis = { pos: Number(tag.attributes.pos), title: '', line: tag.line };
          if (!Number.isInteger(axis.pos) || axis.pos < 1 || axis.pos > 7) {
            issue(tag.line, 'pos', `axis pos "${tag.attributes.pos ?? ''}" is not 1-7; its terms are skipped`);
          }
          break;
        case 'terms':
          term = { titles: [], includes: [], line: tag.line };
          break;
        case 'aggregate':
          aggregate = { device: '', operation: '', bodySystems: [], line: tag.line };
          break;
      }
    },
    close(tag) {
      const parent = tag.parent;
      switch (tag.name) {
        case 'version':
          if (tag.depth === 2) version = tag.text;
          break;
        case 'title':
          if (parent === 'terms') term?.titles.push(tag.text);
          else if (parent === 'axis' && axis) axis.title = tag.text;
          else if (parent === 'section' && section) sections.push({ code: section.code, label: tag.text });
          break;
        case 'definition':
          if (term) term.definition = tag.text;
          break;
        case 'explanation':
          if (term) term.explanation = tag.text;
          break;
        case 'includes':
          if (term && tag.text) term.includes.push(tag.text);
          break;
        case 'terms':
          if (term) closeTerm(term);
          term = undefined;
          break;
        case 'axis':
          axis = undefined;
          break;
        case 'section':
          section = undefined;
          break;
        case 'device':
          if (aggregate) aggregate.device = tag.text;
          break;
        case 'operation':
          if (aggregate) aggregate.operation = tag.text;
          break;
        case 'bodySys':
          if (aggregate) aggregate.bodySystems.push(tag.text);
          break;
        case 'parent':
          if (aggregate) aggregate.parent = { code: tag.attributes.value ?? '', label: tag.text };
          break;
        case 'aggregate':
          if (aggregate) closeAggregate(aggregate);
          aggregate = undefined;
          break;
      }
    },
  });

  function closeTerm(t: TermDraft): void {
    if (!section || !axis) {
      issue(t.line, 'terms', '<terms> outside a <section>/<axis>; skipped');
      return;
    }
    if (!/^[0-9A-Z]$/.test(section.code) || !Number.isInteger(axis.pos) || axis.pos < 1 || axis.pos > 7) return;
    const [title] = t.titles;
    if (!title) {
      issue(t.line, 'title', '<terms> without a <title>; skipped');
      return;
    }
    terms.push({
      section: section.code,
      axisPos: axis.pos,
      axisTitle: axis.title,
      title,
      ...(t.definition !== undefined ? { definition: t.definition } : {}),
      ...(t.explanation !== undefined ? { explanation: t.explanation } : {}),
      includes: t.includes,
      titles: t.titles,
      line: t.line,
    });
  }

  function closeAggregate(a: AggregateDraft): void {
    if (!a.device || !a.parent) {
      issue(a.line, 'aggregate', '<aggregate> without a <device> or <parent>; skipped');
      return;
    }
    deviceAggregations.push({
      device: a.device,
      operation: a.operation,
      bodySystems: a.bodySystems,
      parent: a.parent,
      line: a.line,
    });
  }

  if (!version) issue(1, 'version', 'no <version> element');
  return { definitions: { version, terms, sections, deviceAggregations }, issues };
}
