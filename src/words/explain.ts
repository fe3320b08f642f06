import { SCORE_EPSILON, scoresUnderBar, type Recommendation, type Robustness } from '../engine/index.ts';
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
  const parts = headlineParts(result, dataset);
  const risk = result.verdict.kind === 'wrongComparison' ? null : floorSentence(result, dataset);
  return risk ? { title: parts.title, summary: `${parts.summary} ${risk}` } : parts;
}

/** A framework this far behind the leader is not named under the bar: it is not in the running. */
const IN_THE_RUNNING = 2;

/**
 * The frameworks under a bar the answers make a requirement (a product on a target), in words:
 * a risk where the leader is one of them, then the others still in the running. Null when none is.
 * PyTorch 4 on microcontrollers, bar 5, TensorFlow leading -> "Under this guide's bar of 5 for
 * shipping (beta or prototype-grade), so counted as 1: PyTorch's path to microcontrollers (4)."
 */
export function floorSentence(result: Recommendation, dataset: Dataset): string | null {
  const [first] = result.ranking;
  const under = scoresUnderBar(result.weights, result.scores);
  // By framework, in the ranking's order.
  const below = result.ranking.flatMap((r) => {
    const paths = under.filter((u) => u.frameworkId === r.frameworkId).map((u) => u.bar);
    return paths.length > 0 ? [{ frameworkId: r.frameworkId, score: r.score, paths }] : [];
  });
  const bar = below[0]?.paths[0];
  if (!bar || !first) return null;
  const phrase = (b: (typeof below)[number]) =>
    `${frameworkName(dataset, b.frameworkId)}'s ${b.paths.length === 1 ? 'path' : 'paths'} to ${joinWords(b.paths.map((p) => `${p.where} (${String(p.dataScore)})`), 'and')}`;
  const what = `this guide's bar of ${String(bar.floor)} for shipping (beta or prototype-grade)`;
  const leader = below.find((b) => b.frameworkId === result.verdict.leaderId);
  const others = below.filter((b) => b !== leader && first.score - b.score <= IN_THE_RUNNING);
  const sentences: string[] = [];
  if (leader) sentences.push(`Risk: ${phrase(leader)} ${leader.paths.length === 1 ? 'is' : 'are'} under ${what}, so counted as ${String(dataset.meta.scale.min)}.`);
  if (others.length > 0) sentences.push(`${leader ? 'Also under the bar' : `Under ${what}, so counted as ${String(dataset.meta.scale.min)}`}: ${joinWords(others.map(phrase), 'and')}.`);
  return sentences.length > 0 ? sentences.join(' ') : null;
}

