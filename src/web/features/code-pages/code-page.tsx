// The code page: everything the catalog knows about one code, each section shown only when its data exists.
// Detailed sections can be locked by a policy passed in (metering arrives with accounts): a locked section
// shows its heading and the reason, not its content.
import type { MeterResult } from '../../../accounts/index.js';
import type { CodeHistoryEntry, CodeLookup, CodeMedicare, HcpcsGroup, IcdMedicare } from '../../../catalog/index.js';
import { HierarchyBreadcrumb } from './code-page-breadcrumb.js';
import { type CodeDates, CodeHistoryList, DateOfService } from './code-page-dates.js';
import { HcpcsRecordSection } from './code-page-hcpcs.js';
import { CodeMedicareSections } from './code-page-medicare.js';
import { NotSpentNote, UpgradeLinks } from './code-page-meter.js';
import type { LocalityView } from './code-page-payment.js';
import { RbcsClassificationSection } from './code-page-rbcs.js';
import { Section } from './code-page-section.js';
import { CodeSide } from './code-page-side.js';

export type SectionId =
  | 'description'
  | 'tip'
  | 'notes'
  | 'sevenChr'
  | 'index'
  | 'history'
  | 'payment'
  | 'addOn'
  | 'mue'
  | 'ptp'
  | 'crosswalk'
  | 'mce'
  | 'labNcd'
  | 'hcpcsRecord'
  | 'indicators'
  | 'fileDates';

export interface SectionPolicy {
  locked(section: SectionId): string | null;
}

export const OPEN_POLICY: SectionPolicy = { locked: () => null };

/** Every detailed section locked, for a viewer whose meter is used up (the banner says what to do). */
export function lockedPolicy(meter: MeterResult): SectionPolicy {
  const why =
    meter.who === 'guest'
      ? 'Locked: register a free account or log in to read this section.'
      : 'Locked: your free views for this month are used; a paid plan reads every page.';
  return { locked: () => why };
}

export interface MeterView extends MeterResult {
  freeCodeViews: number;
  /** this page's path, to come back to after log in */
  next: string;
  /** where a free account gets more views (PLANS_URL) */
  plansUrl?: string | undefined;
  /** false on a header page, which spends no view */
  spent?: boolean;
}

/** What the meter says: views left, or why the detailed sections are locked and what to do. */
function MeterBanner({ meter }: { meter: MeterView }) {
  if (meter.who === 'unlimited') return null;
  const left = meter.remaining ?? 0;
  const guestLinks = (
    <>
      <a href="/register">Register free account to get {meter.freeCodeViews} more views</a> /{' '}
      <a href={`/login?next=${encodeURIComponent(meter.next)}`}>Log in</a>
    </>
  );
  if (!meter.allowed)
    return (
      <div class="meter locked-banner" role="status">
        <p>
          <strong>0 code page views remaining.</strong>{' '}
          {meter.who === 'guest'
            ? meter.refusedBy === 'address'
              ? 'Guest views from your network are used up for today.'
              : `Guest accounts are limited to ${meter.limit} page view${meter.limit === 1 ? '' : 's'}.`
            : `Free accounts are limited to ${meter.limit} page views a month; a paid plan is unlimited.`}{' '}
          The official descriptor and the hierarchy stay free.
        </p>
        {meter.who === 'guest' ? <p>{guestLinks}</p> : <UpgradeLinks plansUrl={meter.plansUrl} />}
      </div>
    );
  return (
    <p class="meter" role="status">
      {left} code page view{left === 1 ? '' : 's'} remaining{meter.who === 'free' ? ' this month' : ''}.
      {meter.spent === false ? <NotSpentNote /> : null}
      {meter.who === 'guest' ? <> {guestLinks}</> : null}
    </p>
  );
}

export interface CodePageProps {
  lookup: CodeLookup;
  /** the generated plain-words description */
  description: string | null;
  history: CodeHistoryEntry[];
  policy: SectionPolicy;
  meter?: MeterView;
  /** editors' texts, already rendered through the Markdown sanitizer */
  editorial?: { description?: string; tip?: string };
  /** the viewer may edit this code's texts */
  canEdit?: boolean;
  /** HCPCS Level II: the browse groups the code sits in, for the breadcrumb */
  hcpcsGroups?: readonly HcpcsGroup[];
  /** CPT and HCPCS: the payment locality picker and the amounts in the locality asked for */
  locality?: LocalityView;
  /** the date of service shown, the stale notice, the years not loaded (code-page-dates.tsx) */
  dates?: CodeDates;
}

