import type { UseFormRegisterReturn } from 'react-hook-form';

interface Choice {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
}

interface ChoiceGroupProps {
  readonly name: string;
  readonly legend: string;
  readonly hint?: string | undefined;
  /** one: radio buttons (one tab stop, arrows move); many: checkboxes. */
  readonly kind: 'one' | 'many';
  readonly choices: readonly Choice[];
  readonly register: UseFormRegisterReturn;
  readonly error?: string | undefined;
  /** Rendered as the page's heading: the legend is the question. */
  readonly headingRef?: React.Ref<HTMLHeadingElement>;
}

/** A question's options as a labelled radio or checkbox group, with hint and error wired to every input. */
export function ChoiceGroup({ name, legend, hint, kind, choices, register, error, headingRef }: ChoiceGroupProps) {
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="choice-group" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend>
        <h1 ref={headingRef} tabIndex={-1}>
          {legend}
        </h1>
      </legend>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className="choices">
        {choices.map((choice, index) => {
          const id = index === 0 ? name : `${name}-${choice.id}`;
          const choiceHintId = choice.hint ? `${id}-hint` : undefined;
          return (
            <div className="choice" key={choice.id}>
              <input
                type={kind === 'one' ? 'radio' : 'checkbox'}
                id={id}
                value={choice.id}
                aria-invalid={error ? true : undefined}
                aria-describedby={[choiceHintId, error ? errorId : null].filter(Boolean).join(' ') || undefined}
                {...register}
              />
              <label htmlFor={id}>
                <span className="choice-label">{choice.label}</span>
                {choice.hint && (
                  <span id={choiceHintId} className="choice-hint">
                    {choice.hint}
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
