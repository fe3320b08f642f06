import type { Answers, AnswerValue } from './answers.ts';
import { SCORE_EPSILON, WEIGHT_DECIMALS, scoreKey } from './answer-grid.ts';

// The one place that reads the shape of an answer (an option id, a list of them, or
// weights by criterion id), and the one rule for setting a weight. No zod here: it is small
// and pure, for the engine, the codec, the formatters and the what-if sliders alike.

type Weights = Readonly<Record<string, number>>;

const GRID = 10 ** WEIGHT_DECIMALS;

/** Two weights that are the same on the grid: 1.3 and 0.1 + 1.2 are equal weights. */
export const sameWeight = (a: number, b: number) => Math.round(a * GRID) === Math.round(b * GRID);

const isWeights = (value: unknown): value is Weights =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((x) => typeof x === 'number' && Number.isFinite(x));

/** The option ids of an answer: `'research'` -> `['research']`, `['text', 'vision']` as is; weights or nothing -> `[]`. */
export function optionIdsOf(value: AnswerValue | undefined): readonly string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value as readonly string[];
  return [];
}

/** The weights of an answer: `{ mobile: 4 }` as is; anything else -> `{}`. */
export function weightsOf(value: AnswerValue | undefined): Weights {
  return isWeights(value) ? value : {};
}

/** The option ids chosen for a question: `{ data: ['text'] }, 'data'` -> `['text']`; unanswered -> `[]`. */
export function chosenOptions(answers: Answers, questionId: string): readonly string[] {
  return optionIdsOf(answers[questionId]);
}

/** The user's weight overrides: `{ priorities: { mobile: 4 } }, 'priorities'` -> `{ mobile: 4 }`. */
export function weightOverrides(answers: Answers, questionId: string): Weights {
  return weightsOf(answers[questionId]);
}

/**
 * The one rule for setting a weight, from the priorities step and the what-if sliders
 * alike: a weight equal to the one the answers suggest is no override, so it leaves no
 * trace in the answers or the link. The priorities answer disappears when nothing is left.
 * `({}, 'priorities', 'mobile', 5, 1)` -> `{ priorities: { mobile: 5 } }`; `(that, 'priorities', 'mobile', 1, 1)` -> `{}`.
 */
export function setWeight(answers: Answers, prioritiesId: string, criterionId: string, weight: number, suggested: number): Answers {
  const others = Object.entries(weightOverrides(answers, prioritiesId)).filter(([id]) => id !== criterionId);
  const overrides = Object.fromEntries(sameWeight(weight, suggested) ? others : [...others, [criterionId, weight]]);
  const rest = clearWeights(answers, prioritiesId);
  return Object.keys(overrides).length > 0 ? { ...rest, [prioritiesId]: overrides } : rest;
}

/** Every weight back to what the answers suggest: the priorities answer removed. */
export function clearWeights(answers: Answers, prioritiesId: string): Answers {
  return clearAnswer(answers, prioritiesId);
}

/** The answers without one question's answer. */
export function clearAnswer(answers: Answers, questionId: string): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => id !== questionId));
}

/** The scores tried in place of the data's, by key: `{ scores: { 'production.tensorflow': 7 } }, 'scores'` -> that record. */
export function triedScores(answers: Answers, questionId: string): Weights {
  return weightsOf(answers[questionId]);
}

/**
 * One score tried in place of the data's (a score tipping point tried); the data's own score
 * leaves no trace, and the answer disappears when nothing is left.
 * `({}, 'scores', 'production', 'tensorflow', 7, 9)` -> `{ scores: { 'production.tensorflow': 7 } }`.
 */
export function setTriedScore(answers: Answers, questionId: string, criterionId: string, frameworkId: string, score: number, dataScore: number): Answers {
  const key = scoreKey(criterionId, frameworkId);
  const others = Object.entries(triedScores(answers, questionId)).filter(([k]) => k !== key);
  const tried = Object.fromEntries(Math.abs(score - dataScore) < SCORE_EPSILON ? others : [...others, [key, score]]);
  const rest = clearAnswer(answers, questionId);
  return Object.keys(tried).length > 0 ? { ...rest, [questionId]: tried } : rest;
}
