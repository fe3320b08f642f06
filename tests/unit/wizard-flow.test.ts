// @vitest-environment jsdom
// (the purity check below watches the browser's Storage; the rest of the file needs no DOM)
import { describe, expect, it, vi } from 'vitest';
import { seedDataset } from '../support/editions.ts';
import { canShow, nearestShowableStep, nextStep, previousStep, stepsFor } from '../../src/flow/wizard-flow.ts';

const d = seedDataset;

describe('wizard flow', () => {
  it('lists every question for a deep-learning project, and drops the skipped ones', () => {
    expect(stepsFor({}, d).map((q) => q.id)).toEqual(['goal', 'modelSource', 'data', 'targets', 'hardware', 'scale', 'team', 'codebase', 'priorities']);
    expect(stepsFor({ modelSource: 'hosted' }, d).map((q) => q.id)).toEqual(['goal', 'modelSource']);
    expect(stepsFor({ data: ['tabular'] }, d).map((q) => q.id)).toEqual(['goal', 'modelSource', 'data', 'team', 'codebase']);
    expect(stepsFor({ modelSource: 'pretrained' }, d).map((q) => q.id)).not.toContain('hardware');
  });

  it('goes forward in order, then to the review', () => {
    expect(nextStep({ goal: 'research' }, 'question:goal', d, false)).toBe('question:modelSource');
    expect(nextStep({ goal: 'research', modelSource: 'hosted' }, 'question:modelSource', d, false)).toBe('review');
    expect(nextStep({ priorities: {} }, 'question:priorities', d, false)).toBe('review');
  });

  it('returns to the review after a change, unless the change opened an unanswered question', () => {
    const answered = { goal: 'production', modelSource: 'hosted' };
    expect(nextStep(answered, 'question:goal', d, true)).toBe('review');
    expect(nextStep({ ...answered, modelSource: 'custom' }, 'question:modelSource', d, true)).toBe('question:data');
  });

  it('goes back to the previous question that applies, or the start', () => {
    expect(previousStep({}, 'question:goal', d)).toBe('start');
    expect(previousStep({ data: ['tabular'] }, 'question:team', d)).toBe('question:data');
    expect(previousStep({ modelSource: 'hosted' }, 'review', d)).toBe('question:modelSource');
  });

  it('never shows a step whose earlier questions are unanswered, or a question that does not apply', () => {
    expect(canShow('question:data', { goal: 'research' }, d)).toBe(false);
    expect(canShow('question:data', { goal: 'research', modelSource: 'hosted' }, d)).toBe(false);
    expect(nearestShowableStep('review', { goal: 'research' }, d)).toBe('question:modelSource');
    expect(nearestShowableStep('question:targets', { goal: 'research', modelSource: 'hosted' }, d)).toBe('review');
    // Optional priorities never block the review.
    expect(canShow('review', { goal: 'x', modelSource: 'hosted' }, d)).toBe(true);
  });
});

describe('the flow module', () => {
  it('is pure: importing it creates no store and reads no saved progress', async () => {
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    vi.resetModules();
    await import('../../src/flow/wizard-flow.ts');
    await import('../../src/flow/step.ts');
    expect(getItem).not.toHaveBeenCalled();
    // The store, by contrast, reads saved progress as soon as it is imported.
    await import('../../src/state/wizard-store.ts');
    expect(getItem).toHaveBeenCalled();
    getItem.mockRestore();
  });
});
