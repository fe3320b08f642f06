import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { editions } from '../../src/data/editions.ts';
import { recommend } from '../../src/engine/index.ts';
import { NextSteps } from '../../src/features/results/next-steps.tsx';

describe('next steps', () => {
  it.each(editions.map((d) => [d.meta.edition.label, d] as const))('name the maturity of every deployment path in words (%s)', (_label, dataset) => {
    const result = recommend({ goal: 'production' }, dataset);
    if (!result.ok) throw new Error('invalid answers');
    // Every path of every framework on every target, as if each framework led there.
    const nextSteps = dataset.frameworks.flatMap((f) =>
      dataset.deployment.map((t) => ({ targetId: t.target, frameworkId: f.id, paths: t.paths.filter((p) => p.framework === f.id) })),
    );
    const { unmount } = render(<NextSteps result={{ ...result, nextSteps }} dataset={dataset} />);
    const items = screen.getAllByRole('definition');
    expect(items.length).toBe(nextSteps.reduce((n, s) => n + s.paths.length, 0));
    for (const item of items) {
      // "Runtime <maturity> — note": the maturity badge is never empty.
      const badge = item.querySelector('.maturity');
      expect(badge?.textContent, item.textContent).toMatch(/\w/);
    }
    unmount();
  });
});
