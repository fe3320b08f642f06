import { applicableQuestions } from '../engine/index.ts';
import type { Answers } from '../schema/answers.ts';
import type { Dataset, Question } from '../schema/dataset.ts';
import { questionIdOf, questionStep, type Step } from './step.ts';

/** The steps of the questionnaire for these answers: the questions that apply, then the review. */
export function stepsFor(answers: Answers, dataset: Dataset): readonly Question[] {
  return applicableQuestions(answers, dataset).questions.filter(isAsked);
}

/** Scores tried in the what-if are set on the result page: never a step of the questionnaire. */
export const isAsked = (question: Question) => question.kind !== 'scores';

/** Only questions that choose options must be answered: the priorities (weights) never block the way to the review or the result. */
export const isRequired = (question: Question) => question.kind === 'one' || question.kind === 'many';

/** The required questions among these that have no answer yet. */
export function missingAnswers(questions: readonly Question[], answers: Answers): readonly Question[] {
  return questions.filter((q) => isRequired(q) && answers[q.id] === undefined);
}

/**
 * Where "Next" goes after answering `current`. From the review, back to the review
 * unless the new answer opened a question not answered yet; otherwise the next
 * question that applies, then the review.
 */
export function nextStep(answers: Answers, current: Step, dataset: Dataset, returnToReview: boolean): Step {
  const questions = stepsFor(answers, dataset);
  if (returnToReview) {
    const [unanswered] = missingAnswers(questions, answers);
    return unanswered ? questionStep(unanswered.id) : 'review';
  }
  const index = questions.findIndex((q) => q.id === questionIdOf(current));
  const next = questions[index + 1];
  return next ? questionStep(next.id) : 'review';
}

/** Where "Back" goes: the question before, or the start screen. */
export function previousStep(answers: Answers, current: Step, dataset: Dataset): Step {
  const questions = stepsFor(answers, dataset);
  if (current === 'review' || current === 'result') {
    const last = questions.at(-1);
    return last ? questionStep(last.id) : 'start';
  }
  const index = questions.findIndex((q) => q.id === questionIdOf(current));
  const previous = index > 0 ? questions[index - 1] : undefined;
  return previous ? questionStep(previous.id) : 'start';
}

/**
 * Whether a step can be shown for these answers: a question must apply and every
 * question before it must be answered; the review and result need every required answer.
 * Keeps a stale saved step or a history entry from landing on a question that no longer applies.
 */
export function canShow(step: Step, answers: Answers, dataset: Dataset): boolean {
  // The answer sheet shows whatever is answered so far, as the start screen does.
  if (step === 'start' || step === 'sheet') return true;
  const questions = stepsFor(answers, dataset);
  const questionId = questionIdOf(step);
  const index = questionId === null ? questions.length : questions.findIndex((q) => q.id === questionId);
  if (index < 0) return false;
  return missingAnswers(questions.slice(0, index), answers).length === 0;
}

/** The first step that can be shown at or before the wanted one. */
export function nearestShowableStep(step: Step, answers: Answers, dataset: Dataset): Step {
  if (canShow(step, answers, dataset)) return step;
  const [unanswered] = missingAnswers(stepsFor(answers, dataset), answers);
  return unanswered ? questionStep(unanswered.id) : 'review';
}
