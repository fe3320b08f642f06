import { isOnScoreGrid, isOnWeightGrid, SCORE_DECIMALS, splitScoreKey, WEIGHT_DECIMALS } from './answer-grid.ts';
import type { Dataset, Question } from './dataset.ts';
import { combinesStandAlone } from './offered-options.ts';

/** Why a choice such as `hardware: ['cpu', 'tpu']` is refused: the answer that stands alone says "nothing else". */
export const STANDS_ALONE = 'combines an answer that stands alone with others';
import { listOf, showValue, type Problem } from './describe-issue.ts';

/**
 * One answer: an option id (kind "one"), option ids (kind "many"), weights by criterion id
 * (kind "weights") or scores tried by `criterion.framework` (kind "scores").
 */
export type AnswerValue = string | readonly string[] | Readonly<Record<string, number>>;
/** Answers keyed by question id; a question not answered is absent. */
export type Answers = { readonly [questionId: string]: AnswerValue | undefined };

type AnswersResult = { readonly ok: true; readonly answers: Answers } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Whether a number is a valid weight: in range and on the three-decimal grid. */
export function isWeight(n: number, range: { readonly min: number; readonly max: number }): boolean {
  return Number.isFinite(n) && n >= range.min && n <= range.max && isOnWeightGrid(n);
}

// Answers are checked by hand, not with zod: the engine and the share-link codec run on the
// result page, whose bundle has no room for a schema library, and the rules are few (an option
// of the question, a list of them, weights on a grid). The wizard's forms use the zod schema
// of the same rules (answer-schema.ts); a property test keeps the two in agreement.

const show = showValue;
const oneOf = (ids: readonly string[], got: unknown) => `must be one of ${listOf(ids)} (got ${show(got)})`;
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every problem with one answer to one question, in plain words, with paths under the
 * question's id; empty when the answer is valid.
 * `goal: 'fun'` -> `[{ path: 'goal', message: 'must be one of "research", "production", "both" (got "fun")' }]`.
 */
export function answerProblems(question: Question, value: unknown, dataset: Pick<Dataset, 'criteria' | 'meta'>): Problem[] {
  const at = (sub?: string | number) => (sub === undefined ? question.id : `${question.id}.${String(sub)}`);
  const ids = question.options.map((o) => o.id);
  switch (question.kind) {
    case 'one':
      if (typeof value !== 'string') return [{ path: at(), message: `must be a string (got ${show(value)})` }];
      return ids.includes(value) ? [] : [{ path: at(), message: oneOf(ids, value) }];
    case 'many': {
      if (!Array.isArray(value)) return [{ path: at(), message: `must be a list (got ${show(value)})` }];
      if (value.length === 0) return [{ path: at(), message: 'must have at least 1 item' }];
      const problems: Problem[] = [];
      value.forEach((item: unknown, i) => {
        if (typeof item !== 'string') problems.push({ path: at(i), message: `must be a string (got ${show(item)})` });
        else if (!ids.includes(item)) problems.push({ path: at(i), message: oneOf(ids, item) });
      });
      if (problems.length === 0 && new Set(value).size !== value.length) problems.push({ path: at(), message: 'lists the same option twice' });
      if (problems.length === 0 && combinesStandAlone(question, value as string[])) problems.push({ path: at(), message: STANDS_ALONE });
      return problems;
    }
    case 'weights': {
      if (!isPlainObject(value)) return [{ path: at(), message: `must be an object (got ${show(value)})` }];
      const { min, max } = dataset.meta.weightRange;
      const problems: Problem[] = [];
      for (const [id, weight] of Object.entries(value)) {
        if (!dataset.criteria.some((c) => c.id === id)) problems.push({ path: at(id), message: `is not a criterion: ${show(id)}` });
        else if (typeof weight !== 'number' || !Number.isFinite(weight)) problems.push({ path: at(id), message: `must be a number (got ${show(weight)})` });
        else if (weight < min) problems.push({ path: at(id), message: `must be at least ${min} (got ${weight})` });
        else if (weight > max) problems.push({ path: at(id), message: `must be at most ${max} (got ${weight})` });
        else if (!isOnWeightGrid(weight)) problems.push({ path: at(id), message: `must have at most ${WEIGHT_DECIMALS} decimals (got ${weight})` });
      }
      return problems;
    }
    case 'scores': {
      if (!isPlainObject(value)) return [{ path: at(), message: `must be an object (got ${show(value)})` }];
      return Object.entries(value).flatMap(([key, score]) => {
        const problem = triedScoreProblem(key, score, dataset);
        return problem ? [{ path: at(key), message: problem }] : [];
      });
    }
  }
}

/**
 * What is wrong with one tried score, or null: the key must name a criterion the data scores
 * (not one the answers score, such as team knowledge) and a framework; the score lies on the
 * scale, to one decimal.
 */
export function triedScoreProblem(key: string, score: unknown, dataset: Pick<Dataset, 'criteria' | 'meta'>): string | null {
  const [criterionId, frameworkId] = splitScoreKey(key) ?? [];
  const criterion = dataset.criteria.find((c) => c.id === criterionId);
  if (!criterion || criterion.kind === 'switching' || frameworkId === undefined || !Object.hasOwn(criterion.scores, frameworkId)) return `is not a criterion and framework the data scores: ${show(key)}`;
  const { min, max } = dataset.meta.scale;
  if (typeof score !== 'number' || !Number.isFinite(score)) return `must be a number (got ${show(score)})`;
  if (score < min || score > max) return `must be from ${min} to ${max} (got ${score})`;
  if (!isOnScoreGrid(score)) return `must have at most ${SCORE_DECIMALS} decimal (got ${score})`;
  return null;
}

