import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { currentDataset } from '../../src/data/editions.ts';
import type { Question } from '../../src/schema/dataset.ts';
import { combinesStandAlone, inQuestionOrder, offeredOptions, singleOptionChanges, standsAlone, toggleOption } from '../../src/schema/offered-options.ts';

const question = (id: string): Question => {
  const found = currentDataset.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};
const hardware = question('hardware');
const targets = question('targets');
const ids = (q: Question) => q.options.map((o) => o.id);

describe('the options a question offers', () => {
  it('offers a retired option only to whoever chose it', () => {
    const retired = hardware.options.find((o) => o.retired)!;
    expect(retired).toBeDefined();
    expect(offeredOptions(hardware, []).map((o) => o.id)).not.toContain(retired.id);
    expect(offeredOptions(hardware, [retired.id]).map((o) => o.id)).toContain(retired.id);
    // Every current option is always offered, in the question's order.
    expect(offeredOptions(hardware, [retired.id]).map((o) => o.id)).toEqual(ids(hardware));
  });

  it('knows the options that stand alone', () => {
    expect(standsAlone(hardware, 'cpu')).toBe(true);
    expect(standsAlone(hardware, 'nvidia')).toBe(false);
    expect(standsAlone(targets, 'undecided')).toBe(true);
    expect(standsAlone(targets, 'no-such-option')).toBe(false);
    expect(combinesStandAlone(hardware, ['cpu', 'tpu'])).toBe(true);
    expect(combinesStandAlone(hardware, ['cpu'])).toBe(false);
    expect(combinesStandAlone(hardware, ['nvidia', 'tpu'])).toBe(false);
  });

  it('writes a multiple choice in the question order, without repeats or unknown ids', () => {
    expect(inQuestionOrder(targets, ['mobile', 'server', 'mobile', 'nope'])).toEqual(ids(targets).filter((id) => id === 'server' || id === 'mobile'));
  });
});

describe('ticking and unticking one box', () => {
  it('clears the others when an option that stands alone is ticked, and clears it when another is', () => {
    expect(toggleOption(targets, ['server', 'mobile'], 'undecided', true)).toEqual(['undecided']);
    expect(toggleOption(targets, ['undecided'], 'mobile', true)).toEqual(['mobile']);
    expect(toggleOption(hardware, ['nvidia'], 'tpu', true)).toEqual(inQuestionOrder(hardware, ['nvidia', 'tpu']));
    expect(toggleOption(hardware, ['nvidia', 'tpu'], 'nvidia', false)).toEqual(['tpu']);
    expect(toggleOption(hardware, ['tpu'], 'tpu', false)).toEqual([]);
  });

  test.prop([fc.constantFrom(hardware, targets), fc.array(fc.nat(), { maxLength: 12 })])('never leaves a contradiction, whatever is ticked in any order', (q, clicks) => {
    let chosen: readonly string[] = [];
    const offered = ids(q);
    for (const click of clicks) {
      const id = offered[click % offered.length]!;
      chosen = toggleOption(q, chosen, id, !chosen.includes(id));
      expect(combinesStandAlone(q, chosen)).toBe(false);
      expect(chosen).toEqual(inQuestionOrder(q, chosen));
    }
  });
});

describe('the one-option changes a tipping point may try', () => {
  it('sets another current option of a single choice', () => {
    const goal = question('goal');
    const changes = singleOptionChanges(goal, ['research']);
    expect(changes.every((c) => c.change === 'set' && c.optionId !== 'research')).toBe(true);
    expect(changes).toHaveLength(goal.options.filter((o) => !o.retired).length - 1);
  });

  it('adds or removes one option of a multiple choice, never emptying it nor combining an option that stands alone', () => {
    const fromOne = singleOptionChanges(hardware, ['nvidia']);
    expect(fromOne.some((c) => c.change === 'remove')).toBe(false);
    expect(fromOne.map((c) => c.optionId)).not.toContain('cpu');
    expect(fromOne.map((c) => c.optionId)).not.toContain(hardware.options.find((o) => o.retired)!.id);
    expect(singleOptionChanges(hardware, ['cpu'])).toEqual([]);
    expect(singleOptionChanges(hardware, ['nvidia', 'tpu']).filter((c) => c.change === 'remove').map((c) => c.optionId)).toEqual(['nvidia', 'tpu']);
  });
});
