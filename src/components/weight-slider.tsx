import type { InputHTMLAttributes, Ref } from 'react';
import { formatWeight } from '../words/format-weight.ts';

interface WeightSliderProps {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly range: { readonly min: number; readonly max: number; readonly step: number };
  /** A line under the slider, also its accessible description ("Changed; your answers suggest 5"); '' for none (the line keeps its place). */
  readonly note: string;
  /** The input's wiring: a react-hook-form registration, or value and onChange. */
  readonly input: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
}

/** A labelled range input for one criterion's weight, with its value and a note. */
export function WeightSlider({ id, label, value, range, note, input }: WeightSliderProps) {
  return (
    <div className="slider">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="range" min={range.min} max={range.max} step={range.step} aria-describedby={note ? `${id}-note` : undefined} {...input} />
      <output htmlFor={id} className="slider-value">
        {formatWeight(value)}
      </output>
      <p id={`${id}-note`} className="slider-note" aria-hidden={note ? undefined : true}>
        {note}
      </p>
    </div>
  );
}
