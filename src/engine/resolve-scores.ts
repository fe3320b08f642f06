import type { Answers } from '../schema/answers.ts';
import type { Dataset } from '../schema/dataset.ts';
import { chosenOptions, triedScores } from '../schema/answer-values.ts';
import { splitScoreKey } from '../schema/answer-grid.ts';
import { evaluateCondition, NO_LEADER } from './conditions.ts';
import type { ResolvedScore, ScoreTable } from './types.ts';

/**
 * Every framework's score on every criterion: the dataset's scores, with the
 * answer-scored criteria (team knowledge, existing code) set by the answers, and any
 * score the user tried in the what-if in place of the data's.
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
  // Scores the user tries in place of the data's (a score tipping point tried) come last: they stand, whatever set them.
  for (const [key, score] of Object.entries(triedScores(answers, dataset.meta.roles.triedScores))) {
    const [criterionId = '', frameworkId = ''] = splitScoreKey(key) ?? [];
    const row = table[criterionId];
    const base = row?.[frameworkId];
    if (row && base) row[frameworkId] = { ...base, score, tried: { dataScore: base.score } };
  }
  return table;
}
