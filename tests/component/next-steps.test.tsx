import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentDataset } from '../../src/data/editions.ts';
import { editions } from '../support/editions.ts';
import { recommend } from '../../src/engine/index.ts';
import { NextSteps } from '../../src/features/results/advice/next-steps.tsx';
import { statusWords } from '../../src/words/path-words.ts';

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
    // A path no longer maintained says so in words, with since when, in place of its maturity.
    for (const path of nextSteps.flatMap((step) => step.paths)) {
      const item = items.find((i) => i.querySelector('strong')?.textContent === path.runtime)!;
      if (path.status && path.status.kind !== 'maintained') expect(item.querySelector('.maturity')).toHaveTextContent(statusWords(path)!);
    }
    unmount();
  });

  it('offers TorchServe and TorchScript only to a team with PyTorch code, and then with their status in words', () => {
    const dataset = currentDataset;
    const answers = { goal: 'production', modelSource: 'finetune', data: ['text', 'generative'], workload: ['llm-finetune'], targets: ['server'], hardware: ['nvidia'], scale: 'multi-gpu', team: 'pytorch' };
    const fresh = recommend({ ...answers, codebase: 'none' }, dataset);
    const existing = recommend({ ...answers, codebase: 'pytorch', projectSize: 'medium' }, dataset);
    if (!fresh.ok || !existing.ok) throw new Error('invalid answers');
    const runtimes = (r: typeof fresh) => r.nextSteps.flatMap((s) => s.paths.map((p) => p.runtime));
    expect(runtimes(fresh).filter((r) => /TorchServe|TorchScript/.test(r))).toEqual([]);
    // LLM engines first; what is no longer maintained last.
    expect(runtimes(fresh).slice(0, 2)).toEqual(['vLLM', 'SGLang']);
    expect(runtimes(existing).slice(-2)).toEqual(['TorchServe', 'TorchScript (torch.jit)']);
    render(<NextSteps result={existing} dataset={dataset} />);
    expect(screen.getByText('TorchServe').closest('dd')).toHaveTextContent(/^If you use it today: TorchServe archived since August 2025: no longer maintained — /);
    expect(screen.getByText('TorchScript (torch.jit)').closest('dd')).toHaveTextContent(/^If you use it today: TorchScript \(torch\.jit\) deprecated since January 2026 — /);
  });
});
