import type { DataFiles, Dataset, EditionFile } from './dataset.ts';
import { EditionFileSchema } from './dataset.ts';
import { describeIssue } from './describe-issue.ts';
import { applyChanges, historyOf } from './assemble-dataset.ts';
import { parseDataset } from './parse-dataset.ts';

interface EditionProblem {
  /** The edition file, e.g. `editions/2026-11.json`. */
  readonly file: string;
  readonly path: string;
  readonly message: string;
}

type EditionResult = { readonly ok: true; readonly dataset: Dataset; readonly files: DataFiles } | { readonly ok: false; readonly problems: readonly EditionProblem[] };

/**
 * An edition's data: the files of its base (the seed's, or those of the edition it builds on)
 * with the edition's changes applied, then validated like any dataset. A change whose `old`
 * value is not what the base holds is an error, so the list of changes always says
 * truthfully what was there before.
 */
export function applyEdition(baseFiles: DataFiles, input: unknown, fileName: string): EditionResult {
  const parsed = EditionFileSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => ({ file: fileName, ...describeIssue(issue) })) };
  const edition: EditionFile = parsed.data;
  const applied = applyChanges(baseFiles, edition);
  const problems: EditionProblem[] = applied.problems.map((p) => ({ file: fileName, ...p }));
  if (problems.length > 0) return { ok: false, problems };

  // A problem in the edited files is the edition's: name the edition, then the file it changed.
  const result = parseDataset(applied.files);
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => ({ ...p, file: `${fileName}, once applied to ${p.file},` })) };
  const dataset: Dataset = { ...result.dataset, history: historyOf(edition) };

  // Every change cites known sources and touches known criteria and targets.
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const criterionIds = new Set(dataset.criteria.map((c) => c.id));
  const targetIds = new Set(dataset.questions.find((q) => q.id === dataset.meta.roles.targets)?.options.map((o) => o.id) ?? []);
  edition.changes.forEach((change, index) => {
    change.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) problems.push({ file: fileName, path: `changes.${index}.sources.${i}`, message: `names an unknown source "${id}"` });
    });
    change.touches?.criteria?.forEach((id, i) => {
      if (!criterionIds.has(id)) problems.push({ file: fileName, path: `changes.${index}.touches.criteria.${i}`, message: `names an unknown criterion "${id}"` });
    });
    change.touches?.targets?.forEach((id, i) => {
      if (!targetIds.has(id)) problems.push({ file: fileName, path: `changes.${index}.touches.targets.${i}`, message: `names an unknown target "${id}"` });
    });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset, files: applied.files };
}
