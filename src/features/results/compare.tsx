import { lazy, Suspense, useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useCompareLink } from '../../state/wizard-store.ts';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { formatAnswer } from '../../components/format-answer.ts';
import { formatWeight } from '../../components/format-weight.ts';
import { recommend, type Recommendation } from '../../engine/index.ts';
import type { Dataset } from '../../schema/dataset.ts';
import { decodeShareLink } from '../../share/share-link.ts';
import { headline } from './explain.ts';
import { criterionName } from '../../components/dataset-names.ts';
import { seriesFor } from './chart-palette.ts';
import { useChartSize } from './use-chart-size.ts';
import { loadRadarChart, useChartWanted } from './use-chart-wanted.ts';

const ScoreRadar = lazy(loadRadarChart);

/** The query part of whatever was pasted: a whole URL, "?v=1&…" or "v=1&…". */
function queryOf(pasted: string): string {
  const text = pasted.trim();
  const mark = text.indexOf('?');
  return mark >= 0 ? text.slice(mark + 1).split('#')[0]! : text;
}

function Comparison({ mine, theirs, dataset }: { readonly mine: Recommendation; readonly theirs: Recommendation; readonly dataset: Dataset }) {
  const size = useChartSize();
  const { ref: chartRef, wanted: chartWanted } = useChartWanted<HTMLDivElement>();
  const questions = dataset.questions.filter((q) => q.kind !== 'weights' && (mine.applicableQuestionIds.includes(q.id) || theirs.applicableQuestionIds.includes(q.id)));
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
      <div className="scores-layout">
        <div className="chart-box" ref={chartRef}>
          {chartWanted && weighted.length >= 3 && (
            <ErrorBoundary what="the comparison chart">
              <Suspense fallback={<p className="loading">Drawing the chart…</p>}>
                <ScoreRadar data={data} frameworks={series} width={size.width} height={size.height} label="Radar chart of your weights and theirs; the numbers are in the table." />
              </Suspense>
            </ErrorBoundary>
          )}
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

/** A pasted link -> their recommendation (when it holds answers) and what was wrong with it. */
function readTheirs(text: string, dataset: Dataset): { readonly problems: readonly string[]; readonly theirs: Recommendation | null } {
  if (text.trim() === '') return { problems: ['Paste a share link first.'], theirs: null };
  const decoded = decodeShareLink(queryOf(text), dataset);
  const result = recommend(decoded.answers, dataset);
  if (Object.keys(decoded.answers).length === 0 || !result.ok) {
    return { problems: decoded.problems.length > 0 ? decoded.problems.map((p) => p.message) : ['That is not a share link from this app.'], theirs: null };
  }
  return { problems: decoded.problems.map((p) => p.message), theirs: result };
}

/**
 * Compare: paste a colleague's share link to see both answer sets, weights and winners side
 * by side. A link opened over the user's own result ("compare it with my result") arrives filled in.
 */
export function Compare({ mine, dataset }: { readonly mine: Recommendation; readonly dataset: Dataset }) {
  const opened = useCompareLink();
  const [text, setText] = useState(opened ?? '');
  const [read, setRead] = useState(() => (opened === null ? { problems: [], theirs: null } : readTheirs(opened, dataset)));
  const { problems, theirs } = read;
  const inputId = useId();
  const errorId = `${inputId}-error`;
  // Arriving with a link to compare: the comparison is what the user asked to see.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (opened === null) return;
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus();
  }, [opened]);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setRead(readTheirs(text, dataset));
  };

  return (
    <section aria-labelledby="compare-heading" className="compare no-print">
      <h2 id="compare-heading" ref={headingRef} tabIndex={-1}>
        Compare with a colleague
      </h2>
      <form onSubmit={submit} noValidate className="compare-form">
        <label htmlFor={inputId}>Their share link</label>
        <div className="compare-row">
          <input
            id={inputId}
            type="url"
            inputMode="url"
            autoComplete="off"
            value={text}
            aria-invalid={problems.length > 0 && !theirs ? true : undefined}
            aria-describedby={problems.length > 0 ? errorId : undefined}
            onChange={(event) => { setText(event.target.value); }}
          />
          <button type="submit" className="button secondary">
            Compare
          </button>
        </div>
        {problems.length > 0 && (
          <div id={errorId} role="alert" className={theirs ? 'notice' : 'notice error'}>
            <p>{theirs ? 'Parts of that link could not be read; the rest is compared.' : 'That link could not be compared.'}</p>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
      </form>
      {theirs && <Comparison mine={mine} theirs={theirs} dataset={dataset} />}
    </section>
  );
}
