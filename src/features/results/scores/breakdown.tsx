import { formatWeight } from '../../../words/format-weight.ts';
import { SCORE_EPSILON, type Recommendation } from '../../../engine/index.ts';
import type { Dataset } from '../../../schema/dataset.ts';
import { criterionName, frameworkName } from '../../../words/dataset-names.ts';
import { ScoreColumnHeads } from './score-table.tsx';

/**
 * For each weighted criterion: weight x score / total weight = contribution, per
 * framework, and which side it favours. The criterion links to its scores' reasons.
 */
export function Breakdown({ result, dataset }: { readonly result: Recommendation; readonly dataset: Dataset }) {
  const weighted = result.weights.filter((w) => w.weight > 0);
  const frameworks = result.ranking.map((r) => r.frameworkId);
  /** The framework(s) a criterion favours: the highest contribution, and by how much over the next; null when all are level. */
  const favoured = (criterionId: string) => {
    const points = result.ranking.map((r) => ({ id: r.frameworkId, points: r.contributions.find((c) => c.criterionId === criterionId)!.contribution }));
    const best = Math.max(...points.map((p) => p.points));
    const top = points.filter((p) => best - p.points < SCORE_EPSILON);
    if (top.length === points.length) return null;
    const next = Math.max(...points.filter((p) => best - p.points >= SCORE_EPSILON).map((p) => p.points));
    return { ids: top.map((p) => p.id), by: best - next };
  };
  return (
    <section aria-labelledby="breakdown-heading" className="no-print">
      <h2 id="breakdown-heading">How each criterion counts</h2>
      <p className="hint">
        Each framework&apos;s score is the weighted mean of its criterion scores: weight × score ÷ total weight ({formatWeight(result.totalWeight)}).
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Contribution of each criterion">
        <table className="breakdown">
          <caption className="visually-hidden">Contribution of each criterion to each framework&apos;s score</caption>
          <thead>
            <tr>
              <ScoreColumnHeads frameworkIds={frameworks} dataset={dataset} note="score → points" />
              <th scope="col">Favours</th>
            </tr>
          </thead>
          <tbody>
            {weighted.map((w) => {
              const favours = favoured(w.criterionId);
              return (
                <tr key={w.criterionId}>
                  <th scope="row">
                    <a href={`#reasons-${w.criterionId}`}>{criterionName(dataset, w.criterionId)}</a>
                    {w.overridden && <span className="tag">your weight</span>}
                  </th>
                  <td className="number">{formatWeight(w.weight)}</td>
                  {frameworks.map((id) => {
                    const c = result.ranking.find((r) => r.frameworkId === id)!.contributions.find((x) => x.criterionId === w.criterionId)!;
                    return (
                      <td className="number" key={id}>
                        {c.score} → {c.contribution.toFixed(2)}
                      </td>
                    );
                  })}
                  <td>{favours ? `${favours.ids.map((id) => frameworkName(dataset, id)).join(' and ')} (+${favours.by.toFixed(2)})` : frameworks.length === 2 ? 'Neither' : 'None'}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td className="number">{formatWeight(result.totalWeight)}</td>
              {result.ranking.map((r) => (
                <td className="number" key={r.frameworkId}>
                  <strong>{r.score.toFixed(2)}</strong>
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
