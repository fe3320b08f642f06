import type { Dataset, EditionSummary } from '../schema/dataset.ts';
import { formatAsOf } from './format-date.ts';

/** A framework's display name: `'pytorch'` -> "PyTorch". */
export const frameworkName = (dataset: Dataset, id: string) => dataset.frameworks.find((f) => f.id === id)?.name ?? id;

/** A criterion's display name: `'devex'` -> "Developer experience". */
export const criterionName = (dataset: Dataset, id: string) => dataset.criteria.find((c) => c.id === id)?.name ?? id;
/** An option's label: `optionLabel(dataset, 'targets', 'mobile')` -> "Phones (Android or iOS apps)"; the id when unknown. */
export const optionLabel = (dataset: Dataset, questionId: string, optionId: string) =>
  dataset.questions.find((q) => q.id === questionId)?.options.find((o) => o.id === optionId)?.label ?? optionId;

/** "Research adoption" -> "research adoption", but "TPU support" stays. */
/** Names that keep their capital mid-sentence: acronyms, and brands such as Apple. */
const PROPER = /^([A-Z][A-Z]|Apple\b|Google\b|Hugging Face\b|Keras\b|PyTorch\b|TensorFlow\b|JAX\b)/;
/** "the April 2026 data" -> "The April 2026 data": a phrase that starts a sentence. */
export const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const lowerFirst = (s: string) => (PROPER.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

/** `['A', 'B', 'C']`, 'and' -> "A, B and C"; `['A', 'B']`, 'or' -> "A or B". */
export function joinWords(items: readonly string[], word: 'and' | 'or'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)!}`;
}

/** "the April 2026 data" (the comparison as first published) or "the November 2026 refresh": dates, not the project's words for its editions. */
export function editionName(of: Dataset | EditionSummary): string {
  const edition = 'meta' in of ? { ...of.meta.edition, base: of.history.base } : of;
  return edition.base === null ? `the ${formatAsOf(edition.asOf)} data` : `the ${edition.label}`;
}
