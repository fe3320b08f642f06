import { useEffect } from 'react';
import { currentDataset, datasetFor, seedDataset } from '../data/editions.ts';
import type { Answers } from '../schema/answers.ts';
import { questionStep, type Step } from '../flow/step.ts';
import { missingAnswers, stepsFor } from '../flow/wizard-flow.ts';
import { decodeShareLink, looksLikeShareLink } from '../share/share-link.ts';
import { useWizardActions, type Notice } from '../state/wizard-store.ts';

/**
 * Reads a share link from the page's query string once, puts its valid answers in
 * the store, and opens the result, or the wizard at the first missing or invalid
 * answer, with a clear notice of anything that was wrong.
 */
export function openShareLink(search: string): { answers: Answers; step: Step; notice: Notice | null; editionId: string } | null {
  if (!looksLikeShareLink(search, currentDataset)) return null;
  const decoded = decodeShareLink(search, currentDataset);
  // A link without an edition was made before editions existed, with the seed's data.
  const named = decoded.editionId === null ? seedDataset : datasetFor(decoded.editionId);
  const dataset = named ?? currentDataset;
  const problems = named ? decoded.problems : [...decoded.problems, { path: 'e', message: `There is no data edition “${decoded.editionId ?? ''}”; the current edition is used.` }];
  const questions = stepsFor(decoded.answers, dataset);
  const invalid = questions.find((q) => problems.some((p) => p.path === q.id) && decoded.answers[q.id] === undefined);
  const [missing] = missingAnswers(questions, decoded.answers);
  const stop = invalid ?? missing;
  const step: Step = stop ? questionStep(stop.id) : 'result';

  let notice: Notice | null = null;
  if (problems.length > 0) {
    notice = {
      kind: 'problem',
      message: `This share link could not be read in full. ${Object.keys(decoded.answers).length > 0 ? 'The valid answers are kept' : 'No answer in it could be used'}${stop ? '; please answer the rest.' : '.'}`,
      details: problems.map((p) => p.message),
    };
  } else if (stop) {
    notice = { kind: 'info', message: 'This share link does not answer every question; please answer the rest to see the result.' };
  } else if (decoded.dataVersion !== null && decoded.dataVersion !== dataset.meta.dataVersion) {
    notice = {
      kind: 'info',
      message: `This link was made with data version ${decoded.dataVersion}; the data has changed since (now version ${dataset.meta.dataVersion}), so the result may differ from what its author saw.`,
    };
  }
  return { answers: decoded.answers, step, notice, editionId: dataset.meta.edition.id };
}

/** Opens the link in the page's URL, then hands over to the normal views. */
export default function ShareLinkOpener({ search, onDone }: { readonly search: string; readonly onDone: () => void }) {
  const { loadSharedAnswers } = useWizardActions();
  useEffect(() => {
    const opened = openShareLink(search);
    if (opened) loadSharedAnswers(opened.answers, opened.step, opened.notice, opened.editionId);
    onDone();
  }, [search, loadSharedAnswers, onDone]);
  return <p className="loading">Opening the shared result…</p>;
}
