import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { ChoiceGroup } from '../../components/choice-group.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useStepHeading } from '../../components/use-step-heading.ts';
import { answerSchemaFor } from '../../schema/answer-schema.ts';
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
  // A retired option (kept for old links) is offered only to someone who already chose it, so they can unchoose it.
  const chosen = answer === undefined ? [] : typeof answer === 'string' ? [answer] : Array.isArray(answer) ? (answer as readonly string[]) : [];
  const choices = question.options.filter((o) => !o.retired || chosen.includes(o.id));
  // An answer that stands alone ("Not decided yet", "CPUs only") clears the others when chosen,
  // and choosing another clears it: the form never holds a contradiction.
  const field = register('value');
  const exclusive = (id: string) => question.options.some((o) => o.id === id && o.exclusive);
  const onChange: typeof field.onChange = async (event) => {
    const result = await field.onChange(event);
    const target = (event as { target?: { value?: unknown; checked?: unknown } }).target;
    if (question.kind !== 'many' || target?.checked !== true || typeof target.value !== 'string') return result;
    const current = getValues('value');
    const chosen = Array.isArray(current) ? current : [];
    const next = exclusive(target.value) ? [target.value] : chosen.filter((id) => !exclusive(id));
    if (next.length !== chosen.length) setValue('value', next);
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
