import { applyEdition } from './apply-edition.ts';
import { assembleEditions } from './assemble-dataset.ts';
import { checkPresets } from './check-presets.ts';
import type { DataFiles } from './dataset.ts';
import { formatDatasetProblem, parseDataset } from './parse-dataset.ts';

/**
 * Every problem in the seed files, in each edition file, and in the presets (answered on
 * the newest edition), one line each
 * (`data/criteria.json at criteria.2.scores.pytorch.score: must be at most 10`).
 * Run by the build (scripts/build/validate-data-plugin.ts) and the tests; the page itself trusts the data.
 */
export function validateData(seedFiles: DataFiles, editionFiles: Readonly<Record<string, unknown>>, presets: unknown): string[] {
  const seed = parseDataset(seedFiles);
  if (!seed.ok) return seed.problems.map(formatDatasetProblem);
  const problems = Object.entries(editionFiles).flatMap(([file, edition]) => {
    const result = applyEdition(seedFiles, edition, file);
    return result.ok ? [] : result.problems.map(formatDatasetProblem);
  });
  if (problems.length > 0) return problems;
  return checkPresets(presets, assembleEditions(seedFiles, editionFiles).current);
}
