import type { Dataset } from '../schema/dataset.ts';

/** A framework's display name: `'pytorch'` -> "PyTorch". */
export const frameworkName = (dataset: Dataset, id: string) => dataset.frameworks.find((f) => f.id === id)?.name ?? id;

/** A criterion's display name: `'devex'` -> "Developer experience". */
export const criterionName = (dataset: Dataset, id: string) => dataset.criteria.find((c) => c.id === id)?.name ?? id;

/** "Research adoption" -> "research adoption", but "TPU support" stays. */
/** Names that keep their capital mid-sentence: acronyms, and brands such as Apple. */
const PROPER = /^([A-Z][A-Z]|Apple\b|Google\b|Hugging Face\b|Keras\b|PyTorch\b|TensorFlow\b|JAX\b)/;
export const lowerFirst = (s: string) => (PROPER.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));
