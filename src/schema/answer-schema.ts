import * as z from 'zod/mini';
import { isOnWeightGrid, WEIGHT_DECIMALS } from './answer-grid.ts';
import { STANDS_ALONE, triedScoreProblem } from './answers.ts';
import { combinesStandAlone } from './offered-options.ts';
import type { Dataset, Question } from './dataset.ts';

// The zod schema of one answer, for the wizard's forms (react-hook-form's resolver takes a
// schema). The same rules are checked without zod by answerProblems (answers.ts), which the
// engine and the share-link codec use; a property test keeps the two in agreement.

function optionIds(question: Question): [string, ...string[]] {
  const ids = question.options.map((option) => option.id);
  // A "weights" question has no options; an enum still needs one member, and it is never used.
  return ids.length > 0 ? (ids as [string, ...string[]]) : [''];
}

const noDuplicates = z.refine<string[]>((list) => new Set(list).size === list.length, {
  message: 'lists the same option twice',
});

const weightPrecision = z.refine<number>(isOnWeightGrid, { message: `must have at most ${WEIGHT_DECIMALS} decimals` });

/** The schema of one question's answer, built from the question's options (and the criteria, for weights). */
export function answerSchemaFor(question: Question, dataset: Pick<Dataset, 'criteria' | 'meta'>) {
  switch (question.kind) {
    case 'one':
      return z.enum(optionIds(question));
    case 'many':
      return z.array(z.enum(optionIds(question))).check(
        z.minLength(1),
        noDuplicates,
        z.refine((list) => !combinesStandAlone(question, list), { message: STANDS_ALONE }),
      );
    case 'weights': {
      const { min, max } = dataset.meta.weightRange;
      const criterionIds = dataset.criteria.map((criterion) => criterion.id) as [string, ...string[]];
      return z.partialRecord(z.enum(criterionIds), z.number().check(z.gte(min), z.lte(max), weightPrecision));
    }
    case 'scores':
      // Never a form (the what-if sets it); the one rule, so the two checks cannot drift apart.
      return z.record(z.string(), z.number()).check(
        z.refine((scores) => Object.entries(scores).every(([key, score]) => triedScoreProblem(key, score, dataset) === null), { message: 'holds a score the data cannot take' }),
      );
  }
}
