import { formatAnswer } from '../../../words/format-answer.ts';
import { formatWeight } from '../../../words/format-weight.ts';
import type { Recommendation } from '../../../engine/index.ts';
import type { Dataset } from '../../../schema/dataset.ts';
import { headline } from '../../../words/explain.ts';
import { criterionName } from '../../../words/dataset-names.ts';
import { seriesFor } from '../chart/chart-palette.ts';
import { useChartSize } from '../chart/use-chart-size.ts';
import { ScoreChart } from '../chart/score-chart.tsx';

/** Both answer sets, weights and winners side by side. */
export default function Comparison({ mine, theirs, dataset }: { readonly mine: Recommendation; readonly theirs: Recommendation; readonly dataset: Dataset }) {
  const size = useChartSize();
  const questions = dataset.questions.filter((q) => (q.kind === 'one' || q.kind === 'many') && (mine.applicableQuestionIds.includes(q.id) || theirs.applicableQuestionIds.includes(q.id)));
  const answerOf = (r: Recommendation, id: string) => {
    const q = dataset.questions.find((x) => x.id === id)!;
    return r.applicableQuestionIds.includes(id) ? formatAnswer(q, r.answers[id], dataset) : 'Not asked';
  };
  const weighted = dataset.criteria.filter((c) => (mine.weights.find((w) => w.criterionId === c.id)?.weight ?? 0) > 0 || (theirs.weights.find((w) => w.criterionId === c.id)?.weight ?? 0) > 0);
  const weightOf = (r: Recommendation, id: string) => r.weights.find((w) => w.criterionId === id)?.weight ?? 0;
  const differing = questions.filter((q) => answerOf(mine, q.id) !== answerOf(theirs, q.id));
  const series = [
    ...seriesFor([
      { id: 'mine', name: 'Your weights' },
      { id: 'theirs', name: 'Their weights' },
    ]),
  ];
  const data = weighted.map((c) => ({ criterion: c.name, mine: weightOf(mine, c.id), theirs: weightOf(theirs, c.id) }));

  return (
    <div className="comparison">
      <p>
        <strong>Yours:</strong> {headline(mine, dataset).title}. <strong>Theirs:</strong> {headline(theirs, dataset).title}.{' '}
        {differing.length === 0 ? 'Your answers are the same; only the weights differ.' : `${differing.length} answer${differing.length === 1 ? '' : 's'} differ, highlighted below.`}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Answers side by side">
        <table className="compare-table">
          <caption>Answers side by side</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Yours</th>
              <th scope="col">Theirs</th>
            </tr>
          </thead>
          <tbody>
            {questions.map((q) => {
              const differs = differing.includes(q);
              return (
                <tr key={q.id} className={differs ? 'differs' : undefined}>
                  <th scope="row">
                    {q.label}
                    {differs && <span className="tag">differs</span>}
                  </th>
                  <td>{answerOf(mine, q.id)}</td>
                  <td>{answerOf(theirs, q.id)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {/* The radar here plots weights (how much each criterion matters to each of you), not the frameworks' scores. */}
      <h3>How much each criterion matters to you and to them (weights, 0–10)</h3>
      <div className="scores-layout">
        <div className="chart-box">
          {weighted.length >= 3 && <ScoreChart data={data} frameworks={series} width={size.width} height={size.height} label="Radar chart of your weights and theirs; the numbers are in the table." />}
        </div>
        <table className="compare-table">
          <caption>Weights side by side</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col" className="number">Yours</th>
              <th scope="col" className="number">Theirs</th>
            </tr>
          </thead>
          <tbody>
            {weighted.map((c) => {
              const differs = weightOf(mine, c.id) !== weightOf(theirs, c.id);
              return (
                <tr key={c.id} className={differs ? 'differs' : undefined}>
                  <th scope="row">{criterionName(dataset, c.id)}</th>
                  <td className="number">{formatWeight(weightOf(mine, c.id))}</td>
                  <td className="number">{formatWeight(weightOf(theirs, c.id))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