const NOTE_LABELS: Record<string, string> = {
  inclusionTerm: 'Inclusion terms',
  includes: 'Includes',
  excludes1: 'Excludes1',
  excludes2: 'Excludes2',
  codeFirst: 'Code first',
  codeAlso: 'Code also',
  useAdditionalCode: 'Use additional code',
  notes: 'Notes',
};

export function Notes({ notes }: { notes: Record<string, string[]> }) {
  return (
    <dl class="notes">
      {Object.entries(notes).map(([kind, list]) => (
        <>
          <dt key={`${kind}-t`}>{NOTE_LABELS[kind] ?? kind}</dt>
          <dd key={`${kind}-d`}>
            <ul>
              {list.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </dd>
        </>
      ))}
    </dl>
  );
}

function IcdMedicareSections({ m, policy }: { m: IcdMedicare; policy: SectionPolicy }) {
  const g = m.gems;
  const mce = m.mce;
  return (
    <>
      <Section id="crosswalk" title="ICD-9-CM crosswalk (GEMs)" policy={policy}>
        {'notLoaded' in g ? (
          <p>{g.notLoaded}</p>
        ) : (
          <>
            <p>
              {g.toIcd9 ? `To ICD-9-CM: ${summariseGems(g.toIcd9)}.` : 'No backward mapping.'}
              {g.fromIcd9.length > 0 ? ` ICD-9-CM codes that map here: ${g.fromIcd9.slice(0, 20).join(', ')}.` : ''}
            </p>
            <p class="release">
              {g.release} ({g.file}). {g.note}
            </p>
          </>
        )}
      </Section>
      <Section id="mce" title="Medicare Code Editor" policy={policy}>
        {'notLoaded' in mce ? (
          <p>{mce.notLoaded}</p>
        ) : mce.lists.length === 0 ? (
          <p>On no Medicare Code Editor list. {mce.note}</p>
        ) : (
          <ul>
            {mce.lists.map((l) => (
              <li key={`${l.edit}:${l.list}`}>
                Edit {l.edit} ({l.editName}): {l.list}
                {l.ageRange ? `, ages ${l.ageRange.min}–${l.ageRange.max}` : ''}
                {l.sex ? `, ${l.sex}` : ''}
                {l.inactive ? ` — ${l.inactive}` : ''} <span class="release">({l.version})</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      {m.labNcds && m.labNcds.length > 0 ? (
        <Section id="labNcd" title="Clinical laboratory NCDs" policy={policy}>
          <ul>
            {m.labNcds.map((n) => (
              <li key={`${n.ncd}:${n.line}`}>
                NCD {n.ncd} {n.title}: {n.meaning}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}

function summariseGems(group: unknown): string {
  const codes = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.target === 'string') codes.add(o.target);
      for (const x of Object.values(o)) if (typeof x === 'object') walk(x);
    }
  };
  walk(group);
  return [...codes].slice(0, 20).join(', ') || '—';
}

function isCodeMedicare(m: CodeMedicare | IcdMedicare): m is CodeMedicare {
  return 'payment' in m;
}

export function CodePage({
  lookup: c,
  description,
  history,
  policy,
  meter,
  editorial,
  canEdit,
  locality,
  dates,
  hcpcsGroups,
}: CodePageProps) {
  const m = c.medicare;
  // links to other codes keep the date of service the reader chose
  const linkDate = dates?.chosen ? dates.date : undefined;
  return (
    <article class="code-page">
      <HierarchyBreadcrumb system={c.system} levels={c.hierarchy} groups={hcpcsGroups} date={linkDate} />
      <h1>
        <span class="code" data-copy={c.code}>
          {c.code}
        </span>{' '}
        {c.title ?? ''}
      </h1>
      {c.cpt && !c.cpt.descriptorLicensed ? (
        <p class="notice">
          {c.cpt.note ??
            'The CPT® descriptor is not shown: it needs a licence from the American Medical Association. The public Medicare data for this code number is below.'}
        </p>
      ) : null}
      {c.kind === 'modifier' ? (
        <p class="badge modifier">HCPCS modifier: added to a code on a claim line, not billed alone</p>
      ) : c.billable ? (
        <p class="badge billable">Billable</p>
      ) : (
        <p class="badge not-billable">Not billable — choose a more specific code</p>
      )}
      {dates ? <DateOfService system={c.system} code={c.code} dates={dates} /> : null}
      {/* the date section says release.stale itself */}
      {c.warnings.map((w) =>
        dates && w.code === 'release.stale' ? null : (
          <p class="warning" key={w.code}>
            {w.message}
          </p>
        ),
      )}
      <p class="release">
        Release: {c.release.title} ({c.release.effectiveFrom} to {c.release.effectiveTo}). Source: {c.source.file}, line{' '}
        {c.source.line}.
      </p>
      {meter ? <MeterBanner meter={meter} /> : null}
      <div class="code-layout">
        <div class="code-main">
          {c.rbcs ? <RbcsClassificationSection rbcs={c.rbcs} /> : null}
          {canEdit ? (
            <p>
              <a href={`/editor/codes/${c.system}/${encodeURIComponent(c.code)}`}>Edit the description and tip</a>
            </p>
          ) : null}
          {editorial?.description || description ? (
            <Section id="description" title="In plain words" policy={policy}>
              {editorial?.description ? (
                <>
                  {/* sanitised by renderMarkdown: markdown-it without HTML, then an allowlist */}
                  <div class="markdown" dangerouslySetInnerHTML={{ __html: editorial.description }} />
                  <p class="label">Written by the site's editors.</p>
                </>
              ) : (
                <>
                  <p>{description}</p>
                  <p class="label">Generated from the official structure; not editorial text.</p>
                </>
              )}
            </Section>
          ) : null}
          {editorial?.tip ? (
            <Section id="tip" title="How to use" policy={policy}>
              <div class="markdown" dangerouslySetInnerHTML={{ __html: editorial.tip }} />
              <p class="label">Written by the site's editors.</p>
            </Section>
          ) : null}
          {c.hcpcsRecord ? (
            <Section id="hcpcsRecord" title="Official HCPCS record" policy={policy}>
              <HcpcsRecordSection record={c.hcpcsRecord} date={linkDate} />
            </Section>
          ) : null}
          {Object.keys(c.notes).length > 0 || c.inheritedNotes.length > 0 ? (
            <Section id="notes" title="Instructional notes" policy={policy}>
              <Notes notes={c.notes} />
              {c.inheritedNotes.map((h) => (
                <div key={h.from}>
                  <h3>
                    From {h.level} {h.from}: {h.title}
                  </h3>
                  <Notes notes={h.notes} />
                </div>
              ))}
              {c.notesRelease ? <p class="release">Notes from {c.notesRelease.title}.</p> : null}
            </Section>
          ) : null}
          {c.sevenChrDef.length > 0 ? (
            <Section id="sevenChr" title="7th characters" policy={policy}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Character</th>
                    <th scope="col">Meaning</th>
                  </tr>
                </thead>
                <tbody>
                  {c.sevenChrDef.map((d) => (
                    <tr key={d.char}>
                      <td>{d.char}</td>
                      <td>{d.meaning}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Section>
          ) : null}
          {c.indexTerms.length > 0 ? (
            <Section id="index" title="Index entries that lead here" policy={policy}>
              <ul>
                {c.indexTerms.slice(0, 50).map((t) => (
                  <li key={`${t.source}:${t.path.join('>')}`}>
                    {t.path.join(' › ')}{' '}
                    <span class="system">
                      ({t.source}, {t.release})
                    </span>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          {history.length > 1 ? (
            <Section id="history" title="Code history" policy={policy}>
              <CodeHistoryList history={history} gaps={dates?.gaps ?? []} system={c.system} />
            </Section>
          ) : null}
          {m && isCodeMedicare(m) ? (
            <CodeMedicareSections
              m={m}
              system={c.system}
              code={c.code}
              policy={policy}
              locality={locality}
              date={linkDate}
            />
          ) : null}
          {m && !isCodeMedicare(m) ? <IcdMedicareSections m={m} policy={policy} /> : null}
          <section id="ask">
            <h2>Have a question about {c.code}?</h2>
            <form action="/casepilot" method="get">
              <label for="question">Your question</label>
              <input id="question" name="q" type="text" maxLength={2000} value={`About ${c.code}: `} />
              <button type="submit">Ask CasePilot</button>
            </form>
          </section>
        </div>
        <CodeSide c={c} date={linkDate} />
      </div>
    </article>
  );
}