/**
 * Reads untrusted answers against the questionnaire in the data (so that adding an option
 * is a data change): `{ ok: true, answers }` or every problem in plain words; never throws.
 * Unknown questions are refused.
 */
export function validateAnswers(input: unknown, dataset: Pick<Dataset, 'questions' | 'criteria' | 'meta'>): AnswersResult {
  if (!isPlainObject(input)) return { ok: false, problems: [{ path: '', message: `must be an object (got ${show(input)})` }] };
  const problems: Problem[] = [];
  const unknown = Object.keys(input).filter((key) => !dataset.questions.some((q) => q.id === key));
  for (const question of dataset.questions) {
    const value = input[question.id];
    if (value !== undefined) problems.push(...answerProblems(question, value, dataset));
  }
  if (unknown.length > 0) problems.push({ path: '', message: `has unknown ${unknown.length === 1 ? 'key' : 'keys'} ${unknown.map(show).join(', ')}` });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, answers: input as Answers };
}

/** Saved answers read field by field: what the questionnaire still accepts, and what it does not. */
export interface CheckedAnswers {
  readonly answers: Answers;
  /** Questions whose saved answer was dropped, wholly or in part (a stale option id, a bad weight). */
  readonly droppedQuestionIds: readonly string[];
  /** Saved answers to questions the questionnaire no longer has. */
  readonly unknownCount: number;
}

/**
 * Untrusted saved answers, kept answer by answer: a stale option id drops that option, not
 * every answer; a bad weight drops that weight. Never throws.
 * `{ goal: 'research', data: ['text', 'old'], colour: 'red' }` -> answers `{ goal, data: ['text'] }`, dropped `['data']`, unknown 1.
 */
export function keepValidAnswers(input: unknown, dataset: Pick<Dataset, 'questions' | 'criteria' | 'meta'>): CheckedAnswers {
  const answers: Record<string, AnswerValue> = {};
  const droppedQuestionIds: string[] = [];
  let unknownCount = 0;
  const entries = isPlainObject(input) ? Object.entries(input) : [];
  for (const [questionId, value] of entries) {
    const question = dataset.questions.find((q) => q.id === questionId);
    if (!question) {
      unknownCount += 1;
      continue;
    }
    if (answerProblems(question, value, dataset).length === 0) {
      answers[questionId] = value as AnswerValue;
      continue;
    }
    // Keep the parts that are still valid: options of a list, entries of the weights.
    let kept: AnswerValue | undefined;
    if (question.kind === 'many' && Array.isArray(value)) {
      const ids = [...new Set(value.filter((id): id is string => typeof id === 'string' && question.options.some((o) => o.id === id)))];
      // An option that stands alone beside others is a contradiction: which was meant is not ours to guess.
      if (ids.length > 0 && !combinesStandAlone(question, ids)) kept = ids;
    } else if (question.kind === 'weights' && isPlainObject(value)) {
      const weights = Object.fromEntries(
        Object.entries(value).filter((entry): entry is [string, number] => dataset.criteria.some((c) => c.id === entry[0]) && typeof entry[1] === 'number' && isWeight(entry[1], dataset.meta.weightRange)),
      );
      if (Object.keys(weights).length > 0) kept = weights;
    } else if (question.kind === 'scores' && isPlainObject(value)) {
      const scores = Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => triedScoreProblem(entry[0], entry[1], dataset) === null));
      if (Object.keys(scores).length > 0) kept = scores;
    }
    if (kept !== undefined) answers[questionId] = kept;
    droppedQuestionIds.push(questionId);
  }
  // In the questionnaire's order, whatever order the saved answers were in.
  const order = (id: string) => dataset.questions.findIndex((q) => q.id === id);
  return { answers, droppedQuestionIds: droppedQuestionIds.sort((a, b) => order(a) - order(b)), unknownCount };
}

/**
 * Answers given on a newer questionnaire, as an older edition's questionnaire can read them: an
 * option the older one lacks stands for the option it replaced there, as the newer one records
 * it (`hardware: ['nvidia']` -> `['gpu']` on the seed; `targets: ['microcontroller']` -> `['edge']`).
 * What has no counterpart is left as it is, for keepValidAnswers to leave out.
 */
export function answersForEdition(answers: Answers, newer: Pick<Dataset, 'questions'>, older: Pick<Dataset, 'questions'>): Answers {
  const translated: Record<string, AnswerValue> = {};
  for (const [questionId, value] of Object.entries(answers)) {
    if (value === undefined) continue;
    const then = older.questions.find((q) => q.id === questionId);
    const now = newer.questions.find((q) => q.id === questionId);
    if (!then || !now || (typeof value !== 'string' && !Array.isArray(value))) {
      translated[questionId] = value;
      continue;
    }
    const map = (id: string) =>
      then.options.some((o) => o.id === id) ? id : (now.options.find((o) => o.retired?.replacedBy.includes(id) && then.options.some((t) => t.id === o.id))?.id ?? id);
    translated[questionId] = typeof value === 'string' ? map(value) : [...new Set((value as readonly string[]).map(map))];
  }
  return translated;
}
