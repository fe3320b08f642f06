import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { ChoiceGroup } from '../../components/choice-group.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useStepHeading } from '../../components/use-step-heading.ts';
import { answerSchemaFor } from '../../schema/answer-schema.ts';
import { optionIdsOf } from '../../schema/answer-values.ts';
import { offeredOptions, toggleOption } from '../../schema/offered-options.ts';
import type { AnswerValue } from '../../schema/answers.ts';
import type { Dataset, Question } from '../../schema/dataset.ts';
import { StepButtons } from './step-buttons.tsx';

interface QuestionStepProps {
  readonly question: Question;
  readonly dataset: Dataset;
  readonly answer: AnswerValue | undefined;
  readonly position: string;
  readonly onAnswer: (value: AnswerValue) => void;
  readonly onBack: () => void;
}

type ChoiceForm = { value: string | string[] | null };

/** One single- or multiple-choice question, as its own form; the step's schema is the answers schema's. */
export function QuestionStep({ question, dataset, answer, position, onAnswer, onBack }: QuestionStepProps) {
  const required = question.kind === 'many' ? 'Choose at least one answer.' : 'Choose an answer.';
  const schema = z.strictObject({ value: answerSchemaFor(question, dataset) });
  const {
    register,
    handleSubmit,
    getValues,
    setValue,
    formState: { errors },
  } = useForm<ChoiceForm>({
    resolver: zodResolver(schema, { error: () => required }) as never,
    defaultValues: { value: answer === undefined ? (question.kind === 'many' ? [] : null) : (answer as string | string[]) },
  });
  const choices = offeredOptions(question, optionIdsOf(answer));
  // An answer that stands alone ("Not decided yet", "CPUs only") clears the others when chosen,
  // and choosing another clears it: the form never holds a contradiction.
  const field = register('value');
  const onChange: typeof field.onChange = async (event) => {
    const result = await field.onChange(event);
    const target = (event as { target?: { value?: unknown; checked?: unknown } }).target;
    if (question.kind !== 'many' || target?.checked !== true || typeof target.value !== 'string') return result;
    const current = getValues('value');
    const chosen = Array.isArray(current) ? current : [];
    const next = toggleOption(question, chosen, target.value, true);
    if (next.join() !== chosen.join()) setValue('value', next);
    return result;
  };
  const headingRef = useStepHeading<HTMLHeadingElement>(`${question.title} (${position})`);
  const error = errors.value?.message;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        void handleSubmit((values) => {
          onAnswer(values.value as AnswerValue);
        })(event);
      }}
    >
      <p className="step-position">{position}</p>
      <ErrorSummary items={error ? [{ fieldId: question.id, message: error }] : []} />
      <ChoiceGroup
        name={question.id}
        legend={question.title}
        hint={question.help}
        kind={question.kind === 'many' ? 'many' : 'one'}
        choices={choices}
        register={{ ...field, onChange }}
        error={error}
        headingRef={headingRef}
      />
      <StepButtons onBack={onBack} />
    </form>
  );
}
