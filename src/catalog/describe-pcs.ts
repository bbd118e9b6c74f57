// The plain-words description of an ICD-10-PCS code, from the definitions of its characters in the CMS ICD-10-PCS
// Definitions file: the root operation's definition with "a body part" replaced by the code's body part, then the
// approach's definition shortened (the words every approach shares dropped), then the device and qualifier by
// name ("Device:", not "with": the device of a Removal is the one taken out). The root operation's "includes"
// examples are other procedures (Resection includes "Total nephrectomy"), so they are never used here.
import { lowerFirst, plainLabel, upperFirst } from './describe-words.js';
import type { PcsAxisDetail } from './lookup-types.js';

/** Axis titles that name where on the body the procedure is done. */
const SITE_AXES = new Set(['Body Part', 'Body Region', 'Body System / Region', 'Treatment Site']);

/** "a body part", "the tubular body part", "a body part, region or orifice": where the site's name goes. */
const BODY_PART =
  /\b(?:a|an|the) (?:tubular |articular |separated |living )?body (?:part|region)(?:, region or orifice| or orifice)?\b/g;

/** Values that say the character is not used ("No Device", "No Qualifier", "None"). */
function isEmptyValue(a: PcsAxisDetail): boolean {
  return /^(No |None$)/i.test(a.label);
}

/** The approach's definition without the words every approach repeats, as a phrase after a comma. */
export function approachPhrase(definition: string): string {
  const short = definition
    .replace(/^Entry, (by puncture or minor incision), of instrumentation /, '$1 ')
    .replace(/^Entry of instrumentation /, '')
    .replace(/^Procedures performed /, 'performed ')
    .replace(/ and procedures performed /, ' or ')
    .replace(/ and any other body layers necessary/g, '')
    .trim();
  return /^[A-Z][a-z]+ing\b/.test(short) ? `by ${lowerFirst(short)}` : lowerFirst(short);
}

export function describePcs(axes: readonly PcsAxisDetail[]): string | null {
  const operation = axes.find((a) => a.pos === 3);
  const site = axes.find((a) => a.pos === 4 && SITE_AXES.has(a.title) && !isEmptyValue(a));
  const approach = axes.find((a) => a.title === 'Approach' && !isEmptyValue(a));
  if (!operation) return null;
  const siteName = site ? `the ${plainLabel(site.label)}` : null;
  let opening: string;
  if (operation.definition) {
    let placed = false;
    opening = operation.definition.replace(BODY_PART, (m) => {
      if (!siteName) return m;
      placed = true;
      return siteName;
    });
    opening += ` (${plainLabel(operation.label)})`;
    if (site && !placed) opening += `, ${site.title.toLowerCase()}: ${plainLabel(site.label)}`;
  } else {
    opening = plainLabel(operation.label) + (site ? `, ${site.title.toLowerCase()}: ${plainLabel(site.label)}` : '');
  }
  if (approach) {
    opening += approach.definition
      ? `, ${approachPhrase(approach.definition)} (${plainLabel(approach.label)} approach)`
      : `, ${plainLabel(approach.label)} approach`;
  }
  const sentences = [`${upperFirst(opening)}.`];
  for (const a of axes) {
    if (a.pos <= 3 || a === site || a === approach || isEmptyValue(a)) continue;
    sentences.push(`${a.title}: ${plainLabel(a.label)}.`);
  }
  return sentences.join(' ');
}
