import { SCORE_EPSILON, type Recommendation } from '../engine/index.ts';
import { criterionName, frameworkName, joinWords, lowerFirst } from './dataset-names.ts';
import type { Dataset } from '../schema/dataset.ts';

const one = (n: number) => n.toFixed(1);
/** A threshold as the data gives it (0.75), never rounded to a different number. */
const exact = (n: number) => String(Math.round(n * 1000) / 1000);

interface Headline {
  /** The page's h1. */
  readonly title: string;
  /** One line under it: the scores and the margin. */
  readonly summary: string;
}

/**
 * The headline for a result. Winner -> "PyTorch is the better fit"; close call ->
 * "A close call: PyTorch, just ahead of TensorFlow"; wrong comparison -> the rule's title.
 */
export function headline(result: Recommendation, dataset: Dataset): Headline {
  const { verdict, ranking } = result;
  const leader = frameworkName(dataset, verdict.leaderId);
  const [first] = ranking;
  // A close call needs a second decimal, or the scores may round to the same number.
  const digits = verdict.isCloseCall ? 2 : 1;
  const scores = `${ranking.map((r) => `${frameworkName(dataset, r.frameworkId)} ${r.score.toFixed(digits)}`).join(', ')} out of 10`;
  if (verdict.kind === 'wrongComparison') {
    const all = joinWords(dataset.frameworks.map((f) => f.name), 'or');
    return {
      title: verdict.wrongComparison!.title,
      summary: `${all} is the wrong comparison for this project. If you do need one of them, ${leader} leads (${scores}).`,
    };
  }
  if (result.totalWeight === 0) {
    return { title: 'No criterion carries any weight', summary: 'Every weight is zero, so the frameworks cannot be told apart. Give at least one criterion some weight.' };
  }
  // Every framework level with the leader (a tie), or within the close-call margin of it (a close call), is named.
  const level = ranking.filter((r) => first!.score - r.score < SCORE_EPSILON).map((r) => frameworkName(dataset, r.frameworkId));
  if (verdict.kind === 'tie') {
    return {
      title: `A tie: ${joinWords(level, 'and')} score the same`,
      summary:
        level.length === 2
          ? `Both score ${first!.score.toFixed(2)} out of 10 on what you weighted: on these answers neither is the better fit.`
          : `They score ${first!.score.toFixed(2)} out of 10 on what you weighted: on these answers none of them is the better fit.`,
    };
  }
  if (verdict.kind === 'close') {
    const near = ranking.slice(1).filter((r) => first!.score - r.score < dataset.meta.closeCallMargin).map((r) => frameworkName(dataset, r.frameworkId));
    if (near.length > 0) {
      return {
        title: `A close call: ${leader}, just ahead of ${joinWords(near, 'and')}`,
        summary: `${scores}: a margin of ${verdict.margin.toFixed(2)}, under the ${exact(dataset.meta.closeCallMargin)} that counts as a clear lead.`,
      };
    }
    // A margin wide enough, but too few plausible scorings keep the leader first.
    const rivals = (result.robustness?.others ?? []).map((o) => frameworkName(dataset, o.frameworkId));
    const threshold = Math.round((dataset.meta.uncertainty?.threshold ?? 0) * 100);
    return {
      title: `A close call: ${leader}, ahead of ${joinWords(rivals.length > 0 ? rivals : [frameworkName(dataset, verdict.runnerUpId)], 'and')}`,
      summary: `${scores}: a lead of ${one(verdict.margin)} points, but it holds in fewer than ${threshold} of 100 plausible scorings, which a clear lead needs.`,
    };
  }
  return { title: `${leader} is the better fit`, summary: `${scores}: a lead of ${one(verdict.margin)} points.` };
}

interface MarginPart {
  readonly criterionId: string;
  /** This criterion's share of the leader's margin over the runner-up, in points out of 10 (negative: it favours the runner-up). */
  readonly points: number;
  readonly weight: number;
  readonly leaderScore: number;
  readonly runnerUpScore: number;
}

/**
 * How much each weighted criterion adds to (or takes from) the leader's margin over another
 * framework (the runner-up unless named); they sum to that margin.
 */
export function marginParts(result: Recommendation, otherId: string = result.verdict.runnerUpId): MarginPart[] {
  const { leaderId } = result.verdict;
  const leader = result.ranking.find((r) => r.frameworkId === leaderId)!;
  const runnerUp = result.ranking.find((r) => r.frameworkId === otherId)!;
  return leader.contributions
    .map((c, i) => ({
      criterionId: c.criterionId,
      points: c.contribution - runnerUp.contributions[i]!.contribution,
      weight: c.weight,
      leaderScore: c.score,
      runnerUpScore: runnerUp.contributions[i]!.score,
    }))
    .filter((p) => p.weight > 0);
}

/** "research adoption (10 vs 5)", the favoured side's score first. */
const detail = (dataset: Dataset, p: MarginPart, side: 'leader' | 'runnerUp') =>
  `${lowerFirst(criterionName(dataset, p.criterionId))} (${side === 'leader' ? `${p.leaderScore} vs ${p.runnerUpScore}` : `${p.runnerUpScore} vs ${p.leaderScore}`})`;
