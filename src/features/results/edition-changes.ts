import { recommend, type Recommendation } from '../../engine/index.ts';
import { chosenOptions } from '../../schema/answer-values.ts';
import { answersForEdition, keepValidAnswers, type Answers } from '../../schema/answers.ts';
import type { Dataset, EditionChange } from '../../schema/dataset.ts';
import { headline } from './explain.ts';
import { frameworkName } from '../../components/dataset-names.ts';
import { currentDataset, datasetFor } from '../../data/editions.ts';

/** The seed's own score for a criterion and framework when this edition changed it, else null (also for a criterion the seed did not score). */
export function seedScoreOf(dataset: Dataset, criterionId: string, frameworkId: string): number | null {
  const base = dataset.history.base === null ? null : datasetFor(dataset.history.base);
  const before = base?.criteria.find((c) => c.id === criterionId)?.scores[frameworkId]?.score;
  const now = dataset.criteria.find((c) => c.id === criterionId)?.scores[frameworkId]?.score;
  return before !== undefined && before !== now ? before : null;
}

/** An item's name in words: a runtime, a label, a criterion's weight… */
const itemName = (item: unknown): string | null => {
  if (typeof item !== 'object' || item === null) return null;
  const o = item as Record<string, unknown>;
  const name = o.name ?? o.label ?? o.runtime ?? o.title ?? o.criterion ?? o.id;
  return typeof name === 'string' ? (typeof o.amount === 'number' ? `${name} ${String(o.amount)}` : name) : null;
};

/** A value in words: text and numbers as they are, a list of named items by their names; anything else is only "changed". */
const text = (v: unknown): string | null => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const names = v.map(itemName);
    return names.every((n): n is string => n !== null) ? (names.length > 0 ? names.join('; ') : 'none') : null;
  }
  return null;
};

/**
 * A change's before and after, line by line, in words.
 * score 6 -> 8 gives "6 → 8"; fact values give one line per framework that changed.
 */
export function describeChange(change: EditionChange, dataset: Dataset): string[] {
  if (change.op === 'remove') return [`Removed: ${itemName(change.old) ?? (typeof change.old.target === 'string' ? change.old.target : 'an item')}`];
  if (change.op === 'add') return change.values.map((v) => `Added: ${itemName(v) ?? (typeof (v as { target?: unknown }).target === 'string' ? (v as { target: string }).target : 'an item')}`);
  const lines: string[] = [];
  for (const [key, before] of Object.entries(change.old)) {
    const after = change.new[key];
    if (key === 'values' && typeof before === 'object' && before !== null && typeof after === 'object' && after !== null) {
      for (const [frameworkId, was] of Object.entries(before as Record<string, unknown>)) {
        const now = (after as Record<string, unknown>)[frameworkId];
        if (now !== was) lines.push(`${frameworkName(dataset, frameworkId)}: ${text(was)} → ${text(now)}`);
      }
    } else if (key !== 'asOf') {
      const [was, now] = [text(before), text(after)];
      const name = key === 'score' ? 'Score' : key === 'askWhen' ? 'When it is asked' : key.charAt(0).toUpperCase() + key.slice(1);
      lines.push(was !== null && now !== null ? (was === now ? `${name}: ${now}, as before` : `${name}: ${was} → ${now}`) : `${name}: changed`);
    }
  }
  // What the change adds beside what it replaces: a framework's score or fact value ("JAX: 6").
  for (const [key, after] of Object.entries(change.new)) {
    if (key in change.old || !dataset.frameworks.some((f) => f.id === key)) continue;
    const value = typeof after === 'object' && after !== null && 'score' in after ? (after).score : after;
    lines.push(`${frameworkName(dataset, key)}: ${text(value) ?? 'added'} (new)`);
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
  /** True when the advice differs from this edition's: another leader, another wrong-comparison rule, or a tie. */
  readonly differs: boolean;
  /** Short names of the answered questions the other edition's questionnaire cannot express (an older one asks fewer). */
  readonly notCovered: readonly string[];
}

/** The same answers on another edition (those its questionnaire accepts), and whether its verdict differs. */
export function onOtherEdition(answers: Answers, mine: Recommendation, other: Dataset): OtherEdition | null {
  const checked = keepValidAnswers(answersForEdition(answers, currentDataset, other), other);
  const result = recommend(checked.answers, other);
  if (!result.ok) return null;
  // Different advice: another leader, another wrong-comparison rule, or a tie on one side. A close call on
  // one edition and a clear lead on the other (the editions set different thresholds) is the same advice.
  const tie = (r: Recommendation) => r.verdict.kind === 'tie';
  const differs = result.verdict.leaderId !== mine.verdict.leaderId || result.verdict.wrongComparison?.ruleId !== mine.verdict.wrongComparison?.ruleId || tie(result) !== tie(mine);
  // Named as the newest questionnaire names them: it has every question any edition has.
  const names = currentDataset.questions;
  const notCovered = Object.keys(answers)
    .filter((id) => !(id in checked.answers) || checked.droppedQuestionIds.includes(id))
    .map((id) => names.find((q) => q.id === id)?.label ?? id);
  return { dataset: other, result, title: headline(result, other).title, differs, notCovered };
}

/** The changes of an edition, those that touch the answers first. */
export function changesFor(result: Recommendation, dataset: Dataset, changes: readonly EditionChange[]): { readonly relevant: EditionChange[]; readonly others: EditionChange[] } {
  const shown = changes.filter((c) => c.id !== 'sources');
  return { relevant: shown.filter((c) => touchesAnswers(c, result, dataset)), others: shown.filter((c) => !touchesAnswers(c, result, dataset)) };
}

