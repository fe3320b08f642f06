import fc from 'fast-check';
import { seedDataset } from './editions.ts';
import type { Answers } from '../../src/schema/answers.ts';
import type { Dataset, Question } from '../../src/schema/dataset.ts';
import { combinesStandAlone, standsAlone } from '../../src/schema/offered-options.ts';

/** A choice as the questionnaire allows it: an option that stands alone is never beside another. */
const withoutContradiction = (question: Question, list: string[]) => {
  if (!combinesStandAlone(question, list)) return list;
  const rest = list.filter((id) => !standsAlone(question, id));
  return rest.length > 0 ? rest : list.slice(0, 1);
};

/** Any answer set the answers schema accepts, built from the questionnaire in the data. */
export function arbitraryAnswers(dataset: Dataset = seedDataset): fc.Arbitrary<Answers> {
  const { min, max } = dataset.meta.weightRange;
  // Slider steps, and any weight on the schema's three-decimal grid.
  const weight = fc.oneof(fc.integer({ min: min * 2, max: max * 2 }).map((n) => n / 2), fc.integer({ min: min * 1000, max: max * 1000 }).map((n) => n / 1000));
  // Scores tried in the what-if: any score the data gives (not those the answers set), on the one-decimal grid.
  const scoreKeys = dataset.criteria.filter((c) => c.kind !== 'switching').flatMap((c) => Object.keys(c.scores).map((f) => `${c.id}.${f}`));
  const score = fc.integer({ min: dataset.meta.scale.min * 10, max: dataset.meta.scale.max * 10 }).map((n) => n / 10);
  const shape: Record<string, fc.Arbitrary<Answers[string]>> = {};
  for (const question of dataset.questions) {
    const ids = question.options.map((o) => o.id);
    shape[question.id] =
      question.kind === 'one'
        ? fc.constantFrom(...ids)
        : question.kind === 'many'
          ? fc.shuffledSubarray(ids, { minLength: 1 }).map((list) => withoutContradiction(question, list))
          : question.kind === 'scores'
            ? fc.dictionary(fc.constantFrom(...scoreKeys), score, { maxKeys: 4 })
            : fc.dictionary(fc.constantFrom(...dataset.criteria.map((c) => c.id)), weight, { maxKeys: dataset.criteria.length });
  }
  return fc.record(shape, { requiredKeys: [] });
}
