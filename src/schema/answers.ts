import * as z from 'zod/mini';
import { isOnWeightGrid, WEIGHT_DECIMALS } from './answer-values.ts';
import type { Dataset, Question } from './dataset.ts';
import { describeIssue, type Problem } from './describe-issue.ts';

/** One answer: an option id (kind "one"), option ids (kind "many") or weights by criterion id (kind "weights"). */
export type AnswerValue = string | readonly string[] | Readonly<Record<string, number>>;
/** Answers keyed by question id; a question not answered is absent. */
export type Answers = { readonly [questionId: string]: AnswerValue | undefined };

type AnswersResult = { readonly ok: true; readonly answers: Answers } | { readonly ok: false; readonly problems: readonly Problem[] };

function optionIds(question: Question): [string, ...string[]] {
  const ids = question.options.map((option) => option.id);
  // A "weights" question has no options; an enum still needs one member, and it is never used.
  return ids.length > 0 ? (ids as [string, ...string[]]) : [''];
}

const noDuplicates = z.refine<string[]>((list) => new Set(list).size === list.length, {
  message: 'lists the same option twice',
});

const weightPrecision = z.refine<number>(isOnWeightGrid, { message: `must have at most ${WEIGHT_DECIMALS} decimals` });

/** Whether a number is a valid weight: in range and on the three-decimal grid. */
export function isWeight(n: number, range: { readonly min: number; readonly max: number }): boolean {
  return Number.isFinite(n) && n >= range.min && n <= range.max && isOnWeightGrid(n);
}

/** The schema of one question's answer, built from the question's options (and the criteria, for weights). */
export function answerSchemaFor(question: Question, dataset: Pick<Dataset, 'criteria' | 'meta'>) {
  switch (question.kind) {
    case 'one':
      return z.enum(optionIds(question));
    case 'many':
      return z.array(z.enum(optionIds(question))).check(z.minLength(1), noDuplicates);
    case 'weights': {
      const { min, max } = dataset.meta.weightRange;
      const criterionIds = dataset.criteria.map((criterion) => criterion.id) as [string, ...string[]];
      return z.partialRecord(z.enum(criterionIds), z.number().check(z.gte(min), z.lte(max), weightPrecision));
    }
  }
}

/**
 * The answers schema, built from the questionnaire in the data, so that adding an
 * option is a data change. Unknown questions are rejected.
 */
function buildAnswersSchema(dataset: Pick<Dataset, 'questions' | 'criteria' | 'meta'>) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const question of dataset.questions) shape[question.id] = z.optional(answerSchemaFor(question, dataset));
  return z.strictObject(shape);
}

const schemaCache = new WeakMap<object, z.ZodMiniType>();

/** Reads untrusted answers: `{ ok: true, answers }` or every problem in plain words; never throws. */
export function validateAnswers(input: unknown, dataset: Pick<Dataset, 'questions' | 'criteria' | 'meta'>): AnswersResult {
  let schema = schemaCache.get(dataset.questions);
  if (!schema) {
    schema = buildAnswersSchema(dataset);
    schemaCache.set(dataset.questions, schema);
  }
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, answers: parsed.data as Answers };
  return { ok: false, problems: parsed.error.issues.map(describeIssue) };
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
  const entries = typeof input === 'object' && input !== null && !Array.isArray(input) ? Object.entries(input as Record<string, unknown>) : [];
  for (const [questionId, value] of entries) {
    const question = dataset.questions.find((q) => q.id === questionId);
    if (!question) {
      unknownCount += 1;
      continue;
    }
    const schema = answerSchemaFor(question, dataset);
    if (schema.safeParse(value).success) {
      answers[questionId] = value as AnswerValue;
      continue;
    }
    // Keep the parts that are still valid: options of a list, entries of the weights.
    let kept: AnswerValue | undefined;
    if (question.kind === 'many' && Array.isArray(value)) {
      const ids = [...new Set(value.filter((id): id is string => typeof id === 'string' && question.options.some((o) => o.id === id)))];
      if (ids.length > 0) kept = ids;
    } else if (question.kind === 'weights' && typeof value === 'object' && value !== null) {
      const weights = Object.fromEntries(Object.entries(value).filter(([id, w]) => dataset.criteria.some((c) => c.id === id) && typeof w === 'number' && isWeight(w, dataset.meta.weightRange)));
      if (Object.keys(weights).length > 0) kept = weights;
    }
    if (kept !== undefined) answers[questionId] = kept;
    droppedQuestionIds.push(questionId);
  }
  return { answers, droppedQuestionIds, unknownCount };
}