function headlineParts(result: Recommendation, dataset: Dataset): Headline {
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
  if (verdict.tossUp && result.robustness) {
    // No framework comes first in most plausible scorings: name those that do often, most often first.
    const { held, others } = result.robustness;
    const often = [{ frameworkId: verdict.leaderId, share: held }, ...others].filter((o, i) => i === 0 || o.share >= 0.1).sort((a, b) => b.share - a.share);
    const names = often.map((o) => frameworkName(dataset, o.frameworkId));
    return {
      title: `A toss-up: ${joinWords(names, 'or')}`,
      summary: `${scores}: ${joinWords(often.map((o, i) => `${names[i]!}${i === 0 ? ' comes first' : ''} in ${String(Math.round(o.share * 100))}`), 'and')} of 100 ways the scores could plausibly move, so none leads in most of them.`,
    };
  }
  if (verdict.underBar) {
    // The leader on the weights cannot count on its path to a product's target: name the framework that can.
    const where = joinWords(scoresUnderBar(result.weights, result.scores).filter((u) => u.frameworkId === verdict.leaderId).map((u) => u.bar.where), 'and');
    const clear = verdict.underBar.clearId;
    return {
      title: clear ? `${leader}, only if its path to ${where} holds; otherwise ${frameworkName(dataset, clear)}` : `A close call: ${leader}, though no framework has a path to ${where} ready to ship`,
      summary: `${scores}: ${leader} leads by ${one(verdict.margin)} points on your answers and weights${clear ? `, and ${frameworkName(dataset, clear)} is the best placed of those with a path ready to ship` : ''}.`,
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
      summary: `${scores}: a lead of ${one(verdict.margin)} points, but ${leader} stays first in only ${String(Math.round((result.robustness?.held ?? 0) * 100))} of 100 ways the scores could plausibly move, and a clear lead needs ${String(threshold)}.`,
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
 * How far the scores were moved, in words: "up to a point in every score", "up to a point in
 * every score (two points in 3 less certain scores)".
 */
function rangeWords(ranges: Robustness['ranges'], floored: number): string {
  const points = (n: number) => (n === 1 ? 'a point' : n === 2 ? 'two points' : `${String(n)} points`);
  const scores = (n: number, what: string) => (n === 1 ? `one ${what} score` : `${String(n)} ${what} scores`);
  // The most common range first; scores that hold still (range 0) are those the user tried, taken
  // as given, and those under a product's bar, counted as the lowest.
  const [most, ...rest] = ranges.filter((r) => r.points > 0);
  const still = ranges.filter((r) => r.points === 0).reduce((n, r) => n + r.scores, 0);
  const tried = still - floored;
  const notes = [
    ...rest.map((r) => `${points(r.points)} in ${scores(r.scores, r.points > (most?.points ?? 1) ? 'less certain' : 'more certain')}`),
    ...(tried > 0 ? [`none in ${tried === 1 ? 'the score you tried' : `the ${String(tried)} scores you tried`}`] : []),
    ...(floored > 0 ? [`none in ${floored === 1 ? 'the score' : `the ${String(floored)} scores`} under the bar for shipping`] : []),
  ];
  return `up to ${points(most?.points ?? 0)} in every score${notes.length > 0 ? ` (${joinWords(notes, 'and')})` : ''}`;
}

/**
 * How much of the lead survives the uncertainty of the scores, in plain words, or null when the
 * data gives no uncertainty (the seed) or there is no lead to test (a tie, a wrong comparison).
 * It says what the figure moved (the scores, and by how much) and what it leaves to the user
 * (the weights). "Allowing a change of up to a point in every score, PyTorch stays first in 85
 * of 100 ways they could move; otherwise JAX comes first in 10 and it is a tie in 5. …"
 */
export function robustnessSentence(result: Recommendation, dataset: Dataset): string | null {
  const { robustness, verdict } = result;
  // Nothing moved (every weighted score tried by the user): nothing to say.
  if (!robustness || verdict.kind === 'tie' || verdict.wrongComparison || result.totalWeight === 0 || robustness.ranges.every((r) => r.points === 0)) return null;
  const per100 = (share: number) => Math.round(share * 100);
  const leader = frameworkName(dataset, verdict.leaderId);
  // Scores under a product's bar that the user did not try: they hold still too, for another reason.
  const floored = scoresUnderBar(result.weights, result.scores).filter((u) => !u.tried).length;
  const moved = rangeWords(robustness.ranges, floored);
  const weights = 'Only the scores move here: the weights are yours, under “What would change this”.';
  const level = per100(robustness.level) > 0 ? [`it is a tie in ${String(per100(robustness.level))}`] : [];
  const others = robustness.others.filter((o) => per100(o.share) > 0);
  if (robustness.held >= 1 - 1e-9) return `Survives any change of ${moved}: ${leader} stays first whichever way they move. ${weights}`;
  if (others.length === 0 && level.length === 0) return `Survives almost any change of ${moved}: ${leader} stays first in at least ${String(Math.floor(robustness.held * 100))} of 100 ways they could move. ${weights}`;
  if (verdict.tossUp) {
    const shares = [{ frameworkId: verdict.leaderId, share: robustness.held }, ...others].sort((a, b) => b.share - a.share);
    const parts = [...shares.map((o) => `${frameworkName(dataset, o.frameworkId)} in ${String(per100(o.share))}`), ...level.map((l) => l.replace('it is a tie', 'a tie'))];
    return `Allowing a change of ${moved}, no framework comes first in most of the ways they could move: ${joinWords(parts, 'and')} of 100. ${weights}`;
  }
  const rivals = others.map((o, i) => `${frameworkName(dataset, o.frameworkId)}${i === 0 ? ' comes first' : ''} in ${String(per100(o.share))}`);
  return `Allowing a change of ${moved}, ${leader} stays first in ${String(per100(robustness.held))} of 100 ways they could move; otherwise ${joinWords([...rivals, ...level], 'and')}. ${weights}`;
}
