import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { currentDataset } from '../../src/data/editions.ts';
import { seedDataset } from '../support/editions.ts';
import { answerSchemaFor } from '../../src/schema/answer-schema.ts';
import { chosenOptions, clearWeights, setWeight, weightOverrides } from '../../src/schema/answer-values.ts';
import { answerProblems, answersForEdition, keepValidAnswers, validateAnswers } from '../../src/schema/answers.ts';
import type { Dataset, Question } from '../../src/schema/dataset.ts';
import { arbitraryAnswers } from '../support/arbitraries.ts';

describe('answer values', () => {
  it('reads option ids and weights from any answer shape', () => {
    expect(chosenOptions({ goal: 'research' }, 'goal')).toEqual(['research']);
    expect(chosenOptions({ data: ['text', 'vision'] }, 'data')).toEqual(['text', 'vision']);
    expect(chosenOptions({ priorities: { mobile: 2 } }, 'priorities')).toEqual([]);
    expect(chosenOptions({}, 'goal')).toEqual([]);
    expect(weightOverrides({ priorities: { mobile: 2 } }, 'priorities')).toEqual({ mobile: 2 });
    expect(weightOverrides({ goal: 'research' }, 'goal')).toEqual({});
  });
});

describe('setting a weight: one rule for the priorities step and the what-if sliders', () => {
  it('keeps a weight that differs from the suggestion, and drops one that equals it', () => {
    const moved = setWeight({ goal: 'research' }, 'priorities', 'mobile', 5, 1);
    expect(moved).toEqual({ goal: 'research', priorities: { mobile: 5 } });
    // Dragged back to the suggestion: no override left, so no "Changed" and nothing in the link.
    expect(setWeight(moved, 'priorities', 'mobile', 1, 1)).toEqual({ goal: 'research' });
    // Equal on the weights' three-decimal grid counts as equal.
    expect(setWeight(moved, 'priorities', 'mobile', 0.1 + 0.2, 0.3)).toEqual({ goal: 'research' });
    expect(setWeight(setWeight(moved, 'priorities', 'research', 0, 4), 'priorities', 'mobile', 1, 1)).toEqual({ goal: 'research', priorities: { research: 0 } });
    expect(clearWeights(moved, 'priorities')).toEqual({ goal: 'research' });
  });

  test.prop([fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true })])('setting a weight and then its suggestion leaves the answers as they were', (weight, suggested) => {
    const answers = { goal: 'research' };
    expect(setWeight(setWeight(answers, 'priorities', 'mobile', weight, suggested), 'priorities', 'mobile', suggested, suggested)).toEqual(answers);
  });
});

describe('saved answers, read field by field', () => {
  it('keeps every valid answer and every valid part, and names what it dropped', () => {
    const checked = keepValidAnswers(
      { goal: 'research', data: ['text', 'hologram', 'vision'], team: 'cobol', priorities: { mobile: 3, research: 99, speed: 1 }, colour: 'red', targets: 'server', scores: { 'mobile.pytorch': 6.5, 'mobile.jax': 6, 'teamSkills.pytorch': 2, 'devex.tensorflow': 0.5 } },
      seedDataset,
    );
    // The seed has no JAX; team knowledge is set by the answers, not tried; 0.5 is off the scale.
    expect(checked.answers).toEqual({ goal: 'research', data: ['text', 'vision'], priorities: { mobile: 3 }, scores: { 'mobile.pytorch': 6.5 } });
    // Named in the questionnaire's order.
    expect(checked.droppedQuestionIds).toEqual(['data', 'targets', 'team', 'priorities', 'scores']);
    expect(checked.unknownCount).toBe(1);
  });

  test.prop([fc.anything()], { numRuns: 2000 })('never throws, and whatever it keeps the questionnaire accepts', (input) => {
    const checked = keepValidAnswers(input, seedDataset);
    expect(validateAnswers(checked.answers, seedDataset).ok).toBe(true);
  });

  test.prop([arbitraryAnswers()], { numRuns: 500 })('keeps a valid answer set whole', (answers) => {
    expect(keepValidAnswers(answers, seedDataset)).toEqual({ answers, droppedQuestionIds: [], unknownCount: 0 });
  });
});

describe('the answers checked without zod agree with the forms’ zod schema', () => {
  const datasets = [seedDataset, currentDataset];
  // Valid answers, near misses (a wrong id, a duplicate, an off-grid weight) and junk.
  const anyValue = (dataset: Dataset, question: Question) => {
    const ids = [...question.options.map((o) => o.id), 'nope', ''];
    const criteria = [...dataset.criteria.map((c) => c.id), 'speed'];
    return fc.oneof(
      fc.constantFrom(...ids),
      fc.array(fc.constantFrom(...ids), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom(...criteria), fc.oneof(fc.integer({ min: -2, max: 12 }), fc.double({ min: -1, max: 11, noNaN: true }), fc.constant(Number.NaN)), { maxKeys: 4 }),
      fc.anything(),
    );
  };
  test.prop([fc.constantFrom(...datasets).chain((dataset) => fc.constantFrom(...dataset.questions).chain((question) => fc.tuple(fc.constant(dataset), fc.constant(question), anyValue(dataset, question))))], { numRuns: 3000 })(
    'for every question and any value, both accept or both refuse',
    ([dataset, question, value]) => {
      expect(answerProblems(question, value, dataset).length === 0).toBe(answerSchemaFor(question, dataset).safeParse(value).success);
    },
  );
});

describe('answers read by an older edition', () => {
  it('stand for the option each new one replaced there, and keep what has no counterpart for the check to leave out', () => {
    const answers = { goal: 'production', workload: ['classic'], targets: ['microcontroller', 'embedded', 'mobile'], hardware: ['nvidia', 'amd', 'tpu'] };
    const read = answersForEdition(answers, currentDataset, seedDataset);
    expect(read).toEqual({ goal: 'production', workload: ['classic'], targets: ['edge', 'mobile'], hardware: ['gpu', 'tpu'] });
    expect(keepValidAnswers(read, seedDataset)).toEqual({ answers: { goal: 'production', targets: ['edge', 'mobile'], hardware: ['gpu', 'tpu'] }, droppedQuestionIds: [], unknownCount: 1 });
    // The newest edition reads its own answers as they are.
    expect(answersForEdition(answers, currentDataset, currentDataset)).toEqual(answers);
  });
});
