// The code page's CMS classification: the RBCS category › subcategory › family of a CPT or HCPCS code, each step a
// link to its browse page. Shown to every reader like the hierarchy (it is no metered detail), and worded as CMS's
// category, never as the code's descriptor.
import type { RbcsClassification } from '../../../catalog/index.js';
import { rbcsPath } from '../../paths.js';

export function RbcsClassificationSection({ rbcs }: { rbcs: RbcsClassification }) {
  return (
    <section id="rbcs" class="rbcs" aria-labelledby="rbcs-h">
      <h2 id="rbcs-h">CMS classification (RBCS)</h2>
      <p class="rbcs-path">
        <a href={rbcsPath(rbcs.categoryCode)}>{rbcs.category}</a> ›{' '}
        <a href={rbcsPath(rbcs.subcategoryCode)}>{rbcs.subcategory}</a>
        {rbcs.family && rbcs.familyCode ? (
          <>
            {' › '}
            <a href={rbcsPath(rbcs.familyCode)}>{rbcs.family}</a>
          </>
        ) : (
          ' (no RBCS family)'
        )}
        {rbcs.major ? (
          <>
            {' '}
            <span class="badge major">Major procedure</span>
          </>
        ) : null}
      </p>
      <p class="note">
        A category of CMS's Restructured BETOS Classification System, which groups codes by the kind of service; it is
        not the code's descriptor.
      </p>
      <dl class="rbcs-facts">
        <dt>RBCS id</dt>
        <dd>{rbcs.id}</dd>
        <dt>Major-procedure indicator</dt>
        <dd>
          {rbcs.majorIndicator.code} — {rbcs.majorIndicator.meaning}
        </dd>
        <dt>Code dates in the RBCS file</dt>
        <dd>
          added {rbcs.codeAdded ?? 'not given'}, {rbcs.codeEnded ? `ended ${rbcs.codeEnded}` : 'no end date'}
        </dd>
        <dt>This classification applies</dt>
        <dd>
          from {rbcs.assignedFrom ?? 'a date not given'}
          {rbcs.assignedTo ? ` to ${rbcs.assignedTo}` : ', with no end date'}
          {rbcs.firstReleaseYear ? ` (first in the RBCS release of ${rbcs.firstReleaseYear})` : ''}
          {rbcs.everReassigned ? '; the code was in another RBCS category before' : ''}
        </dd>
      </dl>
      {rbcs.release.stale ? <p class="warning">{rbcs.release.stale}</p> : null}
      <p class="release">
        Release: {rbcs.release.title}. Source: {rbcs.sourceFile}, line {rbcs.line}.
      </p>
    </section>
  );
}
