import { assembleDataset } from './assemble-dataset.ts';
import { checkReferences, type DatasetProblem } from './check-references.ts';
import { DATA_FILE_SCHEMAS, type DataFileName, type DataFiles, type Dataset } from './dataset.ts';
import { describeIssue } from './describe-issue.ts';

export type { DatasetProblem } from './check-references.ts';

type DatasetResult = { readonly ok: true; readonly dataset: Dataset } | { readonly ok: false; readonly problems: readonly DatasetProblem[] };

/** `data/criteria.json at criteria.2.scores.pytorch.score: must be at most 10 (got 11)` */
export function formatDatasetProblem(problem: { readonly file: string; readonly path: string; readonly message: string }): string {
  return `data/${problem.file}${problem.path ? ` at ${problem.path}` : ''}: ${problem.message}`;
}

/**
 * Validates every data file against its schema, then the references between them.
 * Never throws; returns every problem found.
 */
export function parseDataset(files: DataFiles): DatasetResult {
  const problems: DatasetProblem[] = [];
  const parsed: Partial<Record<DataFileName, unknown>> = {};
  for (const file of Object.keys(DATA_FILE_SCHEMAS) as DataFileName[]) {
    const result = DATA_FILE_SCHEMAS[file].safeParse(files[file], { reportInput: true });
    if (result.success) parsed[file] = result.data;
    else for (const issue of result.error.issues) problems.push({ file, ...describeIssue(issue) });
  }
  if (problems.length > 0) return { ok: false, problems };

  const dataset = assembleDataset(parsed as DataFiles);
  problems.push(...checkReferences(dataset));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset };
}
