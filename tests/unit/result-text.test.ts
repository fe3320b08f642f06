import { applyEdition } from '../../src/schema/apply-edition.ts';
import { frameworksEdition } from '../support/add-frameworks.ts';
import { frameworkName } from '../../src/words/dataset-names.ts';
import { describe, expect, it } from 'vitest';
import { dataFiles, datasetFor, seedDataset } from '../support/editions.ts';
import { recommend, type Recommendation } from '../../src/engine/index.ts';
import { describeTippingPoints } from '../../src/words/tipping-sentences.ts';
import { formatDuration, formatMoney, migrationLines, migrationSentence } from '../../src/words/migration-lines.ts';
import { describeAge, formatAsOf, monthsSince } from '../../src/words/format-date.ts';
import { explainWhy, floorSentence, headline, marginParts, robustnessSentence } from '../../src/words/explain.ts';

function ok(answers: unknown): Recommendation {
  const result = recommend(answers, seedDataset);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('headline', () => {
  it('names a clear winner with both scores and the margin', () => {
    expect(headline(ok({}), seedDataset)).toEqual({ title: 'PyTorch is the better fit', summary: 'PyTorch 8.5, TensorFlow 7.5 out of 10: a lead of 1.0 points.' });
  });

  it('says a close call plainly', () => {
    const head = headline(ok({ priorities: { mobile: 2.4 } }), seedDataset);
    expect(head.title).toBe('A close call: PyTorch, just ahead of TensorFlow');
    expect(head.summary).toBe('PyTorch 8.03, TensorFlow 7.97 out of 10: a margin of 0.05, under the 0.3 that counts as a clear lead.');
  });

  it('names the wrong comparison, and still gives the framework scores', () => {
    const head = headline(ok({ data: ['tabular'] }), seedDataset);
    expect(head.title).toBe('Use scikit-learn, XGBoost or LightGBM');
    expect(head.summary).toBe('TensorFlow or PyTorch is the wrong comparison for this project. If you do need one of them, PyTorch leads (PyTorch 8.5, TensorFlow 7.5 out of 10).');
  });

  it('says when no criterion carries weight', () => {
    const zero = Object.fromEntries(seedDataset.criteria.map((c) => [c.id, 0]));
    expect(headline(ok({ priorities: zero }), seedDataset).title).toBe('No criterion carries any weight');
  });
});

describe('why', () => {
  it('names the strongest reasons for and against, from the contributions', () => {
    expect(explainWhy(ok({}), seedDataset)).toEqual([
      "PyTorch's lead comes mostly from research adoption (10 vs 5) and developer experience (9 vs 6).",
      'TensorFlow is stronger on mobile and edge (10 vs 6) and production deployment (9 vs 7), which wins back 1.0 points.',
    ]);
  });

  it('follows the weights: a mobile product is explained by mobile and production', () => {
    const why = explainWhy(ok({ goal: 'production', targets: ['mobile'] }), seedDataset);
    expect(why[0]).toBe("TensorFlow's lead comes mostly from mobile and edge (10 vs 6) and production deployment (9 vs 7).");
    expect(why[1]).toMatch(/^PyTorch is stronger on research adoption \(10 vs 5\) and (community|developer experience)/);
  });

  it('adds the caution for a close call, and leads with the rule for a wrong comparison', () => {
    expect(explainWhy(ok({ priorities: { mobile: 2.4 } }), seedDataset).at(-1)).toMatch(/^The margin is small/);
    expect(explainWhy(ok({ modelSource: 'hosted' }), seedDataset)[0]).toMatch(/^You do not need to train or run a model of your own/);
  });

  it('splits the margin exactly over the weighted criteria', () => {
    const result = ok({ goal: 'both', targets: ['browser'] });
    const sum = marginParts(result).reduce((s, p) => s + p.points, 0);
    expect(sum).toBeCloseTo(result.verdict.margin, 12);
  });
});

describe('what would change this', () => {
  it('gives the exact weights in words, nearest first', () => {
    const sentences = describeTippingPoints(ok({}), seedDataset);
    expect(sentences[0]).toMatchObject({ criterionId: 'mobile', text: 'If mobile and edge mattered 3 times as much (a weight of 3 instead of 1), TensorFlow would lead.', distance: 1.5 });
    expect(sentences.map((s) => s.text)).toContain('If production deployment mattered 4.5 times as much (a weight of 4.5 instead of 1), TensorFlow would lead.');
    // A criterion no answer brings in is left out ("if TPU support mattered" means nothing to a project that never said TPU)...
    expect(sentences.map((s) => s.criterionId)).not.toContain('tpu');
    // ...unless the user weighed it, even at 0.
    const weighed = describeTippingPoints(ok({ priorities: { browser: 0 } }), seedDataset);
    expect(weighed[0]).toMatchObject({ criterionId: 'browser', text: 'If browser runtime carried a weight of 1.5 (it has none now), TensorFlow would lead.', distance: 1.2 });
  });

  it('describes a weight that must fall', () => {
    const sentences = describeTippingPoints(ok({ goal: 'production', targets: ['mobile'] }), seedDataset).map((s) => s.text);
    expect(sentences.some((s) => /^If mobile and edge mattered less \(a weight of [\d.]+ instead of 5\), PyTorch would lead\.$/.test(s))).toBe(true);
  });

  it('leaves out tipping points beyond the slider range', () => {
    const result = ok({ goal: 'research', team: 'pytorch', codebase: 'pytorch' });
    for (const s of describeTippingPoints(result, seedDataset)) expect(s.text).not.toMatch(/above (1[1-9]|[2-9]\d)/);
  });
});

describe('migration and dates', () => {
  it('formats money and durations from the data', () => {
    expect(formatMoney(8000, 'USD')).toBe('$8K');
    expect(formatMoney(500000, 'USD', true)).toBe('$500K+');
    expect(formatDuration(3, 6)).toBe('3–6 weeks');
    expect(formatDuration(26, 52)).toBe('6–12 months');
  });

  it('lists the size answered, or every size', () => {
    const medium = ok({ goal: 'research', codebase: 'tf2', projectSize: 'medium' });
    expect(migrationLines(medium.migration!, seedDataset).lines.map((l) => [l.size.id, l.cost, l.duration])).toEqual([['medium', '$30K–$120K', '10–20 weeks']]);
    const any = ok({ goal: 'research', codebase: 'tf2' });
    expect(migrationLines(any.migration!, seedDataset).lines.map((l) => l.cost)).toEqual(['$8K–$25K', '$30K–$120K', '$150K–$500K+']);
  });

  it('knows the direction of a move, and says when the figures were measured the other way', () => {
    // TensorFlow to PyTorch: the direction the source measured.
    const toPyTorch = ok({ goal: 'research', codebase: 'tf2', projectSize: 'small' });
    expect(toPyTorch.migration).toMatchObject({ fromFrameworkId: 'tensorflow', toFrameworkId: 'pytorch', kind: 'port', measured: true });
    const forward = migrationLines(toPyTorch.migration!, seedDataset);
    expect(forward.lines[0]!.dominatedBy).toMatch(/Keras layers map cleanly onto torch\.nn/);
    expect(forward.note).toBe(seedDataset.migration.note);
    // PyTorch to TensorFlow: its own words, and a note that the figures come from the other direction.
    const toTensorFlow = ok({ goal: 'production', modelSource: 'custom', data: ['vision'], targets: ['mobile', 'browser'], hardware: ['tpu'], codebase: 'pytorch', projectSize: 'small' });
    expect(toTensorFlow.verdict.leaderId).toBe('tensorflow');
    expect(toTensorFlow.migration).toMatchObject({ fromFrameworkId: 'pytorch', toFrameworkId: 'tensorflow', kind: 'port', measured: false });
    const backward = migrationLines(toTensorFlow.migration!, seedDataset);
    expect(backward.lines[0]!.dominatedBy).toMatch(/torch\.nn modules map onto Keras layers/);
    expect(backward.lines[0]!.dominatedBy).not.toMatch(/Keras layers map cleanly onto torch\.nn/);
    expect(backward.note).toMatch(/measured on TensorFlow-to-PyTorch migrations only/);
    expect(migrationSentence(toTensorFlow.migration!, seedDataset, null)).toBe('Your code is in PyTorch; moving it to TensorFlow typically costs (for the size you gave):');
  });

  it('says how old a date is', () => {
    expect(monthsSince('2026-04', '2026-11-25')).toBe(7);
    expect(monthsSince('2024-07', '2026-11-25')).toBe(28);
    expect(describeAge(7)).toBe('7 months old');
    expect(describeAge(1)).toBe('1 month old');
    expect(describeAge(28)).toBe('2 years old');
    expect(formatAsOf('2026-04')).toBe('April 2026');
  });
});

describe('a tie', () => {
  // Research (PyTorch 10, TensorFlow 5) at 4 against mobile (TensorFlow 10, PyTorch 6) at 5: 5 x 4 = 4 x 5.
  const zero = Object.fromEntries(seedDataset.criteria.map((c) => [c.id, 0]));
  const tie = recommend({ goal: 'research', priorities: { ...zero, research: 4, mobile: 5 } }, seedDataset);

  it('is its own verdict: level scores, a margin of 0, no tipping point, in words', () => {
    if (!tie.ok) throw new Error('invalid');
    expect(tie.verdict.kind).toBe('tie');
    expect(tie.verdict.margin).toBe(0);
    expect(tie.tippingPoints).toEqual([]);
    const head = headline(tie, seedDataset);
    // Level scores keep the dataset's framework order.
    expect(head.title).toBe('A tie: TensorFlow and PyTorch score the same');
    expect(head.summary).not.toMatch(/-0\.00|lead of/);
    expect(explainWhy(tie, seedDataset)[0]).toBe('TensorFlow is stronger on mobile and edge (10 vs 6); PyTorch on research adoption (10 vs 5): on what you weighted, these balance out exactly.');
  });
});

describe('tipping points in words', () => {
  it('never says "1 times as much"', () => {
    for (const answers of [{ goal: 'research' }, { goal: 'production', targets: ['mobile'] }, { goal: 'both', data: ['text', 'vision'], targets: ['server', 'browser'] }]) {
      const result = recommend(answers, seedDataset);
      if (!result.ok) throw new Error('invalid');
      for (const tip of describeTippingPoints(result, seedDataset)) expect(tip.text).not.toMatch(/(^|\s)1 times/);
    }
  });
});

describe('tipping points just above the current weight', () => {
  it('name the weight a slider can take just past the tie, never "1 times as much"', () => {
    const result = recommend({ goal: 'research' }, seedDataset);
    if (!result.ok) throw new Error('invalid');
    const near = { ...result, tippingPoints: [{ criterionId: 'mobile', currentWeight: 5, direction: 'up' as const, weight: 5.1, newLeaderId: 'tensorflow' }] };
    expect(describeTippingPoints(near, seedDataset).map((t) => t.text)).toEqual(['If mobile and edge mattered 1.1 times as much (a weight of 5.5 instead of 5), TensorFlow would lead.']);
  });
});

describe('pitfalls', () => {
  it('appear only when a framework is the advice, never under a wrong-comparison verdict', () => {
    const tabular = recommend({ goal: 'production', modelSource: 'custom', data: ['tabular'], team: 'none', codebase: 'tf1' }, seedDataset);
    expect(tabular.ok && tabular.verdict.kind).toBe('wrongComparison');
    expect(tabular.ok && tabular.pitfalls).toEqual([]);
    const framework = recommend({ goal: 'production', modelSource: 'custom', data: ['vision'], targets: ['server'], hardware: ['gpu'], scale: 'single', team: 'none', codebase: 'tf1' }, seedDataset);
    expect(framework.ok && framework.pitfalls.map((p) => p.pitfallId)).toContain('tf1-graph-code');
  });
});

describe('headlines with more than two frameworks', () => {
  // The seed plus one framework added by data alone: three in all.
  const three = applyEdition(dataFiles, frameworksEdition(dataFiles, ['probe']), 'editions/2026-12.json');
  if (!three.ok) throw new Error('the probe edition must apply');
  const dataset = three.dataset;
  const base = recommend({ goal: 'research' }, dataset);
  if (!base.ok) throw new Error('invalid');
  const at = (scores: readonly number[], kind: 'winner' | 'close' | 'tie') => ({
    ...base,
    ranking: base.ranking.map((r, i) => ({ ...r, score: scores[i]! })),
    verdict: { ...base.verdict, kind, margin: kind === 'tie' ? 0 : scores[0]! - scores[1]!, isCloseCall: kind !== 'winner' },
  });
  const name = (i: number) => frameworkName(dataset, base.ranking[i]!.frameworkId);

  it('names every framework within the margin in a close call, and lists every score', () => {
    const { title, summary } = headline(at([8, 7.9, 7.75], 'close'), dataset);
    expect(title).toBe(`A close call: ${name(0)}, just ahead of ${name(1)} and ${name(2)}`);
    expect(summary).toBe(`${name(0)} 8.00, ${name(1)} 7.90, ${name(2)} 7.75 out of 10: a margin of 0.10, under the 0.3 that counts as a clear lead.`);
    // One far behind is not part of the close call.
    expect(headline(at([8, 7.9, 5], 'close'), dataset).title).toBe(`A close call: ${name(0)}, just ahead of ${name(1)}`);
  });

  it('names every framework level with the leader in a tie', () => {
    expect(headline(at([7, 7, 7], 'tie'), dataset)).toEqual({
      title: `A tie: ${name(0)}, ${name(1)} and ${name(2)} score the same`,
      summary: 'They score 7.00 out of 10 on what you weighted: on these answers none of them is the better fit.',
    });
  });

  it('says how far each framework behind the runner-up trails', () => {
    const sentences = explainWhy(base, dataset);
    expect(sentences.some((s) => s.startsWith(`${name(2)} trails ${name(0)} by `))).toBe(true);
  });
});

describe('a product’s bar in words', () => {
  const december = datasetFor('2026-12')!;
  const mcu = { goal: 'production', modelSource: 'custom', data: ['audio'], workload: ['classic'], targets: ['microcontroller'], hardware: ['nvidia'], scale: 'single', team: 'pytorch', codebase: 'none' };
  const run = (answers: Record<string, unknown>) => recommend(answers, december) as Recommendation;

  it('names the frameworks under the bar, with the data’s scores, in the headline’s summary', () => {
    const result = run(mcu);
    expect(result.ranking[0]!.frameworkId).toBe('tensorflow');
    // JAX is far behind: not named.
    expect(floorSentence(result, december)).toBe("Under this guide's bar of 5 for shipping (beta or prototype-grade), so counted as 1: PyTorch's path to microcontrollers (4).");
    expect(headline(result, december).summary.endsWith(floorSentence(result, december)!)).toBe(true);
  });

  it('calls it a risk when the leader is under the bar on the user’s weights, and names the best that clears it in the title', () => {
    const result = run({ ...mcu, priorities: { teamSkills: 10 } });
    expect(floorSentence(result, december)).toBe("Risk: PyTorch's path to microcontrollers (4) is under this guide's bar of 5 for shipping (beta or prototype-grade), so counted as 1.");
    expect(headline(result, december)).toEqual({
      title: 'PyTorch, only if its path to microcontrollers holds; otherwise TensorFlow',
      summary: expect.stringMatching(/^PyTorch [\d.]+, TensorFlow [\d.]+, JAX [\d.]+ out of 10: PyTorch leads by [\d.]+ points on your answers and weights, and TensorFlow is the best placed of those with a path ready to ship\. Risk: /) as string,
    });
  });

  it('says why the scores under the bar hold still in the robustness, apart from the scores the user tried', () => {
    const large = { ...mcu, codebase: 'pytorch', projectSize: 'large' };
    expect(robustnessSentence(run(large), december)).toMatch(/\(two points in one less certain score and none in the 2 scores under the bar for shipping\)/);
    expect(robustnessSentence(run({ ...large, scores: { 'microcontroller.pytorch': 3, 'production.tensorflow': 7 } }), december)).toMatch(/none in the 2 scores you tried and none in the score under the bar for shipping\)/);
  });

  it('groups a framework’s paths under the bar, and names the others in the running', () => {
    const result = run({ ...mcu, targets: ['mobile', 'browser', 'embedded', 'microcontroller'], data: ['vision'] });
    expect(floorSentence(result, december)).toMatch(/PyTorch's path to microcontrollers \(4\)/);
    expect(floorSentence(result, december)).not.toMatch(/JAX/);
  });

  it('says nothing where no bar applies: research, or no target with one', () => {
    expect(floorSentence(run({ ...mcu, goal: 'research' }), december)).toBeNull();
    expect(floorSentence(run({ ...mcu, targets: ['server'] }), december)).toBeNull();
  });
});
