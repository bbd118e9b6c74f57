// npm run eval:casepilot — CasePilot's accuracy per intent on the development set (../shared/eval/casepilot-dev)
// and on the project's own question sets (src/assistant/eval/: "tuning" questions looked at while building,
// "held-out" ones never tuned on), with citation coverage, fabricated codes and answer times. The scoring rule is
// the development set's README's. Prints a table; writes bench/results/casepilot-eval-latest.json.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type AskAnswer, type AssistantContext, askQuestion } from '../src/assistant/index.js';
import { codeKey, findCode, isCodeSystem } from '../src/catalog/index.js';
import { projectRoot } from '../src/config.js';
import { GUIDANCE_QUESTIONS, sectionMatches } from '../src/guidance/eval/guidance-questions.js';
import { GuidanceCorpus } from '../src/guidance/index.js';
import { SearchIndex, TermSuggestions } from '../src/search/index.js';
import { loadCatalog, writeResults } from './eval-search/common.js';

interface EvalQuestion {
  q: string;
  intent: string;
  expect_any: string[];
  expect_codes: string[];
  expect_none?: string[];
  expect_regex?: string[];
  date?: string;
}

const SETS: Record<string, string> = {
  dev: resolve(projectRoot, '../shared/eval/casepilot-dev/questions.jsonl'),
  'own-tuning': resolve(projectRoot, 'src/assistant/eval/tuning.jsonl'),
  'own-held-out': resolve(projectRoot, 'src/assistant/eval/held-out.jsonl'),
};

/** The README's normalisation: Markdown emphasis out, straight quotes and dashes, whitespace collapsed, lower case. */
export function normalise(text: string): string {
  return text
    .replace(/[*_`]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function right(q: EvalQuestion, a: AskAnswer): boolean {
  const text = normalise(a.answer);
  const anyWanted = q.expect_any.length > 0 || (q.expect_regex ?? []).length > 0;
  if (
    anyWanted &&
    !q.expect_any.some((s) => text.includes(normalise(s))) &&
    !(q.expect_regex ?? []).some((r) => new RegExp(r).test(text))
  )
    return false;
  if ((q.expect_none ?? []).some((s) => text.includes(normalise(s)))) return false;
  const codes = new Set(a.codes.map((c) => codeKey(c.code)));
  return q.expect_codes.every((c) => codes.has(codeKey(c)));
}

const EXEMPT = new Set(['safety', 'ptp-honesty']);

function load(file: string): EvalQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalQuestion);
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

const loaded = await loadCatalog();
try {
  const { catalog } = loaded;
  const search = SearchIndex.open(catalog);
  const guidance = GuidanceCorpus.open(catalog);
  if (guidance.notice) process.stderr.write(`${guidance.notice}\n`);
  const suggestions = TermSuggestions.open(catalog);
  const ctx: AssistantContext = { catalog, search, suggestions, guidance, now: () => new Date() };
  // warm the lazily built indexes once, as a running server has
  askQuestion(ctx, 'type 2 diabetes with ckd stage 3');
  const verbose = process.argv.includes('--verbose');
  const results: Record<string, unknown> = {};
  for (const [name, file] of Object.entries(SETS)) {
    if (!existsSync(file)) continue;
    const questions = load(file);
    const perIntent = new Map<string, { n: number; right: number; facts: number; cited: number }>();
    const times: number[] = [];
    let fabricated = 0;
    const failures: { q: string; intent: string; got: string }[] = [];
    for (const q of questions) {
      const t = performance.now();
      const a = askQuestion(ctx, q.q, q.date ? { date: q.date } : {});
      times.push(performance.now() - t);
      const ok = right(q, a);
      const s = perIntent.get(q.intent) ?? { n: 0, right: 0, facts: 0, cited: 0 };
      s.n++;
      if (ok) s.right++;
      if (!EXEMPT.has(q.intent)) {
        s.facts++;
        if (a.citations.some((c) => c.source && (c.release || c.locator))) s.cited++;
      }
      perIntent.set(q.intent, s);
      for (const c of a.codes)
        if (!isCodeSystem(c.system) || findCode(catalog, { system: c.system, code: c.code }).status === 'unknown')
          fabricated++;
      if (!ok)
        failures.push({
          q: q.q,
          intent: q.intent,
          got: `${a.intent}: ${a.answer.slice(0, 300)} | codes ${a.codes.map((c) => c.code).join(',')}`,
        });
    }
    const rows = [...perIntent].map(([intent, s]) => ({
      intent,
      n: s.n,
      accuracy: Number((s.right / s.n).toFixed(3)),
      citationCoverage: s.facts > 0 ? Number((s.cited / s.facts).toFixed(3)) : null,
    }));
    const total = rows.reduce((x, r) => x + r.n, 0);
    const rightAll = [...perIntent.values()].reduce((x, s) => x + s.right, 0);
    const summary = {
      questions: total,
      accuracy: Number((rightAll / total).toFixed(3)),
      fabricatedCodes: fabricated,
      medianMs: Number(percentile(times, 50).toFixed(2)),
      p99Ms: Number(percentile(times, 99).toFixed(2)),
      perIntent: rows,
    };
    results[name] = verbose ? { ...summary, failures } : summary;
    console.log(
      `\n${name}: ${total} questions, accuracy ${summary.accuracy}, fabricated codes ${fabricated}, median ${summary.medianMs} ms, p99 ${summary.p99Ms} ms`,
    );
    for (const r of rows)
      console.log(
        `  ${r.intent.padEnd(14)} n=${String(r.n).padStart(3)}  accuracy ${r.accuracy.toFixed(3)}  cited ${r.citationCoverage ?? '-'}`,
      );
    if (verbose) for (const f of failures) console.log(`  ✗ [${f.intent}] ${f.q}\n      ${f.got.replace(/\n/g, ' ')}`);
  }
  // Guideline and policy questions written for the guidance search's own evaluation (never looked at while tuning
  // CasePilot): right when the answer cites a section that answers it among its first two document citations, or
  // says plainly that the documents do not cover a question outside them.
  {
    let right = 0;
    let answerable = 0;
    let outside = 0;
    let outsideSaid = 0;
    for (const g of GUIDANCE_QUESTIONS) {
      const a = askQuestion(ctx, g.q);
      const sections = a.citations
        .filter((c) => /Guidelines|Policy Manual/.test(c.source))
        .map((c) => c.locator.replace(/^Section /, '').replace(/, pp?\. .*$/, ''))
        .slice(0, 2);
      if (g.notCovered || g.expect.length === 0) {
        outside++;
        if (/does not cover|no passage|not loaded|clearly answers|outside my scope/i.test(a.answer)) outsideSaid++;
        continue;
      }
      answerable++;
      if (sections.some((s) => sectionMatches(s, g.expect))) right++;
      else if (verbose)
        console.log(`  ✗ [guidance] ${g.q} → ${a.intent}: ${sections.join(' | ')} (want ${g.expect.join(', ')})`);
    }
    results['guidance-questions'] = {
      answerable,
      sectionCitedInFirstTwo: Number((right / answerable).toFixed(3)),
      outside,
      notCoveredSaid: outsideSaid,
    };
    console.log(
      `\nguidance-questions: ${answerable} answerable, the right section cited ${right} (${(right / answerable).toFixed(3)}); ${outsideSaid} of ${outside} outside the documents said so`,
    );
  }
  writeResults(resolve(projectRoot, 'bench/results/casepilot-eval-latest.json'), {
    date: new Date().toISOString(),
    catalog: loaded.source,
    results,
  });
} finally {
  loaded.cleanup();
}
