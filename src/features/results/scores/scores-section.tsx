import { Suspense } from 'react';
import { lazyPart } from '../../../components/lazy-part.tsx';
import { criterionName, joinWords } from '../../../words/dataset-names.ts';
import { ErrorBoundary } from '../../../components/error-boundary.tsx';
import { formatWeight } from '../../../words/format-weight.ts';
import type { Recommendation } from '../../../engine/index.ts';
import type { Dataset } from '../../../schema/dataset.ts';
import { seriesFor } from '../chart/chart-palette.ts';
import { ScoreTable } from './score-table.tsx';
import { StaticRadar } from '../chart/static-radar.tsx';
import { useChartSize } from '../chart/use-chart-size.ts';
import { loadRadarChart, useChartWanted } from '../chart/use-chart-wanted.ts';

// recharts is the heaviest dependency: it loads in its own chunk, after the text, when its box is near the viewport.
const ScoreRadar = lazyPart(loadRadarChart);

/** The radar chart of the frameworks over the weighted criteria, with its numbers in a table beside it. */
export function ScoresSection({ result, dataset }: { readonly result: Recommendation; readonly dataset: Dataset }) {
  const size = useChartSize();
  const { ref: chartRef, wanted: chartWanted } = useChartWanted<HTMLDivElement>();
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
        <div className="chart-box" ref={chartRef}>
          {weighted.length >= 3 && <StaticRadar labels={data.map((d) => d.criterion)} values={frameworks.map((f) => weighted.map((id) => result.scores[id]?.[f.id]?.score ?? 0))} frameworks={frameworks} />}
          {!chartWanted ? (
            <p className="loading">The chart is drawn when it comes into view.</p>
          ) : weighted.length >= 3 ? (
            <ErrorBoundary what="the chart">
              <Suspense fallback={<p className="loading">Drawing the chart…</p>}>
                <ScoreRadar data={data} frameworks={frameworks} width={size.width} height={size.height} label={label} />
              </Suspense>
            </ErrorBoundary>
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
