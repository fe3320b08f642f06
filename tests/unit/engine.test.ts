import { describe, expect, it } from 'vitest';
import { datasetFor, seedDataset } from '../support/editions.ts';
import { recommend, scoreFrameworks, tallyCriterionWins, type Recommendation } from '../../src/engine/index.ts';
import { resolveScores } from '../../src/engine/resolve-scores.ts';
import { findTippingPoints } from '../../src/engine/find-weight-tipping-points.ts';
import type { CriterionWeight } from '../../src/engine/types.ts';

const SEED_CRITERIA = ['research', 'production', 'devex', 'mobile', 'ecosystem', 'community'];

function ok(answers: unknown): Recommendation {
  const result = recommend(answers, seedDataset);
  if (!result.ok) throw new Error(`expected a recommendation, got ${JSON.stringify(result.problems)}`);
  return result;
}

const weightsOf = (entries: Record<string, number>): CriterionWeight[] =>
  seedDataset.criteria.map((c) => ({ criterionId: c.id, weight: entries[c.id] ?? 0, suggested: entries[c.id] ?? 0, overridden: false, parts: [] }));

describe("the seed's own table", () => {
  it('with equal weights on the six seed criteria: PyTorch wins 4, TensorFlow 2, ties 0; averages 8.5 vs 7.5', () => {
    const scores = resolveScores({}, seedDataset);
    const tally = tallyCriterionWins(scores, SEED_CRITERIA, ['tensorflow', 'pytorch']);
    expect(tally.wins).toEqual({ tensorflow: 2, pytorch: 4 });
    expect(tally.ties).toBe(0);
    expect(tally.winners).toEqual({ research: 'pytorch', production: 'tensorflow', devex: 'pytorch', mobile: 'tensorflow', ecosystem: 'pytorch', community: 'pytorch' });

    const ranking = scoreFrameworks(weightsOf(Object.fromEntries(SEED_CRITERIA.map((id) => [id, 1]))), scores, seedDataset);
    expect(ranking.map((r) => r.frameworkId)).toEqual(['pytorch', 'tensorflow']);
    expect(ranking[0]!.score).toBeCloseTo(8.5, 12);
    expect(ranking[1]!.score).toBeCloseTo(7.5, 12);
  });

  it('is what recommend() gives with no answers at all (the base weights are the seed\'s equal weights)', () => {
    const result = ok({});
    expect(result.ranking.map((r) => [r.frameworkId, r.score])).toEqual([
      ['pytorch', 8.5],
      ['tensorflow', 7.5],
    ]);
    expect(result.verdict).toMatchObject({ kind: 'winner', leaderId: 'pytorch', runnerUpId: 'tensorflow', margin: 1 });
  });

  it('reports each contribution as weight x score / total weight, summing to the score', () => {
    const result = ok({});
    const pytorch = result.ranking[0]!;
    const research = pytorch.contributions.find((c) => c.criterionId === 'research')!;
    expect(research).toEqual({ criterionId: 'research', weight: 1, score: 10, contribution: 10 / 6 });
    expect(pytorch.contributions.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(pytorch.score, 12);
  });
});

describe("the seed's conclusions as profiles", () => {
  it('research-first answers recommend PyTorch', () => {
    const result = ok({ goal: 'research', modelSource: 'custom', data: ['text', 'vision'], targets: ['server'], hardware: ['gpu'], scale: 'multi-gpu', team: 'none', codebase: 'none' });
    expect(result.verdict.kind).toBe('winner');
    expect(result.verdict.leaderId).toBe('pytorch');
  });

  it.each([['mobile'], ['edge'], ['mobile', 'edge']])('production with %s targets recommends TensorFlow', (...targets) => {
    const result = ok({ goal: 'production', modelSource: 'custom', data: ['vision'], targets, hardware: ['gpu'], scale: 'single', team: 'none', codebase: 'none' });
    expect(result.verdict.kind).toBe('winner');
    expect(result.verdict.leaderId).toBe('tensorflow');
    expect(result.nextSteps[0]?.paths[0]?.runtime).toMatch(/TensorFlow Lite/);
  });

  it('tabular-only data gives the wrong-comparison verdict naming scikit-learn, XGBoost and LightGBM, with the ranking still there', () => {
    const result = ok({ goal: 'production', modelSource: 'custom', data: ['tabular'] });
    expect(result.verdict.kind).toBe('wrongComparison');
    expect(result.verdict.wrongComparison?.alternativeIds).toEqual(['gbdt', 'sklearn']);
    const names = result.verdict.wrongComparison!.alternativeIds.map((id) => seedDataset.alternatives.find((a) => a.id === id)!.name).join(' ');
    expect(names).toMatch(/XGBoost/);
    expect(names).toMatch(/LightGBM/);
    expect(names).toMatch(/scikit-learn/);
    expect(result.ranking).toHaveLength(2);
  });

  it('tabular data next to other data is not a wrong comparison', () => {
    expect(ok({ goal: 'production', data: ['tabular', 'text'] }).verdict.kind).not.toBe('wrongComparison');
  });

  it('a hosted model API answer gives the hosted verdict and skips the deep-learning questions', () => {
    const result = ok({ goal: 'production', modelSource: 'hosted', data: ['text'], hardware: ['tpu'] });
    expect(result.verdict.kind).toBe('wrongComparison');
    expect(result.verdict.wrongComparison?.ruleId).toBe('hosted');
    expect(result.verdict.wrongComparison?.alternativeIds).toEqual(['hosted-api']);
    expect(result.applicableQuestionIds).toEqual(['goal', 'modelSource']);
    expect(result.ignoredQuestionIds).toEqual(['data', 'hardware']);
    expect(result.weights.find((w) => w.criterionId === 'tpu')!.weight).toBe(0);
  });
});

describe('weights', () => {
  it('come from the data, each part with its answer and reason', () => {
    const result = ok({ goal: 'research', targets: ['browser'] });
    const research = result.weights.find((w) => w.criterionId === 'research')!;
    expect(research.weight).toBe(4);
    expect(research.parts).toEqual([
      { from: 'base', amount: 1 },
      { from: 'answer', questionId: 'goal', optionId: 'research', amount: 3, reason: 'Research work leans on recent papers\' code.' },
    ]);
    expect(result.weights.find((w) => w.criterionId === 'browser')!.weight).toBe(4);
  });

  it('take the user\'s priorities over the suggestion, and keep the suggestion', () => {
    const result = ok({ goal: 'research', priorities: { research: 0.5, mobile: 9 } });
    expect(result.weights.find((w) => w.criterionId === 'research')).toMatchObject({ weight: 0.5, suggested: 4, overridden: true });
    expect(result.weights.find((w) => w.criterionId === 'mobile')).toMatchObject({ weight: 9, suggested: 1, overridden: true });
  });

  it('count team knowledge and existing code as criteria (switching cost)', () => {
    const result = ok({ goal: 'production', team: 'tensorflow', codebase: 'tf2' });
    expect(result.weights.find((w) => w.criterionId === 'teamSkills')!.weight).toBe(2);
    expect(result.scores.teamSkills!.tensorflow!).toMatchObject({ score: 10, estimate: true, fromAnswer: { questionId: 'team', optionId: 'tensorflow' } });
    expect(result.scores.existingCode!.pytorch!.score).toBe(3);
    expect(result.verdict.leaderId).toBe('tensorflow');
  });
});

describe('tipping points', () => {
  const profiles = [
    {},
    { goal: 'research' },
    { goal: 'production', targets: ['mobile'] },
    { goal: 'both', modelSource: 'finetune', data: ['text'], targets: ['server', 'browser'], hardware: ['tpu'], scale: 'cluster', team: 'tensorflow', codebase: 'tf1', projectSize: 'large' },
  ];

  it.each(profiles)('are exact for %j: at the weight the leaders tie, just past it the leader changes', (answers) => {
    const result = ok(answers);
    expect(result.tippingPoints.length).toBeGreaterThan(0);
    for (const tip of result.tippingPoints) {
      // Tipping weights are real numbers (2.333…); the scorer takes any weight, where the answers schema keeps three decimals.
      const at = (weight: number) => scoreFrameworks(result.weights.map((w) => (w.criterionId === tip.criterionId ? { ...w, weight } : w)), result.scores, seedDataset);
      const tie = at(tip.weight);
      const leader = tie.find((r) => r.frameworkId === result.verdict.leaderId)!;
      const challenger = tie.find((r) => r.frameworkId === tip.newLeaderId)!;
      expect(Math.abs(leader.score - challenger.score)).toBeLessThan(1e-9);
      expect(at(tip.weight + (tip.direction === 'up' ? 1e-6 : -1e-6))[0]!.frameworkId).toBe(tip.newLeaderId);
    }
  });

  it('agree with recommend() itself: a user weight just past a tipping point changes the verdict', () => {
    const result = ok({ goal: 'production', targets: ['mobile'] });
    const tip = result.tippingPoints.find((t) => t.criterionId === 'mobile' && t.direction === 'down')!;
    const below = Math.floor(tip.weight * 1000) / 1000 - 0.001;
    const above = Math.ceil(tip.weight * 1000) / 1000 + 0.001;
    expect(ok({ goal: 'production', targets: ['mobile'], priorities: { mobile: below } }).verdict.leaderId).toBe(tip.newLeaderId);
    expect(ok({ goal: 'production', targets: ['mobile'], priorities: { mobile: above } }).verdict.leaderId).toBe(result.verdict.leaderId);
  });

  it('are exact at any weight, beyond the slider range too (checked on the scorer directly)', () => {
    const result = ok({ goal: 'production', targets: ['mobile'] });
    for (const tip of result.tippingPoints) {
      const at = result.weights.map((w) => (w.criterionId === tip.criterionId ? { ...w, weight: tip.weight } : w));
      const ranking = scoreFrameworks(at, result.scores, seedDataset);
      expect(Math.abs(ranking[0]!.score - ranking[1]!.score)).toBeLessThan(1e-9);
    }
  });

  it('say the research weight must fall for TensorFlow to lead a research profile, and by how much', () => {
    const result = ok({ goal: 'research' });
    const research = result.tippingPoints.filter((t) => t.criterionId === 'research');
    expect(research).toEqual([]); // research at 0 still leaves PyTorch ahead
    const mobileUp = result.tippingPoints.find((t) => t.criterionId === 'mobile' && t.direction === 'up')!;
    // PyTorch leads by 109 - 79 = 30 in weighted sum; each unit of mobile weight gives TensorFlow 10 - 6 = 4.
    expect(mobileUp.weight).toBeCloseTo(1 + 30 / 4, 12);
    expect(mobileUp.newLeaderId).toBe('tensorflow');
  });

  it('are none for a criterion on which the frameworks score the same', () => {
    expect(ok({ team: 'jax' }).tippingPoints.filter((t) => t.criterionId === 'teamSkills')).toEqual([]);
  });
});

describe('close calls', () => {
  it('are reported as such when the margin is under the threshold, never hidden', () => {
    // Mobile weighted just short of the tie, everything else at the seed's equal weights.
    const base = ok({});
    const tip = base.tippingPoints.find((t) => t.criterionId === 'mobile' && t.direction === 'up')!;
    expect(tip.weight).toBeCloseTo(2.5, 12); // PyTorch leads by 6; each unit of mobile gives TensorFlow 4
    const result = ok({ priorities: { mobile: tip.weight - 0.05 } });
    expect(result.verdict.kind).toBe('close');
    expect(result.verdict.isCloseCall).toBe(true);
    expect(result.verdict.margin).toBeGreaterThan(0);
    expect(result.verdict.margin).toBeLessThan(seedDataset.meta.closeCallMargin);
  });

  it('a total of zero weight ranks by dataset order, scores 0, and is a tie', () => {
    const zero = Object.fromEntries(seedDataset.criteria.map((c) => [c.id, 0]));
    const result = ok({ priorities: zero });
    expect(result.totalWeight).toBe(0);
    expect(result.ranking.map((r) => r.score)).toEqual([0, 0]);
    expect(result.verdict.kind).toBe('tie');
    expect(result.tippingPoints).toEqual([]);
  });
});

describe('alternatives, migration, pitfalls and next steps', () => {
  it('match alternatives with their reasons', () => {
    const result = ok({ goal: 'research', modelSource: 'finetune', data: ['text'], targets: ['browser'], hardware: ['tpu'], team: 'jax' });
    const byId = Object.fromEntries(result.alternatives.map((a) => [a.alternativeId, a.reasons]));
    expect(Object.keys(byId)).toEqual(['jax', 'hf-transformers', 'onnxruntime']);
    expect(byId.jax).toEqual(['Your team knows JAX best.', 'You plan to train on TPUs, where JAX is a native choice.']);
  });

  it('estimate a migration when existing code is in another framework than the leader, for the size given', () => {
    const result = ok({ goal: 'research', codebase: 'tf2', projectSize: 'medium' });
    expect(result.verdict.leaderId).toBe('pytorch');
    expect(result.migration).toEqual({ fromFrameworkId: 'tensorflow', kind: 'port', measured: true, toFrameworkId: 'pytorch', sizeId: 'medium', sizeIds: ['medium'] });
    expect(result.pitfalls.map((p) => p.pitfallId)).toEqual(['pin-pytorch-version', 'numerical-parity']);
  });

  it('ask the project size only when existing code is in another framework than the one leading', () => {
    expect(ok({ goal: 'research', codebase: 'tf2' }).applicableQuestionIds).toContain('projectSize');
    const same = ok({ goal: 'research', codebase: 'pytorch', projectSize: 'large' });
    expect(same.applicableQuestionIds).not.toContain('projectSize');
    expect(same.ignoredQuestionIds).toEqual(['projectSize']);
    expect(same.migration).toBeNull();
  });

  it('show the TF1 pitfall for TF1 code', () => {
    expect(ok({ codebase: 'tf1' }).pitfalls.map((p) => p.pitfallId)).toContain('tf1-graph-code');
  });

  it("list the leader's deployment paths on each chosen target, in the order chosen", () => {
    const result = ok({ goal: 'research', targets: ['browser', 'server'] });
    expect(result.nextSteps.map((s) => [s.targetId, s.frameworkId, s.paths.map((p) => p.runtime)])).toEqual([
      ['browser', 'pytorch', ['ONNX Runtime Web (after export to ONNX)']],
      ['server', 'pytorch', ['TorchServe', 'NVIDIA Triton or ONNX Runtime']],
    ]);
  });
});

describe('bad input', () => {
  it('returns a clear error value naming each field, and never guesses', () => {
    const result = recommend({ goal: 'fun', data: 'text', targets: [], hardware: ['gpu', 'gpu'], color: 'red', priorities: { mobile: 99, speed: 1 } }, seedDataset);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: 'goal', message: 'must be one of "research", "production", "both" (got "fun")' },
        { path: 'data', message: 'must be a list (got "text")' },
        { path: 'targets', message: 'must have at least 1 item' },
        { path: 'hardware', message: 'lists the same option twice' },
        { path: 'priorities.mobile', message: 'must be at most 10 (got 99)' },
        { path: '', message: 'has unknown key "color"' },
      ]),
    );
    expect(result.problems.some((p) => p.path.startsWith('priorities') && /speed/.test(p.message))).toBe(true);
  });

  it.each([null, 42, 'goal=research', [], undefined])('does not throw on %j', (input) => {
    expect(recommend(input, seedDataset).ok).toBe(false);
  });
});

