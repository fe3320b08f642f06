import { describe, expect, it } from 'vitest';
import { firstLineOffset, wrapLabel } from '../../src/features/results/chart/svg-radar.tsx';

describe('radar axis labels', () => {
  it('wraps a label into lines of about 13 characters, keeping words whole', () => {
    expect(wrapLabel('Production deployment ×10')).toEqual(['Production', 'deployment', '×10']);
    expect(wrapLabel('Research adoption ×1')).toEqual(['Research', 'adoption ×1']);
    expect(wrapLabel('Ecosystem ×3')).toEqual(['Ecosystem ×3']);
  });

  it('grows labels above the chart upwards and below it downwards, so none sits on a point at 10', () => {
    // At the top (90°), a two-line label ends on its anchor: its first line is a line above.
    expect(firstLineOffset(2, 90)).toBeCloseTo(-1.1);
    expect(firstLineOffset(3, 90)).toBeCloseTo(-2.2);
    // At the bottom (-90°), the first line starts below the anchor.
    expect(firstLineOffset(2, -90)).toBeGreaterThan(0);
    expect(firstLineOffset(2, 270)).toBeGreaterThan(0);
    // At the sides, labels are centred on the anchor.
    expect(firstLineOffset(1, 0)).toBeCloseTo(0.35);
    expect(firstLineOffset(3, 180)).toBeCloseTo(-0.75);
  });
});
