import type { Recommendation } from '../../../engine/index.ts';
import { chosenOptions } from '../../../schema/answer-values.ts';
import type { Dataset, EditionChange } from '../../../schema/dataset.ts';
import { frameworkName, upperFirst } from '../../../words/dataset-names.ts';
import { formatAsOf } from '../../../words/format-date.ts';
import { SourceList } from '../evidence/source-list.tsx';

// The record of an edition's changes, in words: loaded with the record itself, when the reader
// opens "Every change" (edition-panel.tsx), so a shared result never loads it.

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
      const name = key === 'score' ? 'Score' : key === 'askWhen' ? 'When it is asked' : upperFirst(key);
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

/** The changes of an edition, those that touch the answers first. */
export function changesFor(result: Recommendation, dataset: Dataset, changes: readonly EditionChange[]): { readonly relevant: EditionChange[]; readonly others: EditionChange[] } {
  const shown = changes.filter((c) => c.id !== 'sources');
  return { relevant: shown.filter((c) => touchesAnswers(c, result, dataset)), others: shown.filter((c) => !touchesAnswers(c, result, dataset)) };
}

/** Changes under one title (the same move made in several places, such as one criterion scored against each framework), in their order. */
export function groupByTitle(changes: readonly EditionChange[]): (readonly EditionChange[])[] {
  const groups = new Map<string, EditionChange[]>();
  for (const change of changes) groups.set(change.title, [...(groups.get(change.title) ?? []), change]);
  return [...groups.values()];
}

/** One line of the record per title: its reason once, every before-and-after line, every source once. */
function ChangeItem({ changes, dataset }: { readonly changes: readonly EditionChange[]; readonly dataset: Dataset }) {
  const [first] = changes;
  if (!first) return null;
  const unique = <T,>(items: readonly T[]) => [...new Set(items)];
  return (
    <li>
      <strong>{first.title}</strong> ({unique(changes.map((c) => formatAsOf(c.date))).join(', ')}). {unique(changes.map((c) => c.reason)).join(' ')}
      <ul className="change-lines">
        {unique(changes.flatMap((c) => describeChange(c, dataset))).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <span className="source-line">
        Source: <SourceList ids={unique(changes.flatMap((c) => c.sources))} dataset={dataset} />.
      </span>
    </li>
  );
}

/** The change lists, once the edition's record has loaded: those that touch these answers first, the rest folded. */
export function ChangeLists({ result, dataset, changes }: { readonly result: Recommendation; readonly dataset: Dataset; readonly changes: readonly EditionChange[] }) {
  const { relevant, others } = changesFor(result, dataset, changes);
  return (
    <>
      {relevant.length > 0 ? (
        <>
          <h3>Changes that touch your answers ({groupByTitle(relevant).length})</h3>
          <ul className="changes">
            {groupByTitle(relevant).map((group) => (
              <ChangeItem key={group[0]!.id} changes={group} dataset={dataset} />
            ))}
          </ul>
        </>
      ) : (
        <p>None of the changes touches what you weighted or where you deploy.</p>
      )}
      {others.length > 0 && (
        <details className="others">
          <summary>Other changes ({groupByTitle(others).length})</summary>
          <ul className="changes">
            {groupByTitle(others).map((group) => (
              <ChangeItem key={group[0]!.id} changes={group} dataset={dataset} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
