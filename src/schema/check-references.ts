import type { Condition, DataFileName, Dataset } from './dataset.ts';

/** A problem in one data file: which file, where inside it, and what is wrong. */
export interface DatasetProblem {
  readonly file: DataFileName;
  readonly path: string;
  readonly message: string;
}

/** What every check shares: the dataset, the ids it knows, and the reporting helpers. */
interface Checker {
  readonly d: Dataset;
  readonly report: (file: DataFileName, path: string, message: string) => void;
  readonly checkSources: (file: DataFileName, path: string, ids: readonly string[]) => void;
  readonly checkFramework: (file: DataFileName, path: string, id: string) => void;
  /** An entry for every framework, and for no unknown one. */
  readonly checkAllFrameworks: (file: DataFileName, path: string, values: Readonly<Record<string, unknown>>) => void;
  readonly checkCondition: (file: DataFileName, path: string, condition: Condition) => void;
}

function createChecker(d: Dataset, problems: DatasetProblem[]): Checker {
  const sourceIds = new Set(d.sources.map((s) => s.id));
  const frameworkIds = new Set(d.frameworks.map((f) => f.id));
  const questionById = new Map(d.questions.map((q) => [q.id, q]));
  const checker: Checker = {
    d,
    report: (file, path, message) => {
      problems.push({ file, path, message });
    },
    checkSources: (file, path, ids) => {
      ids.forEach((id, i) => {
        if (!sourceIds.has(id)) checker.report(file, `${path}.${i}`, `names an unknown source "${id}"`);
      });
    },
    checkFramework: (file, path, id) => {
      if (!frameworkIds.has(id)) checker.report(file, path, `names an unknown framework "${id}"`);
    },
    checkAllFrameworks: (file, path, values) => {
      for (const id of Object.keys(values)) checker.checkFramework(file, `${path}.${id}`, id);
      for (const id of frameworkIds) if (!(id in values)) checker.report(file, path, `has no entry for the framework "${id}"`);
    },
    checkCondition: (file, path, condition) => {
      if ('question' in condition) {
        const question = questionById.get(condition.question);
        if (!question) {
          checker.report(file, `${path}.question`, `names an unknown question "${condition.question}"`);
          return;
        }
        const [key, options] = 'anyOf' in condition ? ['anyOf', condition.anyOf] : ['onlyOf', condition.onlyOf];
        options.forEach((id, i) => {
          if (!question.options.some((o) => o.id === id)) checker.report(file, `${path}.${key}.${i}`, `is not an option of "${question.id}": "${id}"`);
        });
      } else if ('leader' in condition) checker.checkFramework(file, `${path}.leader`, condition.leader);
      else if ('all' in condition) condition.all.forEach((c, i) => { checker.checkCondition(file, `${path}.all.${i}`, c); });
      else if ('any' in condition) condition.any.forEach((c, i) => { checker.checkCondition(file, `${path}.any.${i}`, c); });
      else if ('not' in condition) checker.checkCondition(file, `${path}.not`, condition.not);
    },
  };
  return checker;
}

/** No id twice in any list. */
function checkUniqueIds({ d, report }: Checker) {
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
  unique('migration.json', 'sizes', d.migration.sizes.map((s) => s.id));
  d.questions.forEach((q, qi) => { unique('questions.json', `questions.${qi}.options`, q.options.map((o) => o.id)); });
}

/** The roles name questions of the right kind; the scale's source exists and its bands run downwards. */
function checkMeta({ d, report, checkSources }: Checker) {
  const roleKinds = { existingCode: 'one', projectSize: 'one', targets: 'many', priorities: 'weights', triedScores: 'scores' } as const;
  for (const [role, kind] of Object.entries(roleKinds) as [keyof typeof roleKinds, string][]) {
    const question = d.questions.find((q) => q.id === d.meta.roles[role]);
    if (!question) report('meta.json', `roles.${role}`, `names an unknown question "${d.meta.roles[role]}"`);
    else if (question.kind !== kind) report('meta.json', `roles.${role}`, `must name a question of kind "${kind}", not "${question.kind}"`);
  }
  checkSources('meta.json', 'scale', [d.meta.scale.source]);
  d.meta.scale.bands.forEach((band, i, bands) => {
    if (i > 0 && band.min >= bands[i - 1]!.min) report('meta.json', `scale.bands.${i}.min`, 'bands must be listed from the highest to the lowest');
  });
}

