import type { Recommendation } from '../../engine/index.ts';
import type { Dataset } from '../../schema/dataset.ts';
import { formatAsOf } from '../../components/format-date.ts';
import { seedScoreOf } from './edition-changes.ts';
import { frameworkName } from '../../components/dataset-names.ts';
import { SourceList } from './source-list.tsx';

/** Every criterion's scores with the reason, whether it is the project's estimate, the sources and the date. */
export function Reasons({ result, dataset }: { readonly result: Recommendation; readonly dataset: Dataset }) {
  return (
    <section aria-labelledby="reasons-heading" className="no-print">
      <h2 id="reasons-heading">Scores and their sources</h2>
      {dataset.criteria.map((criterion) => (
        <details key={criterion.id} id={`reasons-${criterion.id}`} className="reason">
          <summary>
            {criterion.name}
            {criterion.kind !== 'opinion' && <span className="tag">project estimate</span>}
          </summary>
          <p className="hint">{criterion.description}</p>
          <ul>
            {result.ranking.map(({ frameworkId }) => {
              const score = result.scores[criterion.id]?.[frameworkId];
              if (!score) return null;
              return (
                <li key={frameworkId}>
                  <strong>
                    {frameworkName(dataset, frameworkId)}: {score.score}/10
                  </strong>
                  {seedScoreOf(dataset, criterion.id, frameworkId) !== null && ` (the seed scored ${String(seedScoreOf(dataset, criterion.id, frameworkId))}/10)`}
                  {score.estimate && <span className="tag">estimate</span>} — {score.reason}{' '}
                  {score.uncertainty && !score.fromAnswer && `May be off by ${String(score.uncertainty.range)} points: ${score.uncertainty.reason} `}
                  <span className="source-line">
                    Source: <SourceList ids={score.sources} dataset={dataset} />, as of {formatAsOf(score.asOf)}.
                  </span>
                </li>
              );
            })}
          </ul>
        </details>
      ))}
    </section>
  );
}
