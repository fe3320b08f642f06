import type { Recommendation } from '../../../engine/index.ts';
import type { Dataset } from '../../../schema/dataset.ts';
import { formatAsOf } from '../../../words/format-date.ts';
import { seedDate, seedScoreOf } from '../edition/edition-changes.ts';
import { frameworkName } from '../../../words/dataset-names.ts';
import { SourceList } from './source-list.tsx';
import { marginParts } from '../../../words/explain.ts';

/**
 * On paper, the sources behind the verdict: those cited by the scores of the criteria that
 * move the margin most (either way), the leader's and the runner-up's, at most four, each still online.
 */
export function KeySources({ result, dataset }: { readonly result: Recommendation; readonly dataset: Dataset }) {
  if (result.verdict.wrongComparison) return null;
  const { leaderId, runnerUpId } = result.verdict;
  const criteria = marginParts(result)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
    .slice(0, 4)
    .map((p) => p.criterionId);
  const ids = [...new Set(criteria.flatMap((c) => [leaderId, runnerUpId].flatMap((f) => result.scores[c]?.[f]?.sources ?? [])))]
    .filter((id) => dataset.sources.some((s) => s.id === id && s.url && !s.defunct))
    .slice(0, 4);
  if (ids.length === 0) return null;
  return (
    <section aria-labelledby="key-sources-heading" className="key-sources print-only">
      <h2 id="key-sources-heading">Key sources</h2>
      <ul>
        {ids.map((id) => {
          const source = dataset.sources.find((s) => s.id === id)!;
          return (
            <li key={id}>
              {source.title}, {formatAsOf(source.asOf)}: <span className="print-url">{source.url}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

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
                  {score.belowFloor && ` (${String(score.belowFloor.dataScore)}/10 ${score.tried ? 'tried' : 'in the data'}, under the ${String(score.belowFloor.floor)} a product on ${score.belowFloor.where} needs)`}
                  {score.tried && ` (tried in place of the data’s ${String(score.tried.dataScore)}/10)`}
                  {seedScoreOf(dataset, criterion.id, frameworkId) !== null && ` (${String(seedScoreOf(dataset, criterion.id, frameworkId))}/10 in the ${seedDate()} data)`}
                  {score.estimate && <span className="tag">estimate</span>} — {score.reason}{' '}
                  {score.belowFloor && `${score.belowFloor.reason} `}
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
