import { useEffect } from 'react';
import { useStepHeading } from '../components/use-step-heading.ts';
import { loadResult } from './load-result.ts';
import { recommend } from '../engine/index.ts';
import { headline } from '../words/explain.ts';
import { LeaderHint } from '../features/wizard/leader-hint.tsx';
import { missingAnswers, nearestShowableStep, stepsFor } from '../flow/wizard-flow.ts';
import { clearAnswer, optionIdsOf } from '../schema/answer-values.ts';
import type { Answers } from '../schema/answers.ts';
import { offeredOptions, toggleOption } from '../schema/offered-options.ts';
import type { Question } from '../schema/dataset.ts';
import { useCheckedAnswers } from '../state/use-checked-answers.ts';
import { useDataset } from '../state/use-dataset.ts';
import { useWizardActions } from '../state/wizard-store.ts';

type OnAnswers = (apply: (answers: Answers) => Answers) => void;

/**
 * One question of the sheet: a single choice as radio buttons, a multiple choice as checkboxes.
 * Choosing an answer that stands alone ("Not decided yet") clears the others, and another clears
 * it; unticking the last box leaves the question unanswered.
 */
function SheetQuestion({ question, answers, onAnswers }: { readonly question: Question; readonly answers: Answers; readonly onAnswers: OnAnswers }) {
  const chosen = optionIdsOf(answers[question.id]);
  const many = question.kind === 'many';
  const choose = (id: string, checked: boolean) => {
    onAnswers((a) => {
      if (!many) return { ...a, [question.id]: id };
      const next = toggleOption(question, optionIdsOf(a[question.id]), id, checked);
      return next.length > 0 ? { ...a, [question.id]: next } : clearAnswer(a, question.id);
    });
  };
  const legendId = `sheet-${question.id}`;
  return (
    <fieldset className="choice-group sheet-question" aria-labelledby={legendId}>
      <legend>
        <h2 id={legendId}>{question.title}</h2>
      </legend>
      {question.help && <p className="hint">{question.help}</p>}
      <div className="choices">
        {offeredOptions(question, chosen).map((option) => {
          const id = `sheet-${question.id}-${option.id}`;
          return (
            <div className="choice" key={option.id}>
              <input
                type={many ? 'checkbox' : 'radio'}
                id={id}
                name={`sheet-${question.id}`}
                value={option.id}
                checked={chosen.includes(option.id)}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
                onChange={(event) => { choose(option.id, event.target.checked); }}
              />
              <label htmlFor={id}>
                <span className="choice-label">{option.label}</span>
                {option.hint && (
                  <span id={`${id}-hint`} className="choice-hint">
                    {option.hint}
                  </span>
                )}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

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
          <SheetQuestion key={question.id} question={question} answers={answers} onAnswers={onAnswers} />
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
                    href={`#sheet-${q.id}`}
                    onClick={(event) => {
                      // To the question's first choice, without a history entry of its own.
                      event.preventDefault();
                      document.getElementById(`sheet-${q.id}`)?.closest('fieldset')?.querySelector('input')?.focus();
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
