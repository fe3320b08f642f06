import { use, useEffect, useState } from 'react';
import { useStepHeading } from '../components/use-step-heading.ts';
import { currentDataset, loadDataset } from '../data/editions.ts';
import { applicableQuestions } from '../engine/index.ts';
import { answersForEdition, keepValidAnswers, type Answers } from '../schema/answers.ts';
import type { Dataset } from '../schema/dataset.ts';
import { questionStep, type Step } from '../flow/step.ts';
import { canShow, isRequired, missingAnswers, stepsFor } from '../flow/wizard-flow.ts';
import { decodeShareLink, encodeAnswers, looksLikeShareLink } from '../share/share-link.ts';
import { linkEdition } from './link-edition.ts';
import type { Problem } from '../schema/describe-issue.ts';
import { useDataset } from '../state/use-dataset.ts';
import { useAnswers, useAnswersFrom, useLinkEdited, useStash, useWizardActions, type Notice } from '../state/wizard-store.ts';

interface OpenedLink {
  readonly kind: 'answers';
  readonly answers: Answers;
  readonly step: Step;
  readonly notice: Notice | null;
  readonly editionId: string;
}

/**
 * Reads a share link from the page's query string against the data of its edition (linkEdition):
 * its valid answers (those that apply), where to open (the result, or the wizard at the first
 * missing or invalid answer), and a clear notice of anything that was wrong or left out.
 */
function openShareLink(search: string, dataset: Dataset, editionProblems: readonly Problem[]): OpenedLink | { readonly kind: 'unreadable'; readonly notice: Notice } {
  // Read against the edition's own questionnaire: an option a later edition added is not an answer to an older link.
  const decoded = decodeShareLink(search, dataset);
  const problems: Problem[] = [...decoded.problems, ...editionProblems];
  // Nothing usable (a format this app does not know, no valid answer): nothing to open or compare.
  if (Object.keys(decoded.answers).length === 0 && problems.length > 0) {
    return {
      kind: 'unreadable',
      notice: { kind: 'problem', message: 'This share link could not be read, so nothing was opened. Ask whoever sent it for a new link; anything you had here is as it was.', details: problems.map((p) => p.message) },
    };
  }
  // Answers to questions that do not apply are left out, and said so.
  const { answers, ignoredQuestionIds } = applicableQuestions(decoded.answers, dataset);
  const leftOut = dataset.questions
    .filter((q) => ignoredQuestionIds.includes(q.id))
    .map((q) => `The link also answers “${q.title}”, which does not apply to its other answers, so that answer was left out.`);
  const questions = stepsFor(answers, dataset);
  // A required answer that the link got wrong stops there; bad weights only fall back to the suggestion.
  const invalid = questions.find((q) => isRequired(q) && problems.some((p) => p.path === q.id) && answers[q.id] === undefined);
  const [missing] = missingAnswers(questions, answers);
  const stop = invalid ?? missing;
  const step: Step = stop ? questionStep(stop.id) : 'result';

  let notice: Notice | null = null;
  if (problems.length > 0) {
    notice = {
      kind: 'problem',
      message: `This share link could not be read in full. ${Object.keys(answers).length > 0 ? 'The valid answers are kept' : 'No answer in it could be used'}${stop ? '; please answer the rest.' : '.'}`,
      details: [...problems.map((p) => p.message), ...leftOut],
    };
  } else if (stop) {
    notice = { kind: 'info', message: 'This share link does not answer every question; please answer the rest to see the result.', details: leftOut };
  } else if (leftOut.length > 0) {
    notice = { kind: 'info', message: 'Part of this share link does not apply to its own answers, so it was left out.', details: leftOut };
  } else if (decoded.dataVersion !== null && decoded.dataVersion !== dataset.meta.dataVersion) {
    notice = {
      kind: 'info',
      message: `This link was made with data version ${decoded.dataVersion}; the data has changed since (now version ${dataset.meta.dataVersion}), so the result may differ from what its author saw.`,
    };
  }
  return { kind: 'answers', answers, step, notice, editionId: dataset.meta.edition.id };
}

/**
 * Whether my answers are the ones a link holds, read on the link's edition: the same answers
 * make the same link there. My own link, reopened on the edition it names (which may ask fewer
 * questions than the one on screen), is still mine.
 */
const sameAnswers = (link: Answers, mine: Answers, myDataset: Dataset, linkDataset: Dataset) => {
  const encode = (answers: Answers) => encodeAnswers(applicableQuestions(answers, linkDataset).answers, linkDataset);
  return encode(link) === encode(keepValidAnswers(answersForEdition(mine, myDataset, linkDataset), linkDataset).answers);
};

