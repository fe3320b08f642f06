import { optionIdsOf } from '../schema/answer-values.ts';
import type { Answers, AnswerValue } from '../schema/answers.ts';
import type { Question } from '../schema/dataset.ts';
import { offeredOptions, toggleOption } from '../schema/offered-options.ts';

/**
 * A question's answer after one box is ticked or unticked, or one radio chosen: the rules of
 * `toggleOption` (an answer that stands alone clears the others, and another clears it), in the
 * question's order; unticking the last box leaves the question unanswered (undefined).
 */
export function choose(question: Question, current: AnswerValue | undefined, optionId: string, checked: boolean): AnswerValue | undefined {
  if (question.kind !== 'many') return optionId;
  const next = toggleOption(question, optionIdsOf(current), optionId, checked);
  return next.length > 0 ? next : undefined;
}

/** The answers with one question's answer as `choose` makes it. */
export function withChoice(answers: Answers, question: Question, optionId: string, checked: boolean): Answers {
  const { [question.id]: current, ...rest } = answers;
  const next = choose(question, current, optionId, checked);
  return next === undefined ? rest : { ...rest, [question.id]: next };
}

/** The id of a question's heading in a form of `idPrefix`: a link or a focus move can find it. */
export const questionHeadingId = (idPrefix: string, questionId: string) => `${idPrefix}-${questionId}`;

interface QuestionChoicesProps {
  readonly question: Question;
  readonly value: AnswerValue | undefined;
  readonly onChoose: (optionId: string, checked: boolean) => void;
  /** Keeps the inputs' ids apart from another form's on the same page. */
  readonly idPrefix: string;
  /** The legend as a heading of this level (the answer sheet's questions are its sections). */
  readonly level?: 2 | 3;
}

/**
 * One question as radio buttons (one choice) or checkboxes (several), controlled by its caller:
 * the answer sheet and the questions a newer edition adds. A retired option is offered only to
 * whoever chose it.
 */
export function QuestionChoices({ question, value, onChoose, idPrefix, level = 2 }: QuestionChoicesProps) {
  const chosen = optionIdsOf(value);
  const many = question.kind === 'many';
  const legendId = questionHeadingId(idPrefix, question.id);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <fieldset className="choice-group sheet-question" aria-labelledby={legendId}>
      <legend>
        <Heading id={legendId} tabIndex={-1}>
          {question.title}
        </Heading>
      </legend>
      {question.help && <p className="hint">{question.help}</p>}
      <div className="choices">
        {offeredOptions(question, chosen).map((option) => {
          const id = `${idPrefix}-${question.id}-${option.id}`;
          return (
            <div className="choice" key={option.id}>
              <input
                type={many ? 'checkbox' : 'radio'}
                id={id}
                name={`${idPrefix}-${question.id}`}
                value={option.id}
                checked={chosen.includes(option.id)}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
                onChange={(event) => { onChoose(option.id, event.target.checked); }}
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