/** Every criterion scores every framework, on the scale, with known sources and facts; capability scores are estimates. */
function checkCriteria({ d, report, checkSources, checkAllFrameworks, checkCondition }: Checker) {
  const factIds = new Set(d.facts.map((f) => f.id));
  d.criteria.forEach((criterion, ci) => {
    if (criterion.floor) {
      checkCondition('criteria.json', `criteria.${ci}.floor.when`, criterion.floor.when);
      // Scores are resolved before the ranking: a floor cannot depend on who leads.
      if (namesLeader(criterion.floor.when)) report('criteria.json', `criteria.${ci}.floor.when`, 'a floor comes before the ranking, so its condition may name answers only');
      if (criterion.floor.score <= d.meta.scale.min || criterion.floor.score > d.meta.scale.max) report('criteria.json', `criteria.${ci}.floor.score`, 'must be above the scale\'s lowest and on the scale');
      if (criterion.kind === 'switching') report('criteria.json', `criteria.${ci}.floor`, 'a criterion the answers score has no floor');
    }
    checkAllFrameworks('criteria.json', `criteria.${ci}.scores`, criterion.scores);
    for (const [frameworkId, score] of Object.entries(criterion.scores)) {
      const path = `criteria.${ci}.scores.${frameworkId}`;
      checkSources('criteria.json', `${path}.sources`, score.sources);
      if (score.basis !== undefined && !factIds.has(score.basis)) report('criteria.json', `${path}.basis`, `names an unknown fact "${score.basis}"`);
      if (criterion.kind === 'capability' && !score.estimate) report('criteria.json', `${path}.estimate`, "capability scores are the project's estimates and must be marked so");
      if (score.score < d.meta.scale.min || score.score > d.meta.scale.max) report('criteria.json', `${path}.score`, 'is outside the scale');
    }
  });
}

/** Facts have a value for every framework; alternatives, pitfalls and verdicts name what exists. */
function checkFactsAndAdvice({ d, report, checkSources, checkAllFrameworks, checkCondition }: Checker) {
  d.facts.forEach((fact, fi) => {
    checkSources('facts.json', `facts.${fi}.sources`, fact.sources);
    checkAllFrameworks('facts.json', `facts.${fi}.values`, fact.values);
  });
  const frameworkIds = new Set(d.frameworks.map((f) => f.id));
  d.alternatives.forEach((alternative, ai) => {
    if (frameworkIds.has(alternative.id)) report('alternatives.json', `alternatives.${ai}.id`, `"${alternative.id}" is a scored framework now; take it out of the alternatives`);
    checkSources('alternatives.json', `alternatives.${ai}.sources`, alternative.sources);
    alternative.matches.forEach((match, mi) => { checkCondition('alternatives.json', `alternatives.${ai}.matches.${mi}.when`, match.when); });
  });
  d.pitfalls.forEach((pitfall, pi) => {
    checkSources('pitfalls.json', `pitfalls.${pi}.sources`, pitfall.sources);
    checkCondition('pitfalls.json', `pitfalls.${pi}.when`, pitfall.when);
  });
  const alternativeIds = new Set(d.alternatives.map((a) => a.id));
  d.wrongComparisons.forEach((rule, ri) => {
    checkCondition('verdicts.json', `wrongComparisons.${ri}.when`, rule.when);
    rule.alternatives.forEach((id, i) => {
      if (!alternativeIds.has(id)) report('verdicts.json', `wrongComparisons.${ri}.alternatives.${i}`, `names an unknown alternative "${id}"`);
    });
  });
}