/**
 * A link opened over the user's own progress: nothing is replaced without asking. Open theirs
 * (mine put aside, to bring back at any time), compare theirs with my result, or keep mine.
 */
function LinkOverProgress({ opened, search, onDone }: { readonly opened: OpenedLink; readonly search: string; readonly onDone: () => void }) {
  const mine = useAnswers();
  const myDataset = useDataset();
  // Answers in hand that came from another link are not called the user's own.
  const fromLink = useAnswersFrom() === 'link';
  // Changed by the reader while their own answers are put aside: the link no longer holds them.
  const changed = useLinkEdited();
  const ownAside = useStash()?.origin === 'yours';
  const { loadSharedAnswers, compareWithLink } = useWizardActions();
  const headingRef = useStepHeading<HTMLHeadingElement>('Open this shared result?');
  const mineComplete = canShow('result', mine, myDataset);
  const answered = Object.keys(mine).length;
  return (
    <section className="link-conflict" aria-labelledby="link-conflict-heading">
      <h1 id="link-conflict-heading" ref={headingRef} tabIndex={-1}>
        Open this shared result?
      </h1>
      <p>
        {fromLink ? `You are looking at answers from another link${changed ? ', with changes you made' : ''}` : 'You have answers of your own in progress'} ({answered} answer{answered === 1 ? '' : 's'}{mineComplete ? ', with a result' : ''}). This link holds other answers.{' '}
        {fromLink ? (ownAside ? `Your own answers stay put aside whatever you choose${changed ? '; your changes to the answers on screen are in no link, so keep working on them to keep them' : ''}.` : 'That link still holds the answers on screen.') : 'Whatever you choose, nothing is lost.'}
      </p>
      <div className="choices-list">
        <button
          type="button"
          className="button primary"
          onClick={() => {
            loadSharedAnswers(opened.answers, opened.step, opened.notice, opened.editionId, { putMineAside: true });
            onDone();
          }}
        >
          Open the shared result
        </button>
        <p className="hint">{fromLink ? (changed ? 'The answers on screen, and your changes to them, are replaced.' : 'The answers on screen now are replaced; their link still holds them.') : 'Your answers are put aside, and one click brings them back.'}</p>
        {mineComplete && (
          <>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                compareWithLink(search);
                onDone();
              }}
            >
              {fromLink ? 'Compare it with the result on screen' : 'Compare it with my result'}
            </button>
            <p className="hint">{fromLink ? 'The result you are looking at, with this one side by side.' : 'Your result, with theirs side by side.'}</p>
          </>
        )}
        <button type="button" className="button secondary" onClick={onDone}>
          Keep working on mine
        </button>
        <p className="hint">The link is not opened; you can open it again later.</p>
      </div>
    </section>
  );
}

/** Opens the link in the page's URL (asking first when it would replace the user's progress), then hands over to the normal views. */
export default function ShareLinkOpener({ search, onDone }: { readonly search: string; readonly onDone: () => void }) {
  const { loadSharedAnswers, showNotice, chooseEdition, goTo } = useWizardActions();
  const mine = useAnswers();
  const myDataset = useDataset();
  // Read once: the link does not change while this screen is up. Null when the query is no share link.
  const [edition] = useState(() => (looksLikeShareLink(search, currentDataset) ? linkEdition(search) : null));
  // An older edition's data loads first (the page says "Loading…" meanwhile).
  const linkDataset = edition ? use(loadDataset(edition.editionId)!) : currentDataset;
  const [opened] = useState(() => (edition ? openShareLink(search, linkDataset, edition.problems) : null));
  const [mineAtOpen] = useState(mine);
  const readable = opened?.kind === 'answers' ? opened : null;
  // My own answers, on this edition or another, open without a question; other answers ask first.
  const own = readable !== null && Object.keys(mineAtOpen).length > 0 && sameAnswers(readable.answers, mineAtOpen, myDataset, linkDataset);
  const conflict = readable !== null && Object.keys(mineAtOpen).length > 0 && !own;
  useEffect(() => {
    if (conflict) return;
    if (opened?.kind === 'unreadable') showNotice(opened.notice);
    else if (own) {
      // Kept as they are (a newer edition's answers stay for when it is chosen again), on the link's edition.
      chooseEdition(readable.editionId === currentDataset.meta.edition.id ? null : readable.editionId);
      goTo(readable.step);
    } else if (readable) loadSharedAnswers(readable.answers, readable.step, readable.notice, readable.editionId);
    onDone();
  }, [conflict, own, opened, readable, loadSharedAnswers, showNotice, chooseEdition, goTo, onDone]);
  return conflict ? <LinkOverProgress opened={readable} search={search} onDone={onDone} /> : <p className="loading">Opening the shared result…</p>;
}
