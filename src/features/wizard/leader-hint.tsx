import type { Recommendation } from '../../engine/index.ts';
import { frameworkName, joinWords } from '../../words/dataset-names.ts';
import type { Dataset } from '../../schema/dataset.ts';

/**
 * A quiet aside: who leads on the answers so far. Computed by the engine on render, never stored.
 * Shown once it means something: where the model will run is answered (before it, the goal and
 * the data alone rank the frameworks), or the answers already point away from all of them.
 */
export function LeaderHint({ result, dataset }: { readonly result: Recommendation; readonly dataset: Dataset }) {
  const [first, ...others] = result.ranking;
  if (!first || others.length === 0) return null;
  if (result.answers[dataset.meta.roles.targets] === undefined && !result.verdict.wrongComparison) return null;
  const name = (id: string) => frameworkName(dataset, id);
  // Every other framework, in order: "PyTorch 8.1 to TensorFlow 7.0 and JAX 6.2".
  const restText = joinWords(others.map((r) => `${name(r.frameworkId)} ${r.score.toFixed(1)}`), 'and');
  return (
    <aside className="leader-hint" aria-label="Leading so far">
      <p>
        Leading so far: <strong>{name(first.frameworkId)}</strong> {first.score.toFixed(1)} to {restText}
        {result.verdict.wrongComparison ? ` — but your answers point away from ${others.length === 1 ? 'both' : 'all of them'}.` : '.'}
      </p>
    </aside>
  );
}
