import { useEffect } from 'react';
import { recommend } from '../../engine/index.ts';
import type { AnswerValue } from '../../schema/answers.ts';
import { useDataset } from '../../state/use-dataset.ts';
import { questionIdOf, questionStep } from '../../flow/step.ts';
import { isAsked, nearestShowableStep, nextStep, previousStep } from '../../flow/wizard-flow.ts';
import { useCheckedAnswers } from '../../state/use-checked-answers.ts';
import { useReturnToReview, useStep, useWizardActions } from '../../state/wizard-store.ts';
import { LeaderHint } from './leader-hint.tsx';
import { PrioritiesStep } from './priorities-step.tsx';
import { ProgressList } from './progress-list.tsx';
import { QuestionStep } from './question-step.tsx';
import { ReviewStep } from './review-step.tsx';

/** The questionnaire: one question per step, branching from the data, then the review. */
export default function Wizard() {
  const dataset = useDataset();
  // Saved or preset answers, read answer by answer: what no longer fits is dropped with a notice.
  const answers = useCheckedAnswers(dataset);
  const step = useStep();
  const returnToReview = useReturnToReview();
  const { answerStep, goTo } = useWizardActions();

  // One engine run per render: it gives the questions that apply, and feeds the live hint and the sliders.
  const result = recommend(answers, dataset);

  const shown = result.ok ? nearestShowableStep(step, answers, dataset) : 'start';
  useEffect(() => {
    if (result.ok && shown !== step) goTo(shown, { replace: true });
  }, [result.ok, shown, step, goTo]);
  if (!result.ok) return null;

  const questions = dataset.questions.filter((q) => isAsked(q) && result.applicableQuestionIds.includes(q.id));
  const questionId = questionIdOf(shown);
  const question = questions.find((q) => q.id === questionId);
  const index = question ? questions.indexOf(question) : questions.length;
  const position = `Step ${index + 1} of ${questions.length + 1}`;
  const back = () => { goTo(previousStep(answers, shown, dataset)); };
  const answer = (value: AnswerValue) => {
    if (!question) return;
    const next = { ...answers, [question.id]: value };
    answerStep(question.id, value, nextStep(next, shown, dataset, returnToReview));
  };

  return (
    <div className="wizard">
      <ProgressList questions={questions} answers={answers} step={shown} onGoTo={goTo} />
      <div className="wizard-main">
        {question?.kind === 'weights' ? (
          <PrioritiesStep key={question.id} question={question} dataset={dataset} weights={result.weights} position={position} onAnswer={answer} onBack={back} />
        ) : question ? (
          <QuestionStep key={question.id} question={question} dataset={dataset} answer={answers[question.id]} position={position} onAnswer={answer} onBack={back} />
        ) : (
          <ReviewStep
            questions={questions}
            answers={answers}
            dataset={dataset}
            onChange={(id) => { goTo(questionStep(id), { fromReview: true }); }}
            onBack={back}
            onConfirm={() => { goTo('result'); }}
          />
        )}
        {Object.keys(answers).length > 0 && <LeaderHint result={result} dataset={dataset} />}
      </div>
    </div>
  );
}
