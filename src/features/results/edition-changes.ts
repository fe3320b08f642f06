import { recommend, type Recommendation } from '../../engine/index.ts';
import { chosenOptions } from '../../schema/answer-values.ts';
import { keepValidAnswers, type Answers } from '../../schema/answers.ts';
import type { Dataset, EditionChange } from '../../schema/dataset.ts';
import { headline } from './explain.ts';
import { frameworkName } from '../../components/dataset-names.ts';

/** The seed's own score for a criterion and framework when this edition changed it, else null. */
export function seedScoreOf(dataset: Dataset, criterionId: string, frameworkId: string): number | null {
  const change = dataset.history.changes.find((c) => c.op === 'merge' && c.file === 'criteria.json' && c.path === `criteria/${criterionId}/scores/${frameworkId}`);
  return change?.op === 'merge' && typeof change.old.score === 'number' ? change.old.score : null;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : JSON.stringify(v));

/**
 * A change's before and after, line by line, in words.
 * score 6 -> 8 gives "6 → 8"; fact values give one line per framework that changed.
 */
export function describeChange(change: EditionChange, dataset: Dataset): string[] {
  if (change.op === 'remove') return [`Removed: ${text(change.old.name ?? change.old.label ?? change.old.runtime ?? change.old.title ?? change.old.id)}`];
  if (change.op === 'add') {
    return change.values.map((v) => {
      const item = v as Record<string, unknown>;
      return `Added: ${text(item.name ?? item.label ?? item.runtime ?? item.title ?? item.id)}`;
    });
  }
  const lines: string[] = [];
  for (const [key, before] of Object.entries(change.old)) {
    const after = change.new[key];
    if (key === 'values' && typeof before === 'object' && before !== null && typeof after === 'object' && after !== null) {
      for (const [frameworkId, was] of Object.entries(before as Record<string, unknown>)) {
        const now = (after as Record<string, unknown>)[frameworkId];
        if (now !== was) lines.push(`${frameworkName(dataset, frameworkId)}: ${text(was)} → ${text(now)}`);
      }
    } else if (key !== 'asOf') {
      lines.push(`${key === 'score' ? 'Score' : key.charAt(0).toUpperCase() + key.slice(1)}: ${text(before)} → ${text(after)}`);
    }
  }
  return lines;
}

/** Whether a change bears on these answers: it touches a criterion that carries weight, or a target the user chose. */
function touchesAnswers(change: EditionChange, result: Recommendation, dataset: Dataset): boolean {
  const weighted = new Set(result.weights.filter((w) => w.weight > 0).map((w) => w.criterionId));
  const targets = new Set(chosenOptions(result.answers, dataset.meta.roles.targets));
  return (change.touches?.criteria ?? []).some((id) => weighted.has(id)) || (change.touches?.targets ?? []).some((id) => targets.has(id));
}

export interface OtherEdition {
  readonly dataset: Dataset;
  readonly result: Recommendation;
  readonly title: string;
  /** True when the verdict kind or the leader differs from this edition's. */
  readonly differs: boolean;
  /** Short names of the answered questions the other edition's questionnaire cannot express (an older one asks fewer). */
  readonly notCovered: readonly string[];
}

/** The same answers on another edition (those its questionnaire accepts), and whether its verdict differs. */
export function onOtherEdition(answers: Answers, mine: Recommendation, other: Dataset, mineDataset?: Dataset): OtherEdition | null {
  const checked = keepValidAnswers(answers, other);
  const result = recommend(checked.answers, other);
  if (!result.ok) return null;
  const differs = result.verdict.kind !== mine.verdict.kind || result.verdict.leaderId !== mine.verdict.leaderId || result.verdict.wrongComparison?.ruleId !== mine.verdict.wrongComparison?.ruleId;
  const names = (mineDataset ?? other).questions;
  const notCovered = Object.keys(answers)
    .filter((id) => !(id in checked.answers) || checked.droppedQuestionIds.includes(id))
    .map((id) => names.find((q) => q.id === id)?.label ?? id);
  return { dataset: other, result, title: headline(result, other).title, differs, notCovered };
}

/** The changes of an edition, those that touch the answers first. */
export function changesFor(result: Recommendation, dataset: Dataset): { readonly relevant: EditionChange[]; readonly others: EditionChange[] } {
  const shown = dataset.history.changes.filter((c) => c.id !== 'sources');
  return { relevant: shown.filter((c) => touchesAnswers(c, result, dataset)), others: shown.filter((c) => !touchesAnswers(c, result, dataset)) };
}

