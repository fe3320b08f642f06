import type { Recommendation } from '../../engine/index.ts';
import { frameworkName } from '../../components/dataset-names.ts';
import type { Dataset } from '../../schema/dataset.ts';

/** A quiet aside: who leads on the answers so far. Computed by the engine on render, never stored. */
export function LeaderHint({ result, dataset }: { readonly result: Recommendation; readonly dataset: Dataset }) {
  const [first, second] = result.ranking;
  if (!first || !second) return null;
  const name = (id: string) => frameworkName(dataset, id);
  return (
    <aside className="leader-hint" aria-label="Leading so far">
      <p>
        Leading so far: <strong>{name(first.frameworkId)}</strong> {first.score.toFixed(1)} to {name(second.frameworkId)} {second.score.toFixed(1)}
        {result.verdict.wrongComparison ? ' — but your answers point away from both.' : '.'}
      </p>
    </aside>
  );
}