describe('tipping points with more than two frameworks', () => {
  it('names the framework that leads just past the point when two catch the leader at the same weight', () => {
    // One criterion "x" (weight 1) where A leads; on "y", B and C gain on A. A's lead over B is 2,
    // over C is 4; B gains 1 per unit of y's weight, C gains 2: both tie with A at y = 2, and C leads past it.
    const weights = [
      { criterionId: 'x', weight: 1, suggested: 1, overridden: false, parts: [] },
      { criterionId: 'y', weight: 0, suggested: 0, overridden: false, parts: [] },
    ];
    const s = (score: number) => ({ score, reason: 'r', sources: ['s'], estimate: true, asOf: '2026-11' });
    const scores = { x: { a: 9, b: 7, c: 5 }, y: { a: 5, b: 6, c: 7 } };
    const table = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, Object.fromEntries(Object.entries(v).map(([f, n]) => [f, s(n)]))]));
    const ranking = ['a', 'b', 'c'].map((id) => ({ frameworkId: id, score: 0, contributions: [] }));
    const [up] = findTippingPoints(weights, table, ranking).filter((t) => t.criterionId === 'y');
    expect(up).toEqual({ criterionId: 'y', currentWeight: 0, direction: 'up', weight: 2, newLeaderId: 'c' });
  });
});

