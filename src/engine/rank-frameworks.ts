import type { Answers } from '../schema/answers.ts';
import type { Dataset } from '../schema/dataset.ts';
import { deriveWeights } from './derive-weights.ts';
import { resolveScores } from './resolve-scores.ts';
import { scoreFrameworks } from './score-frameworks.ts';
import type { FrameworkScore } from './types.ts';

/**
 * The ranking alone for some answers (no verdict, no extras), best first: for questions asked
 * only when one framework leads, and for the answer tipping points. Equal weights on the seed -> PyTorch, TensorFlow.
 */
export function rankingFor(answers: Answers, dataset: Dataset): FrameworkScore[] {
  return scoreFrameworks(deriveWeights(answers, dataset), resolveScores(answers, dataset), dataset);
}
