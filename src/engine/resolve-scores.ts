import type { Answers } from '../schema/answers.ts';
import type { Dataset } from '../schema/dataset.ts';
import { chosenOptions, triedScores } from '../schema/answer-values.ts';
import { splitScoreKey } from '../schema/answer-grid.ts';
import { evaluateCondition, NO_LEADER } from './conditions.ts';
import type { CriterionWeight, ResolvedScore, ScoreTable } from './types.ts';

/**
 * Every framework's score on every criterion: the dataset's scores, with the
 * answer-scored criteria (team knowledge, existing code) set by the answers, any score the
 * user tried in the what-if in place of the data's, and then a score under a floor the answers
 * make a requirement counted as the scale's lowest.
 * `{ team: 'pytorch' }` -> teamSkills: { tensorflow: 4, pytorch: 10 }.
 */
export function resolveScores(answers: Answers, dataset: Dataset): ScoreTable {
  const table: Record<string, Record<string, ResolvedScore>> = {};
  for (const criterion of dataset.criteria) table[criterion.id] = { ...criterion.scores };
  for (const question of dataset.questions) {
    for (const optionId of chosenOptions(answers, question.id)) {
      const option = question.options.find((o) => o.id === optionId);
      for (const effect of option?.scores ?? []) {
        if (effect.when && !evaluateCondition(effect.when, { answers, dataset, leaderId: NO_LEADER })) continue;
        const row = table[effect.criterion];
        if (!row) continue;
        for (const [frameworkId, score] of Object.entries(effect.values)) {
          const base = row[frameworkId];
          if (!base) continue;
          // Sources and date stay those of the criterion's own (estimated) entry.
          row[frameworkId] = { ...base, score, reason: effect.reason, estimate: true, fromAnswer: { questionId: question.id, optionId } };
        }
      }
    }
  }
  // Scores the user tries in place of the data's (a score tipping point tried) stand, whatever set them (a floor below still applies).
  for (const [key, score] of Object.entries(triedScores(answers, dataset.meta.roles.triedScores))) {
    const [criterionId = '', frameworkId = ''] = splitScoreKey(key) ?? [];
    const row = table[criterionId];
    const base = row?.[frameworkId];
    if (row && base) row[frameworkId] = { ...base, score, tried: { dataScore: base.score } };
  }
  // A requirement the answers make (a product on a target): a path under its bar counts as no path yet,
  // the user's own tried score too (the bar is a rule about the path, not a judgement of it).
  for (const [criterionId, floor] of floorsThatApply(answers, dataset)) {
    const row = table[criterionId]!;
    for (const [frameworkId, entry] of Object.entries(row)) {
      if (entry.score < floor.score) row[frameworkId] = { ...entry, score: dataset.meta.scale.min, belowFloor: { dataScore: entry.score, floor: floor.score, where: floor.where, reason: floor.reason } };
    }
  }
  return table;
}

/**
 * The scores under a product's bar on the criteria that carry weight (a weight of 0 says the
 * target does not matter), in the ranking's order of criteria: each with its framework and bar.
 */
export function scoresUnderBar(weights: readonly CriterionWeight[], scores: ScoreTable): { readonly criterionId: string; readonly frameworkId: string; readonly tried: boolean; readonly bar: NonNullable<ResolvedScore['belowFloor']> }[] {
  return weights
    .filter((w) => w.weight > 0)
    .flatMap((w) => Object.entries(scores[w.criterionId] ?? {}).flatMap(([frameworkId, e]) => (e.belowFloor ? [{ criterionId: w.criterionId, frameworkId, tried: e.tried !== undefined, bar: e.belowFloor }] : [])));
}

/** The bars these answers make requirements (a product on a target), by criterion. */
export function floorsThatApply(answers: Answers, dataset: Dataset): Map<string, NonNullable<Dataset['criteria'][number]['floor']>> {
  return new Map(dataset.criteria.flatMap((c) => (c.floor && evaluateCondition(c.floor.when, { answers, dataset, leaderId: NO_LEADER }) ? [[c.id, c.floor] as const] : [])));
}
