import { useEffect } from 'react';
import { QuestionChoices, questionHeadingId, withChoice } from '../components/question-choices.tsx';
import { useStepHeading } from '../components/use-step-heading.ts';
import { loadResult } from './load-result.ts';
import { recommend } from '../engine/index.ts';
import { headline } from '../words/explain.ts';
import { LeaderHint } from '../features/wizard/leader-hint.tsx';
import { missingAnswers, nearestShowableStep, stepsFor } from '../flow/wizard-flow.ts';
import { useCheckedAnswers } from '../state/use-checked-answers.ts';
import { useDataset } from '../state/use-dataset.ts';
import { useWizardActions } from '../state/wizard-store.ts';

/**
 * Every question on one page, the result beside it (below it on a phone), updating as answers
 * change. The same answers as the wizard, in the same store: the full result opens on the same
 * share link, and either way of answering can take over from the other.
 */
export default function AnswerSheet() {
  const dataset = useDataset();
  // Saved or preset answers, read answer by answer, as the wizard reads them.
  const answers = useCheckedAnswers(dataset);
  const { adjustAnswers: onAnswers, goTo } = useWizardActions();
  const headingRef = useStepHeading<HTMLHeadingElement>('All questions on one page');
  const result = recommend(answers, dataset);
  // The questions that apply, less the optional priorities (the result's what-if sets weights).
  const asked = stepsFor(answers, dataset).filter((q) => q.kind === 'one' || q.kind === 'many');
  const missing = missingAnswers(asked, answers);
  // The result's chunk loads once every question is answered, not while the sheet first paints.
  const ready = result.ok && missing.length === 0;
  useEffect(() => {
    if (ready) void loadResult();
  }, [ready]);
  if (!result.ok) return null;
  const onResult = () => { goTo('result'); };
  const onStepByStep = () => { goTo(nearestShowableStep('review', answers, dataset)); };
  const head = missing.length === 0 ? headline(result, dataset) : null;
  return (
    <div className="sheet">
      <div className="sheet-questions">
        <h1 ref={headingRef} tabIndex={-1}>
          All questions on one page
        </h1>
        <p className="hint">
          The result updates as you answer; questions that do not apply to your answers leave the sheet.{' '}
          <button type="button" className="link-button" onClick={onStepByStep}>
            One question at a time instead
          </button>
        </p>
        {asked.map((question) => (
          // The latest answers in the store, as a tick that follows another at once must see them.
          <QuestionChoices key={question.id} question={question} value={answers[question.id]} idPrefix="sheet" onChoose={(id, checked) => { onAnswers((a) => withChoice(a, question, id, checked)); }} />
        ))}
      </div>
      <aside className="sheet-result" aria-labelledby="sheet-result-heading">
        <h2 id="sheet-result-heading">Your result</h2>
        {/* Announced when it changes, so a screen-reader user hears the verdict move as they answer. */}
        <p role="status" className="sheet-verdict">
          {head ? head.title : missing.length === 1 ? '1 question left' : `${String(missing.length)} questions left`}
        </p>
        {head ? (
          <>
            <p>{head.summary}</p>
            <button type="button" className="button primary" onClick={onResult}>
              See the full result
            </button>
          </>
        ) : (
          <>
            <ul className="sheet-missing">
              {missing.map((q) => (
                <li key={q.id}>
                  <a
                    href={`#${questionHeadingId('sheet', q.id)}`}
                    onClick={(event) => {
                      // To the question's first choice, without a history entry of its own.
                      event.preventDefault();
                      document.getElementById(questionHeadingId('sheet', q.id))?.closest('fieldset')?.querySelector('input')?.focus();
                    }}
                  >
                    {q.label}
                  </a>
                </li>
              ))}
            </ul>
            {Object.keys(answers).length > 0 && <LeaderHint result={result} dataset={dataset} />}
          </>
        )}
      </aside>
    </div>
  );
}