/** Migration sizes are the project-size options, with sane ranges; every kind of move has words for every size. */
function checkMigration({ d, report, checkSources, checkFramework, checkCondition }: Checker) {
  checkSources('migration.json', 'sources', d.migration.sources);
  checkFramework('migration.json', 'measured.from', d.migration.measured.from);
  checkFramework('migration.json', 'measured.to', d.migration.measured.to);
  const sizeIds = d.migration.sizes.map((s) => s.id);
  const checkTexts = (path: string, texts: Readonly<Record<string, unknown>>) => {
    for (const id of sizeIds) if (!(id in texts)) report('migration.json', path, `has no text for the size "${id}"`);
    for (const id of Object.keys(texts)) if (!sizeIds.includes(id)) report('migration.json', `${path}.${id}`, `is not a migration size: "${id}"`);
  };
  d.migration.directions.forEach((direction, di) => {
    checkFramework('migration.json', `directions.${di}.from`, direction.from);
    checkFramework('migration.json', `directions.${di}.to`, direction.to);
    checkSources('migration.json', `directions.${di}.sources`, direction.sources);
    checkTexts(`directions.${di}.dominatedBy`, direction.dominatedBy);
  });
  if (d.migration.rewrite) {
    checkSources('migration.json', 'rewrite.sources', d.migration.rewrite.sources);
    checkTexts('rewrite.dominatedBy', d.migration.rewrite.dominatedBy);
  }
  const { backendSwitch } = d.migration;
  if (backendSwitch) {
    checkSources('migration.json', 'backendSwitch.sources', backendSwitch.sources);
    checkTexts('backendSwitch.sizes', backendSwitch.sizes);
    backendSwitch.unavailable?.forEach((u, ui) => {
      checkFramework('migration.json', `backendSwitch.unavailable.${ui}.to`, u.to);
      checkCondition('migration.json', `backendSwitch.unavailable.${ui}.when`, u.when);
    });
    for (const [id, size] of Object.entries(backendSwitch.sizes)) {
      if (size.costMin > size.costMax) report('migration.json', `backendSwitch.sizes.${id}.costMin`, 'is above costMax');
      if (size.weeksMin > size.weeksMax) report('migration.json', `backendSwitch.sizes.${id}.weeksMin`, 'is above weeksMax');
    }
  }
  const sizeQuestion = d.questions.find((q) => q.id === d.meta.roles.projectSize);
  d.migration.sizes.forEach((size, si) => {
    if (size.costMin > size.costMax) report('migration.json', `sizes.${si}.costMin`, 'is above costMax');
    if (size.weeksMin > size.weeksMax) report('migration.json', `sizes.${si}.weeksMin`, 'is above weeksMax');
    if (sizeQuestion && !sizeQuestion.options.some((o) => o.id === size.id)) report('migration.json', `sizes.${si}.id`, `is not an option of "${sizeQuestion.id}": "${size.id}"`);
  });
}

/** Deployment targets are target options, and every framework has a path on each of them. */
function checkDeployment({ d, report, checkSources, checkFramework, checkCondition }: Checker) {
  const targetQuestion = d.questions.find((q) => q.id === d.meta.roles.targets);
  d.deployment.forEach((target, ti) => {
    if (targetQuestion && !targetQuestion.options.some((o) => o.id === target.target)) report('deployment.json', `targets.${ti}.target`, `is not an option of "${targetQuestion.id}": "${target.target}"`);
    target.paths.forEach((path, pi) => {
      checkFramework('deployment.json', `targets.${ti}.paths.${pi}.framework`, path.framework);
      checkSources('deployment.json', `targets.${ti}.paths.${pi}.sources`, path.sources);
      if (path.status) checkSources('deployment.json', `targets.${ti}.paths.${pi}.status.sources`, path.status.sources);
      if (path.when) checkCondition('deployment.json', `targets.${ti}.paths.${pi}.when`, path.when);
    });
    for (const framework of d.frameworks) {
      if (!target.paths.some((p) => p.framework === framework.id)) report('deployment.json', `targets.${ti}.paths`, `has no deployment path for the framework "${framework.id}" on "${target.target}"`);
    }
  });
}

/** Whether a condition depends on the ranking (the leader, or code in another framework than the leader's). */
const namesLeader = (c: Condition): boolean =>
  'leader' in c || 'codeInOtherFramework' in c || ('all' in c && c.all.some(namesLeader)) || ('any' in c && c.any.some(namesLeader)) || ('not' in c && namesLeader(c.not));

