import { applyEdition } from './apply-edition.ts';
import { assembleEditions } from './assemble-dataset.ts';
import { chainEditions } from './chain-editions.ts';
import { checkPresets } from './check-presets.ts';
import { EditionFileSchema, type DataFiles } from './dataset.ts';
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
  // Each edition is checked on top of the edition it builds on, in the chain's order.
  const shaped = Object.entries(editionFiles).filter(([, edition]) => EditionFileSchema.safeParse(edition).success);
  const chain = chainEditions(seed.dataset.meta.edition, Object.fromEntries(shaped));
  const problems: string[] = chain.problems.map(formatDatasetProblem);
  const filesOf = new Map<string, DataFiles>([[seed.dataset.meta.edition.id, seedFiles]]);
  for (const [file, edition] of Object.entries(editionFiles)) {
    if (shaped.some(([f]) => f === file)) continue;
    const result = applyEdition(seedFiles, edition, file);
    if (!result.ok) problems.push(...result.problems.map(formatDatasetProblem));
  }
  for (const { file, edition } of chain.ordered) {
    const base = filesOf.get(edition.base);
    if (!base) {
      problems.push(formatDatasetProblem({ file, path: 'base', message: `builds on "${edition.base}", which has problems of its own` }));
      continue;
    }
    const result = applyEdition(base, edition, file);
    if (result.ok) filesOf.set(edition.id, result.files);
    else problems.push(...result.problems.map(formatDatasetProblem));
  }
  if (problems.length > 0) return problems;
  return checkPresets(presets, assembleEditions(seedFiles, editionFiles).current);
}
