import { validateAnswers } from './answers.ts';
import {
  DATA_FILE_SCHEMAS,
  type Condition,
  type DataFileName,
  type DataFiles,
  type Dataset,
} from './dataset.ts';
import { describeIssue } from './describe-issue.ts';
import { assembleDataset } from './assemble-dataset.ts';

/** A problem in one data file: which file, where inside it, and what is wrong. */
export interface DatasetProblem {
  readonly file: DataFileName;
  readonly path: string;
  readonly message: string;
}

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

/** Cross-file checks: every id that one file names must exist in another. */
function checkReferences(d: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (file: DataFileName, path: string, message: string): void => {
    problems.push({ file, path, message });
  };

  const unique = (file: DataFileName, listPath: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) report(file, `${listPath}.${index}.id`, `repeats the id "${id}"`);
      seen.add(id);
    });
  };
  unique('sources.json', 'sources', d.sources.map((s) => s.id));
  unique('frameworks.json', 'frameworks', d.frameworks.map((f) => f.id));
  unique('criteria.json', 'criteria', d.criteria.map((c) => c.id));
  unique('facts.json', 'facts', d.facts.map((f) => f.id));
  unique('alternatives.json', 'alternatives', d.alternatives.map((a) => a.id));
  unique('pitfalls.json', 'pitfalls', d.pitfalls.map((p) => p.id));
  unique('verdicts.json', 'wrongComparisons', d.wrongComparisons.map((v) => v.id));
  unique('questions.json', 'questions', d.questions.map((q) => q.id));
  unique('presets.json', 'presets', d.presets.map((p) => p.id));
  unique('migration.json', 'sizes', d.migration.sizes.map((s) => s.id));
  d.questions.forEach((q, qi) => { unique('questions.json', `questions.${qi}.options`, q.options.map((o) => o.id)); });

  const sourceIds = new Set(d.sources.map((s) => s.id));
  const frameworkIds = new Set(d.frameworks.map((f) => f.id));
  const criterionById = new Map(d.criteria.map((c) => [c.id, c]));
  const factIds = new Set(d.facts.map((f) => f.id));
  const alternativeIds = new Set(d.alternatives.map((a) => a.id));
  const questionById = new Map(d.questions.map((q) => [q.id, q]));

  const checkSources = (file: DataFileName, path: string, ids: readonly string[]) => { ids.forEach((id, i) => {
      if (!sourceIds.has(id)) report(file, `${path}.${i}`, `names an unknown source "${id}"`);
    }); };
  const checkFramework = (file: DataFileName, path: string, id: string) => {
    if (!frameworkIds.has(id)) report(file, path, `names an unknown framework "${id}"`);
  };
  const checkAllFrameworks = (file: DataFileName, path: string, values: Readonly<Record<string, unknown>>) => {
    for (const id of Object.keys(values)) checkFramework(file, `${path}.${id}`, id);
    for (const id of frameworkIds) if (!(id in values)) report(file, path, `has no entry for the framework "${id}"`);
  };
  const checkCondition = (file: DataFileName, path: string, condition: Condition): void => {
    if ('question' in condition) {
      const question = questionById.get(condition.question);
      if (!question) { report(file, `${path}.question`, `names an unknown question "${condition.question}"`); return; }
      const options = 'anyOf' in condition ? condition.anyOf : condition.onlyOf;
      const key = 'anyOf' in condition ? 'anyOf' : 'onlyOf';
      options.forEach((id, i) => {
        if (!question.options.some((o) => o.id === id)) report(file, `${path}.${key}.${i}`, `is not an option of "${question.id}": "${id}"`);
      });
    } else if ('leader' in condition) checkFramework(file, `${path}.leader`, condition.leader);
    else if ('all' in condition) condition.all.forEach((c, i) => { checkCondition(file, `${path}.all.${i}`, c); });
    else if ('any' in condition) condition.any.forEach((c, i) => { checkCondition(file, `${path}.any.${i}`, c); });
    else if ('not' in condition) checkCondition(file, `${path}.not`, condition.not);
  };

  const { roles } = d.meta;
  const roleKinds = { existingCode: 'one', projectSize: 'one', targets: 'many', priorities: 'weights' } as const;
  for (const [role, kind] of Object.entries(roleKinds) as [keyof typeof roleKinds, string][]) {
    const question = questionById.get(roles[role]);
    if (!question) report('meta.json', `roles.${role}`, `names an unknown question "${roles[role]}"`);
    else if (question.kind !== kind) report('meta.json', `roles.${role}`, `must name a question of kind "${kind}", not "${question.kind}"`);
  }
  if (!sourceIds.has(d.meta.scale.source)) report('meta.json', 'scale.source', `names an unknown source "${d.meta.scale.source}"`);
  d.meta.scale.bands.forEach((band, i, bands) => {
    if (i > 0 && band.min >= bands[i - 1]!.min) report('meta.json', `scale.bands.${i}.min`, 'bands must be listed from the highest to the lowest');
  });

  d.criteria.forEach((criterion, ci) => {
    checkAllFrameworks('criteria.json', `criteria.${ci}.scores`, criterion.scores);
    for (const [frameworkId, score] of Object.entries(criterion.scores)) {
      const path = `criteria.${ci}.scores.${frameworkId}`;
      checkSources('criteria.json', `${path}.sources`, score.sources);
      if (score.basis !== undefined && !factIds.has(score.basis)) report('criteria.json', `${path}.basis`, `names an unknown fact "${score.basis}"`);
      if (criterion.kind === 'capability' && !score.estimate) report('criteria.json', `${path}.estimate`, 'capability scores are the project\'s estimates and must be marked so');
      if (score.score < d.meta.scale.min || score.score > d.meta.scale.max) report('criteria.json', `${path}.score`, 'is outside the scale');
    }
  });
  d.facts.forEach((fact, fi) => {
    checkSources('facts.json', `facts.${fi}.sources`, fact.sources);
    checkAllFrameworks('facts.json', `facts.${fi}.values`, fact.values);
  });
  d.alternatives.forEach((alternative, ai) => {
    checkSources('alternatives.json', `alternatives.${ai}.sources`, alternative.sources);
    alternative.matches.forEach((match, mi) => { checkCondition('alternatives.json', `alternatives.${ai}.matches.${mi}.when`, match.when); });
  });
  checkSources('migration.json', 'sources', d.migration.sources);
  const sizeQuestion = questionById.get(roles.projectSize);
  d.migration.sizes.forEach((size, si) => {
    if (size.costMin > size.costMax) report('migration.json', `sizes.${si}.costMin`, 'is above costMax');
    if (size.weeksMin > size.weeksMax) report('migration.json', `sizes.${si}.weeksMin`, 'is above weeksMax');
    if (sizeQuestion && !sizeQuestion.options.some((o) => o.id === size.id)) report('migration.json', `sizes.${si}.id`, `is not an option of "${sizeQuestion.id}": "${size.id}"`);
  });
  d.pitfalls.forEach((pitfall, pi) => {
    checkSources('pitfalls.json', `pitfalls.${pi}.sources`, pitfall.sources);
    checkCondition('pitfalls.json', `pitfalls.${pi}.when`, pitfall.when);
  });
  d.wrongComparisons.forEach((rule, ri) => {
    checkCondition('verdicts.json', `wrongComparisons.${ri}.when`, rule.when);
    rule.alternatives.forEach((id, i) => {
      if (!alternativeIds.has(id)) report('verdicts.json', `wrongComparisons.${ri}.alternatives.${i}`, `names an unknown alternative "${id}"`);
    });
  });
  const targetQuestion = questionById.get(roles.targets);
  d.deployment.forEach((target, ti) => {
    if (targetQuestion && !targetQuestion.options.some((o) => o.id === target.target)) report('deployment.json', `targets.${ti}.target`, `is not an option of "${targetQuestion.id}": "${target.target}"`);
    target.paths.forEach((path, pi) => {
      checkFramework('deployment.json', `targets.${ti}.paths.${pi}.framework`, path.framework);
      checkSources('deployment.json', `targets.${ti}.paths.${pi}.sources`, path.sources);
    });
  });

  const scoredBy = new Map<string, string>();
  d.questions.forEach((question, qi) => {
    if (question.askWhen) checkCondition('questions.json', `questions.${qi}.askWhen`, question.askWhen);
    if (question.kind === 'weights' && question.options.length > 0) report('questions.json', `questions.${qi}.options`, 'a weights question has no options');
    if (question.kind !== 'weights' && question.options.length === 0) report('questions.json', `questions.${qi}.options`, 'must have at least 1 option');
    question.options.forEach((option, oi) => {
      const path = `questions.${qi}.options.${oi}`;
      if (option.framework !== undefined) checkFramework('questions.json', `${path}.framework`, option.framework);
      option.weights.forEach((effect, ei) => {
        if (!criterionById.has(effect.criterion)) report('questions.json', `${path}.weights.${ei}.criterion`, `names an unknown criterion "${effect.criterion}"`);
      });
      option.scores?.forEach((effect, ei) => {
        const criterion = criterionById.get(effect.criterion);
        if (!criterion) { report('questions.json', `${path}.scores.${ei}.criterion`, `names an unknown criterion "${effect.criterion}"`); return; }
        if (criterion.kind !== 'switching') report('questions.json', `${path}.scores.${ei}.criterion`, `"${effect.criterion}" is not scored by answers (its kind is "${criterion.kind}")`);
        if (question.kind !== 'one') report('questions.json', `${path}.scores`, 'only single-choice questions may set scores');
        const owner = scoredBy.get(effect.criterion);
        if (owner !== undefined && owner !== question.id) report('questions.json', `${path}.scores.${ei}.criterion`, `"${effect.criterion}" is already scored by the question "${owner}"`);
        scoredBy.set(effect.criterion, question.id);
        checkAllFrameworks('questions.json', `${path}.scores.${ei}.values`, effect.values);
      });
    });
  });

  d.presets.forEach((preset, pi) => {
    const result = validateAnswers(preset.answers, d);
    if (!result.ok) for (const problem of result.problems) report('presets.json', `presets.${pi}.answers${problem.path ? `.${problem.path}` : ''}`, problem.message);
  });
  return problems;
}