const joinAnd = (items: readonly string[]) => joinWords(items, 'and');

/**
 * Two or three sentences of why, from the engine's contributions: the strongest
 * reasons for the leader, the strongest against, and what that means.
 * Example: "PyTorch's lead comes mostly from research adoption (10 vs 5) and developer experience (9 vs 6)."
 */
export function explainWhy(result: Recommendation, dataset: Dataset): string[] {
  const sentences: string[] = [];
  if (result.verdict.wrongComparison) sentences.push(result.verdict.wrongComparison.explanation);
  if (result.totalWeight === 0) return sentences;
  const leader = frameworkName(dataset, result.verdict.leaderId);
  const runnerUp = frameworkName(dataset, result.verdict.runnerUpId);
  const parts = marginParts(result);
  const forLeader = parts.filter((p) => p.points > SCORE_EPSILON).sort((a, b) => b.points - a.points).slice(0, 2);
  const against = parts.filter((p) => p.points < -SCORE_EPSILON).sort((a, b) => a.points - b.points).slice(0, 2);

  if (result.verdict.kind === 'tie') {
    const strengths = [
      forLeader.length > 0 ? `${leader} is stronger on ${joinAnd(forLeader.map((p) => detail(dataset, p, 'leader')))}` : null,
      against.length > 0 ? `${runnerUp} on ${joinAnd(against.map((p) => detail(dataset, p, 'runnerUp')))}` : null,
    ].filter((s): s is string => s !== null);
    sentences.push(strengths.length > 0 ? `${strengths.join('; ')}: on what you weighted, these balance out exactly.` : 'They score the same on every criterion you weighted.');
    sentences.push('Weigh what matters most to your team, or the switching costs, to break the tie.');
    return sentences.slice(0, 3);
  }

  if (forLeader.length > 0) {
    sentences.push(`${leader}'s lead comes mostly from ${joinAnd(forLeader.map((p) => detail(dataset, p, 'leader')))}.`);
  }
  if (against.length > 0) {
    const gain = -against.reduce((s, p) => s + p.points, 0);
    // A gain that rounds to nothing is not worth a sentence that says "0.0 points".
    const stronger = `${runnerUp} is stronger on ${joinAnd(against.map((p) => detail(dataset, p, 'runnerUp')))}`;
    sentences.push(gain >= 0.05 ? `${stronger}, which wins back ${one(gain)} points.` : `${stronger}, which weighs almost nothing here.`);
  } else if (forLeader.length > 0) {
    sentences.push(`${runnerUp} scores higher on none of the criteria you weighted.`);
  }
  // Every other framework, in ranking order: how far behind, and on what (one line each).
  for (const other of result.ranking.slice(2)) {
    const name = frameworkName(dataset, other.frameworkId);
    const [top] = marginParts(result, other.frameworkId).filter((p) => p.points > SCORE_EPSILON).sort((a, b) => b.points - a.points);
    const behind = (result.ranking[0]?.score ?? 0) - other.score;
    // "Most of it" only when it is; else the largest part.
    const share = top && behind > 0 ? top.points / behind : 0;
    sentences.push(`${name} trails ${leader} by ${one(behind)} points${top ? `, ${share > 0.5 ? 'most of it' : 'the largest part'} on ${detail(dataset, top, 'leader')}` : ''}.`);
  }
  if (result.verdict.kind === 'close') {
    sentences.push('The margin is small: a modest change in what matters to you could reverse it, as shown under "What would change this".');
  }
  return sentences.slice(0, 2 + Math.max(1, result.ranking.length - 2));
}

/**
 * How much of the lead survives the uncertainty of the scores, in plain words, or null when the
 * data gives no uncertainty (the seed) or there is no lead to test (a tie, a wrong comparison).
 * "Holds in 85 of 100 plausible scorings (...); otherwise PyTorch leads in 10, JAX in 2 and it is a tie in 3."
 */
export function robustnessSentence(result: Recommendation, dataset: Dataset): string | null {
  const { robustness, verdict } = result;
  if (!robustness || verdict.kind === 'tie' || verdict.wrongComparison || result.totalWeight === 0) return null;
  const per100 = (share: number) => Math.round(share * 100);
  const held = per100(robustness.held);
  const rivals = robustness.others.filter((o) => per100(o.share) > 0).map((o, i) => `${frameworkName(dataset, o.frameworkId)}${i === 0 ? ' leads' : ''} in ${per100(o.share)}`);
  const level = per100(robustness.level) > 0 ? [`it is a tie in ${per100(robustness.level)}`] : [];
  const rest = [...rivals, ...level];
  const scorings = 'plausible scorings (each score moved within how far it may be off)';
  if (rest.length === 0) return robustness.held >= 1 - 1e-9 ? `Holds in every one of the ${scorings}.` : `Holds in at least 99 of 100 ${scorings}.`;
  return `Holds in ${held} of 100 ${scorings}; otherwise ${joinWords(rest, 'and')}.`;
}
