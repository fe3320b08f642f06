import { validateAnswers } from './answers.ts';
import { PresetsFileSchema, type Dataset } from './dataset.ts';
import { describeIssue } from './describe-issue.ts';
import { formatDatasetProblem } from './parse-dataset.ts';

/**
 * The start page's presets, checked against the questionnaire they are answered on (the
 * newest edition's): every preset's answers must be ones the wizard accepts, and ids unique.
 * `presets.0.answers.goal = 'fun'` -> `data/presets.json at presets.0.answers.goal: must be one of …`.
 */
export function checkPresets(input: unknown, current: Dataset): string[] {
  const parsed = PresetsFileSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return parsed.error.issues.map((issue) => formatDatasetProblem({ file: 'presets.json', ...describeIssue(issue) }));
  const problems: string[] = [];
  const seen = new Set<string>();
  parsed.data.presets.forEach((preset, pi) => {
    if (seen.has(preset.id)) problems.push(formatDatasetProblem({ file: 'presets.json', path: `presets.${pi}.id`, message: `repeats the id "${preset.id}"` }));
    seen.add(preset.id);
    const result = validateAnswers(preset.answers, current);
    if (!result.ok) {
      for (const problem of result.problems) problems.push(formatDatasetProblem({ file: 'presets.json', path: `presets.${pi}.answers${problem.path ? `.${problem.path}` : ''}`, message: problem.message }));
    }
  });
  return problems;
}
