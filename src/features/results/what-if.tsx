import { formatWeight } from '../../components/format-weight.ts';
import { WeightSlider } from '../../components/weight-slider.tsx';
import type { Recommendation } from '../../engine/index.ts';
import { weightOverrides } from '../../schema/answer-values.ts';
import { criterionName } from '../../components/dataset-names.ts';
import type { Dataset } from '../../schema/dataset.ts';
import { useAnswers } from '../../state/wizard-store.ts';
import { describeTippingPoints } from './tipping-sentences.ts';

interface WhatIfProps {
  readonly result: Recommendation;
  readonly dataset: Dataset;
  readonly onWeight: (criterionId: string, weight: number, suggested: number) => void;
  readonly onReset: () => void;
  readonly onChangeAnswers: () => void;
}

/** "What would change this": the tipping points in words, and sliders to try other weights live. */
export function WhatIf({ result, dataset, onWeight, onReset, onChangeAnswers }: WhatIfProps) {
  const { min, max } = dataset.meta.weightRange;
  const sentences = describeTippingPoints(result, dataset);
  const changed = result.weights.some((w) => w.overridden);
  // The weights just set, ahead of the (deferred) result, so a slider never lags its thumb.
  const liveWeights = weightOverrides(useAnswers(), dataset.meta.roles.priorities);
  // Where the answers skip the priorities (a hosted API, tabular data), weights decide nothing: no sliders that do nothing.
  if (!result.applicableQuestionIds.includes(dataset.meta.roles.priorities)) {
    return (
      <section aria-labelledby="what-if-heading" className="what-if">
        <h2 id="what-if-heading">What would change this</h2>
        <p>This verdict follows from your answers, not from how much each criterion matters, so there are no weights to try here. Different answers (the data, or whether you need to build models) would lead to a framework comparison.</p>
        <p>
          <button type="button" className="button secondary" onClick={onChangeAnswers}>
            Change answers
          </button>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="what-if-heading" className="what-if">
      <h2 id="what-if-heading">What would change this</h2>
      {sentences.length > 0 ? (
        <ul className="tipping-points">
          {sentences.map((s) => (
            <li key={s.text}>{s.text}</li>
          ))}
        </ul>
      ) : (
        <p>No single weight between {min} and {max} changes the leader: it would take changes to several at once.</p>
      )}
      <h3>Try other weights</h3>
      <p className="hint">The ranking, chart and tables follow as you move a slider.</p>
      <div className="sliders">
        {result.weights.map((w) => {
          const id = `what-if-${w.criterionId}`;
          const value = liveWeights[w.criterionId] ?? w.weight;
          return (
            <WeightSlider
              key={w.criterionId}
              id={id}
              label={criterionName(dataset, w.criterionId)}
              value={value}
              range={dataset.meta.weightRange}
              note={w.overridden ? `Changed; your answers suggest ${formatWeight(w.suggested)}` : 'From your answers'}
              input={{ value, onChange: (event) => { onWeight(w.criterionId, Number(event.target.value), w.suggested); } }}
            />
          );
        })}
      </div>
      <p>
        <button type="button" className="button secondary" onClick={onReset} disabled={!changed}>
          Back to my answers
        </button>
      </p>
    </section>
  );
}
