import type { Answers, AnswerValue } from '../schema/answers.ts';

/**
 * Answers as two tabs share them: each answer with the time it was last set or cleared, and the
 * time the whole set was last replaced (Start over, a share link opened, answers brought back).
 */
export interface StampedAnswers {
  readonly answers: Answers;
  readonly editedAt: Readonly<Record<string, number>>;
  readonly resetAt: number;
}

const sameValue = (a: AnswerValue | undefined, b: AnswerValue | undefined) => JSON.stringify(a) === JSON.stringify(b);
const sorted = <T>(record: Readonly<Record<string, T>>): Record<string, T> => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The stamps after `next` replaced `prev` answer by answer: every answer set, changed or cleared is stamped `now`. */
export function stampEdits(prev: StampedAnswers, next: Answers, now: number): StampedAnswers {
  const editedAt: Record<string, number> = { ...prev.editedAt };
  for (const id of new Set([...Object.keys(prev.answers), ...Object.keys(next)])) {
    if (!sameValue(prev.answers[id], next[id])) editedAt[id] = now;
  }
  return { answers: sorted(next), editedAt: sorted(editedAt), resetAt: prev.resetAt };
}

/**
 * Two tabs' answers, merged answer by answer: the later edit of each answer wins, and a later
 * replacement of the whole set (Start over, a link opened) wins over every edit made before it.
 * The same two inputs give the same result in either tab, so the tabs agree after one exchange.
 * `mine: { goal: research @1 }`, `theirs: { team: pytorch @2 }` -> both answers.
 */
export function mergeAnswers(mine: StampedAnswers, theirs: StampedAnswers): StampedAnswers {
  // The set replaced last is the base; edits made after that replacement, on either side, are laid over it.
  // Replaced at the same time (or never, as in progress saved before stamps): the fuller set, then by content, so both tabs choose alike.
  const size = (a: StampedAnswers) => Object.keys(a.answers).length;
  const tieGoesToTheirs = size(theirs) !== size(mine) ? size(theirs) > size(mine) : JSON.stringify(sorted(theirs.answers)) >= JSON.stringify(sorted(mine.answers));
  const theirsIsBase = theirs.resetAt > mine.resetAt || (theirs.resetAt === mine.resetAt && tieGoesToTheirs);
  const [base, other] = theirsIsBase ? [theirs, mine] : [mine, theirs];
  const answers: Record<string, AnswerValue | undefined> = { ...base.answers };
  const editedAt: Record<string, number> = {};
  for (const [id, at] of Object.entries(base.editedAt)) if (at > base.resetAt) editedAt[id] = at;
  for (const [id, at] of Object.entries(other.editedAt)) {
    const baseAt = editedAt[id] ?? base.resetAt;
    if (at <= base.resetAt || at < baseAt || (at === baseAt && Object.hasOwn(editedAt, id))) continue;
    answers[id] = other.answers[id];
    editedAt[id] = at;
  }
  // An answer cleared is no answer, not an undefined one.
  const kept = Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined));
  return { answers: sorted(kept), editedAt: sorted(editedAt), resetAt: base.resetAt };
}
