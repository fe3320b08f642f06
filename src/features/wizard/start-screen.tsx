import { useStepHeading } from '../../components/use-step-heading.ts';
import { presetList } from '../../data/preset-list.ts';
import type { Answers } from '../../schema/answers.ts';

interface StartScreenProps {
  readonly hasProgress: boolean;
  readonly onStart: () => void;
  readonly onContinue: () => void;
  readonly onPreset: (answers: Answers) => void;
  /** Every question on one page, with the result beside it (answers so far kept). */
  readonly onSheet: () => void;
}

/** The first screen: what this is, start, continue, or start from a typical profile. */
export function StartScreen({ hasProgress, onStart, onContinue, onPreset, onSheet }: StartScreenProps) {
  const headingRef = useStepHeading<HTMLHeadingElement>('Which ML framework should you build on?');
  return (
    <section className="start" aria-labelledby="start-heading">
      <h1 id="start-heading" ref={headingRef} tabIndex={-1}>
        Which ML framework should you build on?
      </h1>
      <p className="lead">
        Answer a short questionnaire about your project, one question at a time or all on one page. You get a
        recommendation — TensorFlow, PyTorch, JAX, or none of them — with the reasons, the sources behind every
        score, and what would change the answer.
      </p>
      <div className="start-actions">
        <button type="button" className="button primary" onClick={onStart}>
          {hasProgress ? 'Start again' : 'Start'}
        </button>
        {hasProgress && (
          <button type="button" className="button secondary" onClick={onContinue}>
            Continue where you left off
          </button>
        )}
        <button type="button" className="button secondary" onClick={onSheet}>
          All questions on one page
        </button>
      </div>
      <h2>Or start from a typical project</h2>
      <p className="hint">A preset fills in every answer; you can change any of them before seeing the result.</p>
      <ul className="presets">
        {presetList.map((preset) => (
          <li key={preset.id}>
            <button type="button" className="preset" onClick={() => { onPreset(preset.answers); }}>
              <span className="preset-label">{preset.label}</span>
              <span className="preset-description">{preset.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
