import type { Question } from './dataset.ts';

// The one home of the rules for a question's options, for the wizard, the answer sheet, the
// tipping points and the link reader alike:
// - a retired option (kept so old links still read) is offered only to whoever already chose it;
// - an option that stands alone ("Not decided yet", "CPUs only") is never chosen beside another;
// - a multiple choice is written in the question's own order.
// Pure, no zod: the engine and the codec use it too.

type Options = Question['options'];
type Option = Options[number];

/** Whether an option stands alone: `hardware, 'cpu'` -> true when the data marks it `exclusive`. */
export function standsAlone(question: Pick<Question, 'options'>, optionId: string): boolean {
  return question.options.some((o) => o.id === optionId && o.exclusive === true);
}

/**
 * The options shown for a question: every current one, and a retired one only to someone who
 * chose it, so they can see and unchoose it. In the question's order.
 * `targets` with `['web']` chosen, web retired -> every current target and web.
 */
export function offeredOptions(question: Pick<Question, 'options'>, chosen: readonly string[]): Options {
  return question.options.filter((o) => !o.retired || chosen.includes(o.id));
}

/** The given option ids in the question's own order, unknown ones and repeats dropped: `['gpu', 'cpu']` -> `['cpu', 'gpu']`. */
export function inQuestionOrder(question: Pick<Question, 'options'>, ids: readonly string[]): string[] {
  return question.options.map((o) => o.id).filter((id) => ids.includes(id));
}

/**
 * A multiple choice after ticking or unticking one box: an option that stands alone clears the
 * others when ticked, another clears it; the result is in the question's order (possibly empty).
 * `(['server'], 'undecided', true)` -> `['undecided']`; `(['undecided'], 'mobile', true)` -> `['mobile']`.
 */
export function toggleOption(question: Pick<Question, 'options'>, chosen: readonly string[], optionId: string, checked: boolean): string[] {
  const next = !checked
    ? chosen.filter((id) => id !== optionId)
    : standsAlone(question, optionId)
      ? [optionId]
      : [...chosen.filter((id) => !standsAlone(question, id)), optionId];
  return inQuestionOrder(question, next);
}

/**
 * Whether a multiple choice holds a contradiction: an option that stands alone beside another.
 * `['cpu', 'tpu']` -> true; `['nvidia', 'tpu']` -> false.
 */
export function combinesStandAlone(question: Pick<Question, 'options'>, chosen: readonly string[]): boolean {
  return chosen.length > 1 && chosen.some((id) => standsAlone(question, id));
}

/**
 * The one-option changes open to a question's answer, as someone answering could make them
 * (current options only): another option of a single choice; one option more or less of a
 * multiple choice, never emptying it and never beside an option that stands alone.
 */
export function singleOptionChanges(question: Pick<Question, 'kind' | 'options'>, chosen: readonly string[]): { change: 'set' | 'add' | 'remove'; optionId: string }[] {
  const current = question.options.filter((o: Option) => !o.retired && !chosen.includes(o.id));
  if (question.kind === 'one') return current.map((o) => ({ change: 'set', optionId: o.id }));
  const removals = chosen.length > 1 ? chosen.map((id) => ({ change: 'remove' as const, optionId: id })) : [];
  const additions = chosen.some((id) => standsAlone(question, id)) ? [] : current.filter((o) => !o.exclusive).map((o) => ({ change: 'add' as const, optionId: o.id }));
  return [...removals, ...additions];
}
