// Code references in tabular notes, on note texts as the FY2023 tabular prints them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CodeRef, parseCodeRefs, refMatches, scopeOf } from './code-refs.js';

const matches = (refs: CodeRef[], code: string) => refs.some((r) => refMatches(r, code.replace('.', '')));

describe('parseCodeRefs', () => {
  const cases: { text: string; labels: string[]; yes: string[]; no: string[]; uncertain?: boolean }[] = [
    {
      text: 'type 1 diabetes mellitus (E10.-)',
      labels: ['E10.-'],
      yes: ['E10.9', 'E10.65', 'E10'],
      no: ['E11.9', 'E1'],
    },
    { text: 'neonatal diabetes mellitus (P70.2)', labels: ['P70.2'], yes: ['P70.2'], no: ['P70.1', 'P70.3'] },
    { text: 'gestational diabetes (O24.4-)', labels: ['O24.4-'], yes: ['O24.410', 'O24.4'], no: ['O24.3', 'O24.5'] },
    {
      text: 'transitory endocrine and metabolic disorders specific to newborn (P70-P74)',
      labels: ['P70-P74'],
      yes: ['P70.0', 'P72.9', 'P74.49'],
      no: ['P69', 'P75', 'P76.0'],
    },
    {
      text: 'leukemia (C91.-, C92.-, C93.-, C94.-, C95.-)',
      labels: ['C91.-', 'C92.-', 'C93.-', 'C94.-', 'C95.-'],
      yes: ['C92.10', 'C95.90'],
      no: ['C90.00', 'C96.0'],
    },
    {
      text: 'drug abuse and dependence (F11.-F17.-)',
      labels: ['F11.-F17.-'],
      yes: ['F11.20', 'F17.210'],
      no: ['F10.20', 'F18.10'],
    },
    { text: 'in pregnancy (O00-O9A)', labels: ['O00-O9A'], yes: ['O99.89', 'O9A.111'], no: ['P00.0'] },
    {
      text: 'diabetes mellitus (E08-E13 with .42)',
      labels: ['E08-E13 with .42'],
      yes: ['E11.42', 'E08.42'],
      no: ['E11.9', 'E11.40'],
    },
    {
      text: 'diabetic (peripheral) angiopathy (E08-E13 with .51-.52)',
      labels: ['E08-E13 with .51-.52'],
      yes: ['E11.51', 'E10.52'],
      no: ['E11.59', 'E11.49'],
    },
    {
      text: 'skin disorders in diabetes (E08-E13 with .62-)',
      labels: ['E08-E13 with .62-'],
      yes: ['E11.621', 'E11.628'],
      no: ['E11.610'],
    },
    {
      text: 'drug (T36-T50 with fifth or sixth character 5)',
      labels: ['T36-T50 with fifth or sixth character 5'],
      yes: ['T36.0X5A', 'T43.625A'],
      no: ['T36.0X1A', 'T43.621A', 'T51.0X1A'],
    },
    {
      text: 'poisoning due to drug or toxin, if applicable (T36-T65 with fifth or sixth character 1-4 or 6)',
      labels: ['T36-T65 with fifth or sixth character 1-4 or 6'],
      yes: ['T36.0X1A', 'T43.624A', 'T51.0X6A'],
      no: ['T36.0X5A', 'T43.625A'],
    },
    {
      text: 'infectious mononucleosis complicated by meningitis (B27.- with fifth character 2)',
      labels: ['B27.- with fifth character 2'],
      yes: ['B27.02', 'B27.92'],
      no: ['B27.01', 'B27.99'],
    },
    {
      text: 'whooping cough with pneumonia (A37 with fifth-character 1)',
      labels: ['A37 with fifth-character 1'],
      yes: ['A37.01', 'A37.91'],
      no: ['A37.00'],
    },
    {
      text: 'amnestic syndrome (F10-F19 with 5th character .6)',
      labels: ['F10-F19 with 5th character .6'],
      yes: ['F10.96', 'F19.26'],
      no: ['F10.97'],
    },
    {
      text: 'hallucinations in drug psychosis (F11-F19 with fifth to sixth characters 51)',
      labels: ['F11-F19 with fifth to sixth characters 51'],
      yes: ['F11.151', 'F19.951'],
      no: ['F11.150'],
    },
    {
      text: 'aphasia following cerebrovascular disease (I69. with final characters -20)',
      labels: ['I69. with final characters -20'],
      yes: ['I69.320', 'I69.920'],
      no: ['I69.321', 'I69'],
    },
    {
      text: 'open skull fracture (S02.- with 7th character B)',
      labels: ['S02.- with 7th character B'],
      yes: ['S02.0XXB'],
      no: ['S02.0XXA'],
    },
    // no parentheses: the running text is read
    { text: 'hearing loss as classified in H90.-', labels: ['H90.-'], yes: ['H90.3'], no: ['H91.90'] },
    {
      text: 'sports and athletics activities specified in categories Y93.0-Y93.6',
      labels: ['Y93.0-Y93.6'],
      yes: ['Y93.01', 'Y93.65'],
      no: ['Y93.71'],
    },
    {
      text: 'concussion with other injuries classified in subcategories S06.1- to S06.6-',
      labels: ['S06.1- to S06.6-'],
      yes: ['S06.1X0A', 'S06.6X9A'],
      no: ['S06.0X0A', 'S06.81'],
    },
    {
      text: 'leukemia in remission C91.0-C95.9 with 5th character 1',
      labels: ['C91.0-C95.9 with 5th character 1'],
      yes: ['C91.01', 'C95.91'],
      no: ['C91.00'],
    },
    // parenthesized codes win over codes in the words ("A15" describes, "(J65)" is the reference)
    {
      text: 'pneumoconiosis associated with tuberculosis, any type in A15 (J65)',
      labels: ['J65'],
      yes: ['J65'],
      no: ['A15.0'],
    },
    // qualifiers in words: kept, marked uncertain
    {
      text: 'diabetic acidosis - see categories E08-E10, E11, E13 with ketoacidosis',
      labels: ['E08-E10', 'E11', 'E13 with ketoacidosis'],
      yes: ['E11.10', 'E11.9'],
      no: ['E12'],
      uncertain: true,
    },
    // not codes
    { text: 'influenza A/H1N1 (J10.-)', labels: ['J10.-'], yes: ['J10.1'], no: [] },
    {
      text: 'primary cutaneous CD30-positive T-cell proliferations (C86.6-)',
      labels: ['C86.6-'],
      yes: ['C86.6'],
      no: [],
    },
    {
      text: 'Acute nephritic syndrome (with C3 glomerulopathy) with dense deposit disease (N00.6)',
      labels: ['N00.6'],
      yes: ['N00.6'],
      no: [],
    },
    { text: 'certain localized infections - see body system-related chapters', labels: [], yes: [], no: ['A00.0'] },
  ];
  for (const c of cases) {
    test(c.text, () => {
      const refs = parseCodeRefs(c.text);
      assert.deepEqual(
        refs.map((r) => r.label),
        c.labels,
      );
      for (const code of c.yes) assert.ok(matches(refs, code), `${code} is named`);
      for (const code of c.no) assert.ok(!matches(refs, code), `${code} is not named`);
      assert.equal(
        refs.some((r) => r.uncertain),
        c.uncertain === true,
      );
    });
  }

  test('"For codes …" scopes a note', () => {
    const scope = scopeOf('For codes G31.0-G31.83, G31.85-G31.9, use additional code, if applicable, to identify:');
    assert.ok(scope);
    assert.ok(matches(scope, 'G31.01') && matches(scope, 'G31.83') && matches(scope, 'G31.9'));
    assert.ok(!matches(scope, 'G31.84'));
    assert.equal(scopeOf('code to identify control using:'), undefined);
  });
});
