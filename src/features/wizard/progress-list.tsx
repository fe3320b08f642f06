import type { Answers } from '../../schema/answers.ts';
import type { Question } from '../../schema/dataset.ts';
import { questionIdOf, questionStep, type Step } from '../../flow/step.ts';
import { missingAnswers } from '../../flow/wizard-flow.ts';

interface ProgressListProps {
  readonly questions: readonly Question[];
  readonly answers: Answers;
  readonly step: Step;
  readonly onGoTo: (step: Step) => void;
}

/** The steps in order; answered ones can be revisited; the current one is marked aria-current="step". */
export function ProgressList({ questions, answers, step, onGoTo }: ProgressListProps) {
  const current = questionIdOf(step);
  const allAnswered = missingAnswers(questions, answers).length === 0;
  const items = [
    ...questions.map((q) => ({ step: questionStep(q.id), label: q.label, done: answers[q.id] !== undefined, isCurrent: q.id === current })),
    { step: 'review' as Step, label: 'Check your answers', done: false, isCurrent: step === 'review' },
  ];
  const done = items.filter((i) => i.done).length;
  return (
    <nav aria-label="Progress" className="progress">
      {/* On a phone a bar stands in for the list of steps, whose names a narrow screen can only cut. */}
      <progress className="progress-meter" value={done} max={items.length} aria-label={`${String(done)} of ${String(items.length)} steps answered`} />
      <ol>
        {items.map((item) => {
          const reachable = !item.isCurrent && (item.done || (item.step === 'review' && allAnswered));
          return (
            <li key={item.step} className={item.isCurrent ? 'current' : item.done ? 'done' : undefined} aria-current={item.isCurrent ? 'step' : undefined}>
              {reachable ? (
                <button type="button" className="link-button" onClick={() => { onGoTo(item.step); }}>
                  {item.label}
                  {item.done && <span className="visually-hidden"> (answered)</span>}
                </button>
              ) : (
                <span>
                  {item.label}
                  {item.done && <span className="visually-hidden"> (answered)</span>}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
