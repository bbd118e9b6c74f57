// Scores the guidance search on the evaluation questions: recall@1 and recall@3 on the questions the corpus answers
// (a question counts when one of its first k hits is an expected section), and how often "not covered" is said
// rightly (on the questions outside the corpus) and wrongly (on those inside it).
import type { GuidanceCorpus } from '../guidance-corpus.js';
import { searchGuidance } from '../search-guidance.js';
import { type GuidanceQuestion, sectionMatches } from './guidance-questions.js';

export interface QuestionOutcome {
  q: string;
  expect: string[];
  /** 1-based rank of the first hit in an expected section; 0 when none of the first 10 */
  rank: number;
  notCovered: boolean;
  top: string[];
}

export interface GuidanceEvaluation {
  questions: number;
  answerable: number;
  recallAt1: number;
  recallAt3: number;
  /** share of the questions outside the corpus answered "not covered" */
  notCoveredRight: number;
  /** share of the answerable questions wrongly answered "not covered" */
  notCoveredWrong: number;
  outcomes: QuestionOutcome[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function evaluateGuidance(corpus: GuidanceCorpus, questions: readonly GuidanceQuestion[]): GuidanceEvaluation {
  const outcomes = questions.map((question) => {
    const r = searchGuidance(corpus, question.q, { limit: 10 });
    const rank = r.hits.findIndex((h) => sectionMatches(h.passage.section, question.expect)) + 1;
    return {
      q: question.q,
      expect: question.expect,
      rank,
      notCovered: r.notCovered,
      top: r.hits.slice(0, 3).map((h) => `${h.passage.documentId} ${h.passage.section}`),
    };
  });
  const answerable = outcomes.filter((_, i) => !questions[i]?.notCovered);
  const outside = outcomes.filter((_, i) => questions[i]?.notCovered);
  const share = (list: QuestionOutcome[], f: (o: QuestionOutcome) => boolean) =>
    list.length === 0 ? 0 : round(list.filter(f).length / list.length);
  return {
    questions: questions.length,
    answerable: answerable.length,
    recallAt1: share(answerable, (o) => o.rank === 1),
    recallAt3: share(answerable, (o) => o.rank >= 1 && o.rank <= 3),
    notCoveredRight: share(outside, (o) => o.notCovered),
    notCoveredWrong: share(answerable, (o) => o.notCovered),
    outcomes,
  };
}