describe('Keras 3 code, JAX and conditional effects (November 2026 edition)', () => {
  const november = datasetFor('2026-11')!;
  const kerasOnJax = { goal: 'production', modelSource: 'custom', data: ['vision'], workload: ['classic'], targets: ['server'], hardware: ['nvidia'], scale: 'multi-gpu', team: 'keras', codebase: 'keras3-jax', projectSize: 'medium' };
  const run = (answers: Record<string, unknown>): Recommendation => {
    const result = recommend(answers, november);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result;
  };

  it('prices Keras 3 code on another backend than the leader as a backend switch, with figures of its own', () => {
    const result = run(kerasOnJax);
    expect(result.ranking[0]!.frameworkId).not.toBe('jax');
    expect(result.migration).toMatchObject({ fromFrameworkId: 'jax', toFrameworkId: result.ranking[0]!.frameworkId, kind: 'backend', measured: false, sizeId: 'medium' });
    expect(result.migration!.backendUnavailable).toBeUndefined();
  });

  it('sends no bill when the code already runs on the leading backend', () => {
    // Weigh TPU support alone: JAX leads, and its Keras code is already on the JAX backend.
    const result = run({ ...kerasOnJax, priorities: Object.fromEntries(november.criteria.map((c) => [c.id, c.id === 'tpu' ? 10 : 0])) });
    expect(result.ranking[0]!.frameworkId).toBe('jax');
    expect(result.migration).toBeNull();
  });

  it('makes a move to a backend that cannot run on the answered hardware a port, and says why', () => {
    const tpuOnly = { ...kerasOnJax, hardware: ['tpu'], priorities: Object.fromEntries(november.criteria.map((c) => [c.id, c.id === 'research' ? 10 : 0])) };
    const result = run(tpuOnly);
    expect(result.ranking[0]!.frameworkId).toBe('pytorch');
    expect(result.migration).toMatchObject({ kind: 'port', fromFrameworkId: 'jax', toFrameworkId: 'pytorch' });
    expect(result.migration!.backendUnavailable).toMatch(/no TPU device/);
  });

  it('applies a score effect only when its condition holds: Keras code scores PyTorch low on TPUs alone', () => {
    expect(resolveScores(kerasOnJax, november).existingCode!.pytorch!.score).toBe(8);
    expect(resolveScores({ ...kerasOnJax, hardware: ['tpu'] }, november).existingCode!.pytorch!.score).toBe(3);
    expect(resolveScores({ ...kerasOnJax, hardware: ['tpu', 'nvidia'] }, november).existingCode!.pytorch!.score).toBe(8);
  });

  it('applies a weight effect only when its condition holds: on TPUs alone, scale weighs TPU support instead of GPU distribution', () => {
    const weight = (answers: Record<string, unknown>, id: string) => run(answers).weights.find((w) => w.criterionId === id)!;
    const cluster = { ...kerasOnJax, scale: 'cluster', team: 'none', codebase: 'none' };
    expect(weight(cluster, 'distributed').parts.some((p) => p.from === 'answer' && p.questionId === 'scale')).toBe(true);
    expect(weight({ ...cluster, hardware: ['tpu'] }, 'distributed').parts.some((p) => p.from === 'answer' && p.questionId === 'scale')).toBe(false);
    expect(weight({ ...cluster, hardware: ['tpu'] }, 'tpu').parts.some((p) => p.from === 'answer' && p.questionId === 'scale')).toBe(true);
  });

  it('counts team knowledge of JAX like that of the other two', () => {
    const team = run({ ...kerasOnJax, team: 'jax' }).weights.find((w) => w.criterionId === 'teamSkills')!;
    expect(team.weight).toBeGreaterThan(0);
    expect(resolveScores({ team: 'jax' }, november).teamSkills).toMatchObject({ jax: { score: 10 }, pytorch: { score: 4 }, tensorflow: { score: 4 } });
  });
});

