// npm run eval:guidance — recall@1 and recall@3 of the guideline and policy search on the project's own questions
// (src/guidance/eval/guidance-questions.ts), over the corpus read from the official PDFs under the code-set folder
// (CODESETS_DIR, else ../shared/data), and how often "not covered" is said rightly and wrongly. Prints the misses
// and writes bench/results/guidance-eval-latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/config.js';
import { evaluateGuidance } from '../src/guidance/eval/evaluate.js';
import { GUIDANCE_QUESTIONS } from '../src/guidance/eval/guidance-questions.js';
import { realGuidanceCorpus } from '../src/guidance/test-support/real-corpus.js';

const corpus = await realGuidanceCorpus();
const result = evaluateGuidance(corpus, GUIDANCE_QUESTIONS);
for (const o of result.outcomes) {
  if (o.rank === 1 || (o.expect.length === 0 && o.notCovered)) continue;
  process.stdout.write(
    `${o.rank === 0 ? 'MISS' : `@${o.rank} `}  ${o.q}\n      expected ${o.expect.join(' | ') || '(not covered)'}; got ${o.top.join(' | ')}${o.notCovered ? ' [not covered]' : ''}\n`,
  );
}
process.stdout.write(
  `\n${result.answerable} answerable questions: recall@1 ${result.recallAt1}, recall@3 ${result.recallAt3}; ` +
    `"not covered" said on ${result.notCoveredRight * 100}% of the ${result.questions - result.answerable} outside the corpus ` +
    `and wrongly on ${result.notCoveredWrong * 100}% of the answerable\n`,
);
const dir = join(projectRoot, 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, 'guidance-eval-latest.json'),
  // lists as strings: the file then reads the same after the formatter (biome folds short arrays onto one line)
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      documents: corpus.documents.map((d) => d.id).join(', '),
      ...result,
      outcomes: result.outcomes.map((o) => ({ ...o, expect: o.expect.join(' | '), top: o.top.join(' | ') })),
    },
    null,
    2,
  )}\n`,
);
