import { formatWeight } from './format-weight.ts';
import type { MigrationEstimate, Recommendation } from '../engine/index.ts';
import { chosenOptions } from '../schema/answer-values.ts';
import type { Dataset, MigrationSize } from '../schema/dataset.ts';
import { frameworkName, optionLabel } from './dataset-names.ts';

/** $8,000 -> "$8K"; $150,000 -> "$150K"; 500,000 open-ended -> "$500K+". */
export function formatMoney(amount: number, currency: string, openEnded = false): string {
  const symbol = currency === 'USD' ? '$' : `${currency} `;
  const value = amount >= 1_000_000 ? `${formatWeight(amount / 1_000_000)}M` : amount >= 1000 ? `${formatWeight(amount / 1000)}K` : String(amount);
  return `${symbol}${value}${openEnded ? '+' : ''}`;
}

/** 3-6 weeks -> "3–6 weeks"; 26-52 weeks -> "6–12 months". */
export function formatDuration(weeksMin: number, weeksMax: number): string {
  if (weeksMin >= 26) return `${Math.round(weeksMin / 4.33)}–${Math.round(weeksMax / 4.33)} months`;
  return `${weeksMin}–${weeksMax} weeks`;
}

interface MigrationLine {
  readonly size: MigrationSize;
  readonly cost: string;
  readonly duration: string;
  /** What dominates the work at this size, for this move (its direction, or a rewrite). */
  readonly dominatedBy: string;
}

/** What each kind of move is called in a heading ("Backend switch from JAX"). */
export const MOVE_HEADINGS: Readonly<Record<MigrationEstimate['kind'], string>> = { port: 'Migration', rewrite: 'Rewrite', backend: 'Backend switch' };

/** Words for a move the data describes in no direction of its own. */
const GENERIC_PORT = 'The same kinds of work as in the measured direction, in reverse: model code, input pipeline and training loop are rewritten, and custom kernels and the serving layer are projects of their own.';

/** The texts and the note for this move: the measured direction's, another direction's, or a rewrite's. */
function moveTexts(estimate: MigrationEstimate, dataset: Dataset): { readonly texts: (size: MigrationSize) => string; readonly note: string; readonly sources: readonly string[] } {
  const { migration } = dataset;
  const measured = `${frameworkName(dataset, migration.measured.from)}-to-${frameworkName(dataset, migration.measured.to)}`;
  if (estimate.kind === 'rewrite' && migration.rewrite) {
    const { rewrite } = migration;
    return { texts: (size) => rewrite.dominatedBy[size.id] ?? size.dominatedBy, note: rewrite.note, sources: [...migration.sources, ...rewrite.sources] };
  }
  if (estimate.measured) return { texts: (size) => size.dominatedBy, note: migration.note, sources: migration.sources };
  const direction = migration.directions.find((d) => d.from === estimate.fromFrameworkId && d.to === estimate.toFrameworkId);
  if (direction) return { texts: (size) => direction.dominatedBy[size.id] ?? GENERIC_PORT, note: direction.note, sources: [...migration.sources, ...direction.sources] };
  return {
    texts: () => GENERIC_PORT,
    note: `The source's figures were measured on ${measured} migrations only; for this move they are a rough guide, not a measurement.`,
    sources: migration.sources,
  };
}

/** The sentence that opens the estimate: which code moves where, and whether it is a rewrite. */
export function migrationSentence(estimate: MigrationEstimate, dataset: Dataset, codeLabel: string | null): string {
  const from = frameworkName(dataset, estimate.fromFrameworkId);
  const to = frameworkName(dataset, estimate.toFrameworkId);
  const size = estimate.sizeId ? ' (for the size you gave)' : ' (by project size; you did not give one)';
  if (estimate.kind === 'rewrite') {
    const target = estimate.fromFrameworkId === estimate.toFrameworkId ? `current ${to}` : to;
    return `Your existing code must be rewritten whichever framework you choose${codeLabel ? ` (it is ${codeLabel.replace(/ \((.*)\)$/, ': $1')})` : ''}; rewriting it for ${target} typically costs${size}:`;
  }
  const code = codeLabel ?? from;
  if (estimate.kind === 'backend') {
    return `Your code (${code}) runs on the ${to} backend too: a switch keeps the model code, moves only what calls ${from} directly, and typically costs${size} (rewriting it as native ${to} code is a port, at about the cost of moving between frameworks):`;
  }
  if (estimate.backendUnavailable) return `Your code (${code}) cannot simply switch to the ${to} backend: ${estimate.backendUnavailable}. Moving it is a port, which typically costs${size}:`;
  return `Your code is in ${from}; moving it to ${to} typically costs${size}:`;
}

/** The migration estimate's rows (the size answered, or every size), with the note and sources that go with this move. */
export function migrationLines(estimate: MigrationEstimate, dataset: Dataset): { readonly lines: MigrationLine[]; readonly note: string; readonly sources: readonly string[] } {
  const { migration } = dataset;
  const { backendSwitch } = migration;
  const { texts, note, sources } =
    estimate.kind === 'backend' && backendSwitch
      ? { texts: (size: MigrationSize) => backendSwitch.sizes[size.id]?.dominatedBy ?? size.dominatedBy, note: backendSwitch.note, sources: backendSwitch.sources }
      : moveTexts(estimate, dataset);
  const lines = estimate.sizeIds.flatMap((id) => {
    const size = migration.sizes.find((s) => s.id === id);
    if (!size) return [];
    // A backend switch has figures of its own: only the backend-specific code moves.
    const figures = (estimate.kind === 'backend' && backendSwitch?.sizes[id]) || size;
    const openEnded = figures === size && size.costOpenEnded;
    return [{ size, dominatedBy: texts(size), cost: `${formatMoney(figures.costMin, migration.currency)}–${formatMoney(figures.costMax, migration.currency, openEnded)}`, duration: formatDuration(figures.weeksMin, figures.weeksMax) }];
  });
  return { lines, note, sources: [...new Set(sources)] };
}

/** The label of the existing-code answer ("TensorFlow 1 (graphs and sessions)"), or null. */
export function codeLabel(result: Recommendation, dataset: Dataset): string | null {
  const [optionId] = chosenOptions(result.answers, dataset.meta.roles.existingCode);
  return optionId === undefined ? null : optionLabel(dataset, dataset.meta.roles.existingCode, optionId);
}