/** Options name known criteria and frameworks; only switching criteria are scored by answers, each by one question that covers every framework. */
function checkQuestions({ d, report, checkFramework, checkAllFrameworks, checkCondition }: Checker) {
  const criterionById = new Map(d.criteria.map((c) => [c.id, c]));
  const scoredBy = new Map<string, string>();
  d.questions.forEach((question, qi) => {
    if (question.askWhen) checkCondition('questions.json', `questions.${qi}.askWhen`, question.askWhen);
    const valued = question.kind === 'weights' || question.kind === 'scores';
    if (valued && question.options.length > 0) report('questions.json', `questions.${qi}.options`, `a ${question.kind} question has no options`);
    if (!valued && question.options.length === 0) report('questions.json', `questions.${qi}.options`, 'must have at least 1 option');
    question.options.forEach((option, oi) => {
      const path = `questions.${qi}.options.${oi}`;
      if (option.framework !== undefined) checkFramework('questions.json', `${path}.framework`, option.framework);
      if (option.rewrite && option.framework === undefined) report('questions.json', `${path}.rewrite`, 'code to be rewritten must name the framework it is written in');
      if (option.rewrite && !d.migration.rewrite) report('questions.json', `${path}.rewrite`, 'code to be rewritten needs the "rewrite" texts in migration.json');
      if (option.multiBackend && option.framework === undefined) report('questions.json', `${path}.multiBackend`, 'code on a multi-backend library must name the backend it runs on as its framework');
      if (option.multiBackend && !d.migration.backendSwitch) report('questions.json', `${path}.multiBackend`, 'code on a multi-backend library needs the "backendSwitch" figures in migration.json');
      option.retired?.replacedBy.forEach((id, ri) => {
        const replacement = question.options.find((o) => o.id === id);
        if (!replacement || replacement.retired) report('questions.json', `${path}.retired.replacedBy.${ri}`, `is not a current option of "${question.id}": "${id}"`);
      });
      option.weights.forEach((effect, ei) => {
        if (!criterionById.has(effect.criterion)) report('questions.json', `${path}.weights.${ei}.criterion`, `names an unknown criterion "${effect.criterion}"`);
        if (effect.when) {
          checkCondition('questions.json', `${path}.weights.${ei}.when`, effect.when);
          if (namesLeader(effect.when)) report('questions.json', `${path}.weights.${ei}.when`, 'a weight comes before the ranking, so its condition may name answers only');
        }
      });
      option.scores?.forEach((effect, ei) => {
        const criterion = criterionById.get(effect.criterion);
        if (!criterion) {
          report('questions.json', `${path}.scores.${ei}.criterion`, `names an unknown criterion "${effect.criterion}"`);
          return;
        }
        if (effect.when) {
          checkCondition('questions.json', `${path}.scores.${ei}.when`, effect.when);
          if (namesLeader(effect.when)) report('questions.json', `${path}.scores.${ei}.when`, 'answer-set scores come before the ranking, so their condition may name answers only');
        }
        if (criterion.kind !== 'switching') report('questions.json', `${path}.scores.${ei}.criterion`, `"${effect.criterion}" is not scored by answers (its kind is "${criterion.kind}")`);
        if (question.kind !== 'one') report('questions.json', `${path}.scores`, 'only single-choice questions may set scores');
        const owner = scoredBy.get(effect.criterion);
        if (owner !== undefined && owner !== question.id) report('questions.json', `${path}.scores.${ei}.criterion`, `"${effect.criterion}" is already scored by the question "${owner}"`);
        scoredBy.set(effect.criterion, question.id);
        checkAllFrameworks('questions.json', `${path}.scores.${ei}.values`, effect.values);
      });
    });
  });
  // Team knowledge and existing code count for every framework: each has an option that stands for it and scores it.
  for (const [criterionId, questionId] of scoredBy) {
    const qi = d.questions.findIndex((q) => q.id === questionId);
    for (const framework of d.frameworks) {
      const stands = d.questions[qi]!.options.some((o) => o.framework === framework.id && o.scores?.some((e) => e.criterion === criterionId));
      if (!stands) report('questions.json', `questions.${qi}.options`, `no option of "${questionId}" stands for the framework "${framework.id}" and scores "${criterionId}"`);
    }
  }
}

/** Cross-file checks: every id that one file names must exist in another, and every framework must be covered everywhere. */
export function checkReferences(d: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const checker = createChecker(d, problems);
  for (const check of [checkUniqueIds, checkMeta, checkCriteria, checkFactsAndAdvice, checkMigration, checkDeployment, checkQuestions]) check(checker);
  return problems;
}
