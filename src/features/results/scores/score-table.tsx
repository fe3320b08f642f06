import { scoresUnderBar, type Recommendation } from '../../../engine/index.ts';
import type { Dataset } from '../../../schema/dataset.ts';
import { formatWeight } from '../../../words/format-weight.ts';
import { seedDate, seedScoreOf } from '../edition/edition-changes.ts';
import { criterionName, frameworkName } from '../../../words/dataset-names.ts';

/** The head cells the score tables share: criterion, weight, then one column per framework (with an optional note). */
export function ScoreColumnHeads({ frameworkIds, dataset, note }: { readonly frameworkIds: readonly string[]; readonly dataset: Dataset; readonly note?: string }) {
  return (
    <>
        <th scope="col">Criterion</th>
        <th scope="col" className="number">Weight</th>
        {frameworkIds.map((id) => (
          <th scope="col" className="number" key={id}>
            {frameworkName(dataset, id)}
            {note && <span className="th-note">{note}</span>}
          </th>
        ))}
    </>
  );
}

/** The chart's numbers as a table: each weighted criterion's weight and every framework's score. */
export function ScoreTable({ result, dataset, criterionIds }: { readonly result: Recommendation; readonly dataset: Dataset; readonly criterionIds: readonly string[] }) {
  const frameworks = result.ranking.map((r) => r.frameworkId);
  // The published score beside one a later edition moved, named by its date ("Apr 2026: 7").
  const baseDate = seedDate().replace(/^(\w{3})\w* /, '$1 ');
  // A score under a product's bar counts as the lowest: the cell gives the data's own, this line the rule.
  const bar = scoresUnderBar(result.weights, result.scores).find((u) => criterionIds.includes(u.criterionId))?.bar;
  return (
    <>
      <table className="score-table">
        <caption>Scores (1–10) on the criteria that carry weight</caption>
        <thead>
          <tr>
            <ScoreColumnHeads frameworkIds={frameworks} dataset={dataset} />
          </tr>
        </thead>
        <tbody>
          {criterionIds.map((criterionId) => (
            <tr key={criterionId}>
              <th scope="row">{criterionName(dataset, criterionId)}</th>
              <td className="number">{formatWeight(result.weights.find((w) => w.criterionId === criterionId)?.weight ?? 0)}</td>
              {frameworks.map((id) => {
                const seed = seedScoreOf(dataset, criterionId, id);
                const entry = result.scores[criterionId]?.[id];
                return (
                  <td className={entry?.tried ? 'number tried-score' : 'number'} key={id}>
                    {entry ? formatWeight(entry.score) : '–'}
                    {entry?.belowFloor && <span className="seed-note"> ({entry.tried ? 'tried' : 'data'}: {formatWeight(entry.belowFloor.dataScore)})</span>}
                    {entry?.tried && !entry.belowFloor && <span className="seed-note"> (tried; the data: {formatWeight(entry.tried.dataScore)})</span>}
                    {seed !== null && !entry?.tried && !entry?.belowFloor && <span className="seed-note"> ({baseDate}: {seed})</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Weighted score (0–10)</th>
            <td />
            {result.ranking.map((r) => (
              <td className="number" key={r.frameworkId}>
                <strong>{r.score.toFixed(2)}</strong>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      {bar && (
        <p className="hint table-note">
          A score under this guide&apos;s bar of {bar.floor} for shipping on a product&apos;s target counts as {dataset.meta.scale.min}; the data&apos;s own is in brackets.
        </p>
      )}
    </>
  );
}