describe('a product’s required target sets a bar (December 2026 edition)', () => {
  const december = datasetFor('2026-12')!;
  const mcu = { goal: 'production', modelSource: 'custom', data: ['audio'], workload: ['classic'], targets: ['microcontroller'], hardware: ['nvidia'], scale: 'single', team: 'pytorch', codebase: 'none' };
  const run = (answers: Record<string, unknown>): Recommendation => {
    const result = recommend(answers, december);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result;
  };
  const dataScore = (criterionId: string, frameworkId: string) => december.criteria.find((c) => c.id === criterionId)!.scores[frameworkId]!.score;

  it('counts a path under the bar as the lowest score, keeping the data’s own, and only for a product on that target', () => {
    const result = run(mcu);
    expect(dataScore('microcontroller', 'pytorch')).toBeLessThan(5);
    expect(result.scores.microcontroller!.pytorch).toMatchObject({ score: december.meta.scale.min, belowFloor: { dataScore: dataScore('microcontroller', 'pytorch'), floor: 5, where: 'microcontrollers' } });
    expect(result.scores.microcontroller!.tensorflow!.belowFloor).toBeUndefined();
    // Research does not ship: no bar.
    expect(run({ ...mcu, goal: 'research' }).scores.microcontroller!.pytorch!.belowFloor).toBeUndefined();
    // Another target: no bar on microcontrollers.
    expect(run({ ...mcu, targets: ['server'] }).scores.microcontroller!.pytorch!.belowFloor).toBeUndefined();
    // The older edition has none.
    expect(recommend(mcu, datasetFor('2026-11')!)).toMatchObject({ ok: true, scores: { microcontroller: { pytorch: { score: dataScore('microcontroller', 'pytorch') } } } });
  });

  it('puts the framework with a mature path first unless the user’s weights say otherwise', () => {
    expect((recommend(mcu, datasetFor('2026-11')!) as Recommendation).ranking[0]!.frameworkId).toBe('pytorch');
    expect(run(mcu).ranking[0]!.frameworkId).toBe('tensorflow');
    // The team's knowledge weighed far above the rest: PyTorch leads, and the bar is still under it.
    const weighed = run({ ...mcu, priorities: { teamSkills: 10 } });
    expect(weighed.ranking[0]!.frameworkId).toBe('pytorch');
    expect(weighed.scores.microcontroller!.pytorch!.belowFloor).toBeDefined();
  });

  it('applies to a score the user tries too, and lists no score tipping point under the bar', () => {
    const tried = run({ ...mcu, scores: { 'microcontroller.pytorch': 3 } });
    expect(tried.scores.microcontroller!.pytorch).toMatchObject({ score: 1, tried: { dataScore: dataScore('microcontroller', 'pytorch') }, belowFloor: { dataScore: 3 } });
    expect(run({ ...mcu, scores: { 'microcontroller.pytorch': 6 } }).scores.microcontroller!.pytorch).toMatchObject({ score: 6 });
    expect(run(mcu).scoreTippingPoints.filter((t) => t.criterionId === 'microcontroller' && t.frameworkId !== 'tensorflow')).toEqual([]);
  });

  it('holds a score under the bar where it is in the robustness (whether a path clears the bar is its status, a fact), and names the leader under it a close call beside the best that clears it', () => {
    const result = run(mcu);
    // PyTorch's and JAX's microcontroller scores, each counted as 1, are the only ones that do not move.
    expect(result.robustness!.ranges.find((r) => r.points === 0)).toEqual({ points: 0, scores: 2 });
    expect(result.verdict.underBar).toBeNull();
    const weighed = run({ ...mcu, priorities: { teamSkills: 10 } });
    expect(weighed.verdict).toMatchObject({ kind: 'close', leaderId: 'pytorch', isCloseCall: true, underBar: { clearId: 'tensorflow' } });
    // The user who sets the target's weight to 0 says it does not matter: no bar, no gate.
    expect(run({ ...mcu, priorities: { teamSkills: 10, microcontroller: 0 } }).verdict.underBar).toBeNull();
  });

  it('sets both bars for the retired “edge” target, which stood for boards and microcontrollers alike', () => {
    const result = run({ ...mcu, targets: ['edge'] });
    expect(result.scores.microcontroller!.pytorch!.belowFloor).toBeDefined();
    expect(result.scores.embedded!.jax!.belowFloor).toBeDefined();
  });

  it('offers no weight to turn down that hands the lead to a framework under the bar there', () => {
    const result = run({ ...mcu, codebase: 'pytorch', projectSize: 'small' });
    expect(result.tippingPoints.filter((t) => t.criterionId === 'microcontroller' && t.direction === 'down')).toEqual([]);
  });
});
