import { useEffect, useMemo } from 'react';
import { answersForEdition, keepValidAnswers, type Answers, type CheckedAnswers } from '../schema/answers.ts';
import { currentDataset } from '../data/editions.ts';
import type { Dataset } from '../schema/dataset.ts';
import { useAnswers, useWizardActions, type Notice } from './wizard-store.ts';

/** What was left out of saved answers, in the app's words: question names from the data, never saved text. */
function repairNotice(checked: CheckedAnswers, dataset: Dataset): Notice {
  const names = checked.droppedQuestionIds.map((id) => dataset.questions.find((q) => q.id === id)?.label ?? id);
  const unknown = checked.unknownCount > 0 ? `${checked.unknownCount} answer${checked.unknownCount === 1 ? '' : 's'} to a question this app no longer asks` : null;
  return {
    kind: 'info',
    message: 'Some of your saved answers no longer match the questionnaire, so they were left out; every other answer was kept.',
    details: [...names.map((name) => `${name}: the saved answer (or part of it) is not an option any more.`), ...(unknown ? [`${unknown.charAt(0).toUpperCase()}${unknown.slice(1)}.`] : [])],
  };
}

/**
 * The answers in the store, read answer by answer against the questionnaire of `dataset`, and
 * returned at once. Only what the newest questionnaire no longer accepts is dropped from the
 * store, with a notice: viewing an older edition, whose questions are fewer, loses nothing.
 */
export function useCheckedAnswers(dataset: Dataset): Answers {
  const answers = useAnswers();
  const { repairAnswers } = useWizardActions();
  // An older edition reads the answers through the options it had (a GPU vendor as "GPUs").
  const checked = useMemo(() => keepValidAnswers(answersForEdition(answers, currentDataset, dataset), dataset), [answers, dataset]);
  // Options and questions are only ever added, so the newest questionnaire accepts every answer any edition does.
  const kept = useMemo(() => (dataset === currentDataset ? checked : keepValidAnswers(answers, currentDataset)), [answers, dataset, checked]);
  const needsRepair = kept.droppedQuestionIds.length > 0 || kept.unknownCount > 0;
  useEffect(() => {
    if (needsRepair) repairAnswers(kept.answers, repairNotice(kept, currentDataset));
  }, [needsRepair, kept, repairAnswers]);
  return checked.answers;
}
