import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import * as z from 'zod/mini';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { WeightSlider } from '../../components/weight-slider.tsx';
import { useStepHeading } from '../../components/use-step-heading.ts';
import type { CriterionWeight } from '../../engine/index.ts';
import { sameWeight, setWeight, weightOverrides } from '../../schema/answer-values.ts';
import { answerSchemaFor } from '../../schema/answer-schema.ts';
import type { Answers, AnswerValue } from '../../schema/answers.ts';
import type { Dataset, Question } from '../../schema/dataset.ts';
import { formatWeight } from '../../words/format-weight.ts';
import { StepButtons } from './step-buttons.tsx';

interface PrioritiesStepProps {
  readonly question: Question;
  readonly dataset: Dataset;
  /** The weights the earlier answers suggest, with any overrides already given. */
  readonly weights: readonly CriterionWeight[];
  readonly position: string;
  readonly onAnswer: (value: AnswerValue) => void;
  readonly onBack: () => void;
}

type WeightsForm = { value: Record<string, number> };

/**
 * Optional fine-tuning: one slider per criterion, starting at the suggested weight
 * (or the user's earlier override). Only weights moved away from the suggestion are kept.
 */
export function PrioritiesStep({ question, dataset, weights, position, onAnswer, onBack }: PrioritiesStepProps) {
  const { min, max } = dataset.meta.weightRange;
  const suggested = Object.fromEntries(weights.map((w) => [w.criterionId, w.suggested]));
  const schema = z.strictObject({ value: answerSchemaFor(question, dataset) });
  const {
    register,
    handleSubmit,
    control,
    reset,
    formState: { errors },
  } = useForm<WeightsForm>({
    resolver: zodResolver(schema, { error: () => `Each weight must be between ${min} and ${max}.` }) as never,
    defaultValues: { value: Object.fromEntries(weights.map((w) => [w.criterionId, w.weight])) },
  });
  const headingRef = useStepHeading<HTMLHeadingElement>(`${question.title} (${position})`);
  const values = useWatch({ control, name: 'value' });
  const error = errors.value ? `Each weight must be between ${min} and ${max}.` : undefined;
  // The criteria the answers (or earlier overrides) weigh come first; the rest (TPU support for a team on
  // GPUs) are one click away. Decided from the weights on arrival, so a slider never moves while dragged.
  const weighed = (c: Dataset['criteria'][number]) => weights.some((w) => w.criterionId === c.id && (w.suggested > 0 || w.weight > 0));
  const main = dataset.criteria.filter(weighed);
  const more = dataset.criteria.filter((c) => !weighed(c));
  // Each slider says what its criterion means; "changed" only where a weight was moved from its suggestion.
  const slider = (criterion: Dataset['criteria'][number]) => {
    const id = `weight-${criterion.id}`;
    const current = values[criterion.id] ?? 0;
    const isSuggested = sameWeight(current, suggested[criterion.id] ?? 0);
    return (
      <WeightSlider
        key={criterion.id}
        id={id}
        label={criterion.name}
        value={current}
        range={dataset.meta.weightRange}
        note={isSuggested ? criterion.description : `Changed; your answers suggest ${formatWeight(suggested[criterion.id] ?? 0)}. ${criterion.description}`}
        input={{
          'aria-valuetext': `${formatWeight(current)}${isSuggested ? ', suggested' : ''}`,
          ...register(`value.${criterion.id}`, { valueAsNumber: true }),
        }}
      />
    );
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        void handleSubmit((form) => {
          // The same rule as the what-if sliders: a weight left at its suggestion is no override.
          const answers = Object.entries(form.value).reduce<Answers>((next, [id, weight]) => setWeight(next, question.id, id, weight, suggested[id] ?? 0), {});
          onAnswer(weightOverrides(answers, question.id));
        })(event);
      }}
    >
      <p className="step-position">{position}</p>
      <ErrorSummary items={error ? [{ fieldId: `weight-${dataset.criteria[0]!.id}`, message: error }] : []} />
      <h1 ref={headingRef} tabIndex={-1}>
        {question.title}
      </h1>
      {question.help && <p className="hint">{question.help}</p>}
      <div className="sliders">{main.map(slider)}</div>
      {more.length > 0 && (
        <details className="more-criteria">
          <summary>More criteria, which your answers do not weigh ({more.length})</summary>
          <div className="sliders">{more.map(slider)}</div>
        </details>
      )}
      <p>
        <button type="button" className="button secondary" onClick={() => { reset({ value: suggested }); }}>
          Reset to suggested
        </button>
      </p>
      <StepButtons onBack={onBack} />
    </form>
  );
}
