import { useStepHeading } from '../../components/use-step-heading.ts';
import type { Answers } from '../../schema/answers.ts';
import type { Dataset, Question } from '../../schema/dataset.ts';
import { formatAnswer } from '../../words/format-answer.ts';
import { missingAnswers } from '../../flow/wizard-flow.ts';

interface ReviewStepProps {
  readonly questions: readonly Question[];
  readonly answers: Answers;
  readonly dataset: Dataset;
  readonly onChange: (questionId: string) => void;
  readonly onBack: () => void;
  readonly onConfirm: () => void;
}

/** "Check your answers": every answer with a change link, then the result. */
export function ReviewStep({ questions, answers, dataset, onChange, onBack, onConfirm }: ReviewStepProps) {
  const headingRef = useStepHeading<HTMLHeadingElement>('Check your answers');
  const missing = missingAnswers(questions, answers);
  return (
    <section aria-labelledby="review-heading">
      <h1 id="review-heading" ref={headingRef} tabIndex={-1}>
        Check your answers
      </h1>
      <dl className="review-list">
        {questions.map((question) => (
          <div className="review-row" key={question.id}>
            <dt>{question.title}</dt>
            <dd>{formatAnswer(question, answers[question.id], dataset)}</dd>
            <dd>
              <button type="button" className="link-button" onClick={() => { onChange(question.id); }}>
                Change <span className="visually-hidden">your answer to “{question.title}”</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      {missing.length > 0 && (
        <p className="field-error" role="alert">
          Answer {missing.map((q) => q.label.toLowerCase()).join(', ')} before seeing the recommendation.
        </p>
      )}
      <div className="step-buttons">
        <button type="button" className="button secondary" onClick={onBack}>
          Back
        </button>
        <button type="button" className="button primary" onClick={onConfirm} disabled={missing.length > 0}>
          See the recommendation
        </button>
      </div>
    </section>
  );
}
