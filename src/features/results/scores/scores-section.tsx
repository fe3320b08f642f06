import { criterionName, joinWords } from '../../../words/dataset-names.ts';
import { formatWeight } from '../../../words/format-weight.ts';
import type { Recommendation } from '../../../engine/index.ts';
import type { Dataset } from '../../../schema/dataset.ts';
import { seriesFor } from '../chart/chart-palette.ts';
import { ScoreChart } from '../chart/score-chart.tsx';
import { useChartSize } from '../chart/use-chart-size.ts';
import { ScoreTable } from './score-table.tsx';

/** The radar chart of the frameworks over the weighted criteria, with its numbers in a table beside it. */
export function ScoresSection({ result, dataset }: { readonly result: Recommendation; readonly dataset: Dataset }) {
  const size = useChartSize();
  const weighted = result.weights.filter((w) => w.weight > 0).map((w) => w.criterionId);
  const frameworks = seriesFor(dataset.frameworks);
  const data = weighted.map((id) => ({
    criterion: `${criterionName(dataset, id)} ×${formatWeight(result.weights.find((w) => w.criterionId === id)?.weight ?? 0)}`,
    ...Object.fromEntries(frameworks.map((f) => [f.id, result.scores[id]?.[f.id]?.score ?? 0])),
  }));
  const label = `Radar chart of ${joinWords(frameworks.map((f) => f.name), 'and')} over ${weighted.length} weighted criteria; the numbers are in the table.`;
  return (
    <section aria-labelledby="scores-heading" className="scores">
      <h2 id="scores-heading">Scores on what matters to you</h2>
      <div className="scores-layout">
        <div className="chart-box">
          {weighted.length >= 3 ? (
            <ScoreChart data={data} frameworks={frameworks} width={size.width} height={size.height} label={label} />
          ) : (
            <p className="hint">A radar chart needs at least three weighted criteria; the table has the numbers.</p>
          )}
        </div>
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Scores table">
          <ScoreTable result={result} dataset={dataset} criterionIds={weighted} />
        </div>
      </div>
    </section>
  );
}
