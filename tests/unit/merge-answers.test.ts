import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { mergeAnswers, stampEdits, type StampedAnswers } from '../../src/state/merge-answers.ts';

const start: StampedAnswers = { answers: { goal: 'research', team: 'pytorch' }, editedAt: {}, resetAt: 100 };

describe('two tabs’ answers, merged answer by answer', () => {
  it('keeps both tabs’ edits to different answers, in either tab', () => {
    const a = stampEdits(start, { ...start.answers, goal: 'production' }, 200);
    const b = stampEdits(start, { ...start.answers, data: ['text'] }, 201);
    const inA = mergeAnswers(a, b);
    expect(inA.answers).toEqual({ goal: 'production', team: 'pytorch', data: ['text'] });
    expect(mergeAnswers(b, a)).toEqual(inA);
  });

  it('lets the later edit of the same answer win, a clearing included', () => {
    const a = stampEdits(start, { ...start.answers, team: 'jax' }, 200);
    const b = stampEdits(start, { goal: 'research' }, 210);
    expect(mergeAnswers(a, b).answers).toEqual({ goal: 'research' });
    expect(mergeAnswers(b, a).answers).toEqual({ goal: 'research' });
  });

  it('lets a later Start over or link win over every edit made before it, and keeps edits made after it', () => {
    const edited = stampEdits(start, { ...start.answers, team: 'jax' }, 200);
    const restarted: StampedAnswers = { answers: {}, editedAt: {}, resetAt: 300 };
    expect(mergeAnswers(edited, restarted).answers).toEqual({});
    expect(mergeAnswers(restarted, edited).answers).toEqual({});
    const afterwards = stampEdits(edited, { ...edited.answers, goal: 'both' }, 400);
    expect(mergeAnswers(restarted, afterwards).answers).toEqual({ goal: 'both' });
  });

  it('reads progress saved before stamps whole on a first load', () => {
    expect(mergeAnswers({ answers: {}, editedAt: {}, resetAt: 0 }, { answers: { goal: 'research' }, editedAt: {}, resetAt: 0 }).answers).toEqual({ goal: 'research' });
  });

  const ids = ['goal', 'team', 'data', 'scale'];
  const edits = fc.array(fc.record({ id: fc.constantFrom(...ids), value: fc.option(fc.constantFrom('x', 'y', 'z'), { nil: undefined }), at: fc.integer({ min: 101, max: 999 }) }), { maxLength: 6 });
  const apply = (base: StampedAnswers, list: { id: string; value: string | undefined; at: number }[]) =>
    [...list].sort((p, q) => p.at - q.at).reduce((s, e) => stampEdits(s, { ...s.answers, [e.id]: e.value }, e.at), base);

  test.prop([edits, edits])('gives both tabs the same answers, each answer as its latest edit left it', (mine, theirs) => {
    const a = apply(start, mine);
    const b = apply(start, theirs);
    const merged = mergeAnswers(a, b);
    expect(mergeAnswers(b, a)).toEqual(merged);
    // Merging again changes nothing: the tabs stop writing to each other.
    expect(mergeAnswers(merged, a)).toEqual(merged);
    expect(mergeAnswers(b, merged)).toEqual(merged);
    // Each answer edited on only one side is that side's.
    for (const id of ids) {
      const inA = mine.some((e) => e.id === id);
      const inB = theirs.some((e) => e.id === id);
      if (inA !== inB) expect(merged.answers[id]).toEqual((inA ? a : b).answers[id]);
    }
  });
});
