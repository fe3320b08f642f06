import { formatAnswer, shownQuestions } from '../../../words/format-answer.ts';
import type { Recommendation } from '../../../engine/index.ts';
import type { Dataset } from '../../../schema/dataset.ts';
import { formatAsOf } from '../../../words/format-date.ts';

/** The answers the result rests on (on paper too). */
export function YourAnswers({ result, dataset }: { readonly result: Recommendation; readonly dataset: Dataset }) {
  const questions = shownQuestions(result, dataset);
  return (
    <section aria-labelledby="answers-heading" className="your-answers">
      <h2 id="answers-heading">Your answers</h2>
      <dl>
        {questions.map((q) => (
          // Weights are a long list: on paper they take the full width rather than a column.
          <div key={q.id} className={q.kind === 'weights' || q.kind === 'scores' ? 'wide' : undefined}>
            <dt>{q.label}</dt>
            <dd>{formatAnswer(q, result.answers[q.id], dataset)}</dd>
          </div>
        ))}
      </dl>
      {result.ignoredQuestionIds.length > 0 && (
        <p className="hint">
          Not counted, because they do not apply to these answers:{' '}
          {dataset.questions
            .filter((q) => result.ignoredQuestionIds.includes(q.id))
            .map((q) => q.label)
            .join(', ')}
          .
        </p>
      )}
      {/* On paper the data's edition and date head the page already (and the link carries its version). */}
      <p className="hint no-print">
        Data: {dataset.meta.edition.label}, as of {formatAsOf(dataset.meta.edition.asOf)} (data version {dataset.meta.dataVersion}).
      </p>
    </section>
  );
}
