import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine/index.ts';
import { syntheticDataset } from '../support/synthetic-dataset.ts';

describe('the engine on a dataset it was not written for', () => {
  it('ranks 50 frameworks over 30 criteria, with exact tipping points', () => {
    const dataset = syntheticDataset(50, 30);
    const result = recommend({ goal: 'research', targets: ['mobile'] }, dataset);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.ranking).toHaveLength(50);
    expect(result.weights).toHaveLength(30);
    // Best first; scores within floating-point noise (1e-9) count as equal and keep the data's order.
    result.ranking.slice(1).forEach((r, i) => {
      expect(r.score).toBeLessThanOrEqual(result.ranking[i]!.score + 1e-9);
    });
    // Synthetic scores often leave the top two level: a tie has no tipping point, any lead has some.
    if (result.verdict.kind === 'tie') expect(result.tippingPoints).toEqual([]);
    else expect(result.tippingPoints.length).toBeGreaterThan(0);
    const lead = recommend({ goal: 'production', targets: ['server', 'mobile'] }, dataset);
    expect(lead.ok && lead.verdict.kind !== 'tie' && lead.tippingPoints.length > 0).toBe(true);
  });
});
