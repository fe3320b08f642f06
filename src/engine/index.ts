import { validateAnswers } from '../schema/answers.ts';
import type { Dataset } from '../schema/dataset.ts';
import { applicableQuestions } from './applicable-questions.ts';
import type { ConditionContext } from './conditions.ts';
import { assessRobustness } from './assess-robustness.ts';
import { decideVerdict } from './decide-verdict.ts';
import { deriveWeights } from './derive-weights.ts';
import { estimateMigration } from './estimate-migration.ts';
import { findPitfalls } from './find-pitfalls.ts';
import { findScoreTippingPoints } from './find-score-tipping-points.ts';
import { findTippingPoints } from './find-weight-tipping-points.ts';
import { matchAlternatives } from './match-alternatives.ts';
import { planNextSteps } from './plan-next-steps.ts';
import { floorsThatApply, resolveScores, scoresUnderBar } from './resolve-scores.ts';
import { scoreFrameworks } from './score-frameworks.ts';
import type { Recommendation, RecommendationError } from './types.ts';

export type * from './types.ts';
export { applicableQuestions } from './applicable-questions.ts';
export { scoresUnderBar } from './resolve-scores.ts';
export { applyAnswerTip, findAnswerTippingPoints } from './find-answer-tipping-points.ts';
export { SCORE_EPSILON, scoreFrameworks, tallyCriterionWins } from './score-frameworks.ts';

/**
 * Answers in, recommendation out: weights, scores, ranking, verdict, tipping points,
 * alternatives, migration, pitfalls and next steps, all as plain data with ids.
 * Answers that fail the schema give `{ ok: false, problems }`; it never throws.
 * `recommend({ goal: 'research' }, seedDataset)` -> `{ ok: true, verdict: { kind: 'winner', leaderId: 'pytorch', ... }, ... }`.
 */
export function recommend(input: unknown, dataset: Dataset): Recommendation | RecommendationError {
  const validated = validateAnswers(input, dataset);
  if (!validated.ok) return { ok: false, problems: validated.problems };

  const { questions, answers, ignoredQuestionIds } = applicableQuestions(validated.answers, dataset);
  const weights = deriveWeights(answers, dataset);
  const scores = resolveScores(answers, dataset);
  const ranking = scoreFrameworks(weights, scores, dataset);
  const context: ConditionContext = { answers, dataset, leaderId: () => ranking[0]!.frameworkId };

  const { uncertainty, scale } = dataset.meta;
  // How far each score may be off: its own range, else its kind's (answer-set scores are estimates).
  const range = (criterionId: string, frameworkId: string) => {
    const entry = scores[criterionId]?.[frameworkId];
    // A score the user tried is their assumption, taken as given. Whether a path clears a product's
    // bar is a fact of its status (beta or not), held fixed: a score under it counts as the lowest, certain.
    if (!uncertainty || !entry || entry.tried || entry.belowFloor) return 0;
    if (entry.fromAnswer) return uncertainty.estimate.range;
    return entry.uncertainty?.range ?? (entry.estimate ? uncertainty.estimate.range : uncertainty.published.range);
  };
  const robustness = uncertainty ? assessRobustness(weights, scores, ranking, range) : null;
  // The frameworks under a product's bar on a target the weights keep.
  const underBar = new Set(scoresUnderBar(weights, scores).map((s) => s.frameworkId));
  const verdict = decideVerdict(ranking, context, robustness, underBar);
  const floors = floorsThatApply(answers, dataset);
  const underFloor = (t: { criterionId: string; score: number; currentScore: number }) => {
    const bar = floors.get(t.criterionId)?.score;
    return bar !== undefined && Math.min(t.score, t.currentScore) < bar;
  };
  const weightsApply = questions.some((q) => q.id === dataset.meta.roles.priorities);
  const scoresApply = questions.some((q) => q.id === dataset.meta.roles.triedScores);
  const switching = new Set(dataset.criteria.filter((c) => c.kind === 'switching').map((c) => c.id));
  const broughtIn = new Set(weights.filter((w) => w.parts.length > 0 || w.overridden).map((w) => w.criterionId));
  return {
    ok: true,
    dataVersion: dataset.meta.dataVersion,
    editionId: dataset.meta.edition.id,
    answers,
    ignoredQuestionIds,
    applicableQuestionIds: questions.map((q) => q.id),
    weights,
    totalWeight: weights.reduce((sum, w) => sum + w.weight, 0),
    scores,
    ranking,
    verdict,
    // Weights the user cannot set (the priorities question does not apply) tip nothing they can
    // reach; a tie has no leader to tip.
    // Only criteria these answers bring in (or the user weighed): "if microcontrollers mattered"
    // is noise for a browser app.
    // Nor "if microcontrollers mattered less" where the framework it hands the lead to cannot ship there: a product's target is not a weight to trade away.
    tippingPoints: weightsApply && verdict.kind !== 'tie' ? findTippingPoints(weights, scores, ranking).filter((t) => broughtIn.has(t.criterionId) && !(t.direction === 'down' && scores[t.criterionId]?.[t.newLeaderId]?.belowFloor)) : [],
    // Scores the answers set (team knowledge, existing code) move with the answers, not as judgements: not listed;
    // nor any where scores cannot be tried (a hosted API, tables alone: no framework is the advice),
    // nor one under a product's bar, now or at the tip (it counts as the lowest whatever it is short of the bar).
    scoreTippingPoints: verdict.kind === 'tie' || !scoresApply ? [] : findScoreTippingPoints(weights, scores, ranking, scale, range).filter((t) => !switching.has(t.criterionId) && !underFloor(t)),
    robustness,
    alternatives: matchAlternatives(context),
    migration: estimateMigration(context),
    // A framework's pitfalls and deployment paths matter only when a framework is the advice.
    pitfalls: verdict.wrongComparison ? [] : findPitfalls(context),
    nextSteps: verdict.wrongComparison ? [] : planNextSteps(context),
  };
}
