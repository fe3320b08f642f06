import { currentDataset } from './editions.ts';

// Question titles and option labels of the current edition's questionnaire (the one the
// wizard asks), read from the data so that tests follow its wording instead of copying it
// (node's fs: this module serves Vitest and Playwright alike).
interface QuestionData {
  readonly id: string;
  readonly label: string;
  readonly title: string;
  readonly options: readonly { readonly id: string; readonly label: string }[];
}
const questions: readonly QuestionData[] = currentDataset.questions;

function question(questionId: string): QuestionData {
  const found = questions.find((q) => q.id === questionId);
  if (!found) throw new Error(`No question "${questionId}" in the current edition`);
  return found;
}

/** A question's title, the step's heading: `title('goal')` -> "What is the framework mainly for?". */
export const title = (questionId: string): string => question(questionId).title;

/** A question's short name, in progress and review: `shortName('goal')` -> "Purpose". */
export const shortName = (questionId: string): string => question(questionId).label;

/** An option's label: `label('goal', 'research')` -> "Research and experiments". */
export function label(questionId: string, optionId: string): string {
  const option = question(questionId).options.find((o) => o.id === optionId);
  if (!option) throw new Error(`No option "${optionId}" of "${questionId}" in the current edition`);
  return option.label;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for an option's accessible name (its label, then its hint): `/^Research and experiments/`. */
export const labelPattern = (questionId: string, optionId: string): RegExp => new RegExp(`^${escapeRegExp(label(questionId, optionId))}`);

/** The id of the question with this title: `questionIdForTitle("What is the framework mainly for?")` -> "goal". */
export function questionIdForTitle(text: string): string {
  const found = questions.find((q) => q.title === text);
  if (!found) throw new Error(`No question titled "${text}" in the current edition`);
  return found.id;
}
