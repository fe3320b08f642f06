import type { Dataset } from '../../../schema/dataset.ts';
import { describeAge, formatAsOf, monthsSince, STALE_AFTER_MONTHS } from '../../../words/format-date.ts';
import { frameworkName } from '../../../words/dataset-names.ts';
import { SourceList } from './source-list.tsx';

/** The facts table with sources and dates; facts older than a year are marked as possibly stale. */
export function Facts({ dataset, today }: { readonly dataset: Dataset; readonly today: string }) {
  const { edition, scale } = dataset.meta;
  const age = monthsSince(edition.asOf, today);
  return (
    <section aria-labelledby="facts-heading" className="no-print">
      <h2 id="facts-heading">The facts behind the scores</h2>
      <p>
        Data: {edition.label}, as of {formatAsOf(edition.asOf)} ({describeAge(age)}).
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Facts table">
        <table className="facts">
          <caption className="visually-hidden">Facts about each framework, with sources and dates</caption>
          <thead>
            <tr>
              <th scope="col">Fact</th>
              {dataset.frameworks.map((f) => (
                <th scope="col" key={f.id}>
                  {frameworkName(dataset, f.id)}
                </th>
              ))}
              <th scope="col">Source and date</th>
            </tr>
          </thead>
          <tbody>
            {dataset.facts.map((fact) => {
              const stale = monthsSince(fact.asOf, today) > STALE_AFTER_MONTHS;
              return (
                <tr key={fact.id}>
                  <th scope="row">{fact.label}</th>
                  {dataset.frameworks.map((f) => (
                    <td key={f.id}>{fact.values[f.id]}</td>
                  ))}
                  <td>
                    <SourceList ids={fact.sources} dataset={dataset} />, {formatAsOf(fact.asOf)}
                    {stale && <span className="tag stale">possibly stale: {describeAge(monthsSince(fact.asOf, today))}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>What the scores mean</h3>
      <dl className="scale">
        {scale.bands.map((band, i) => (
          <div key={band.min}>
            <dt>
              {i === 0 ? band.min : `${band.min}–${(scale.bands[i - 1]?.min ?? scale.max + 1) - 1}`}: {band.label}
            </dt>
            <dd>{band.meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{scale.note}</p>
      {dataset.meta.uncertainty && (
        <p className="hint">
          Scores may be off by about {dataset.meta.uncertainty.estimate.range} point either way, more where a score says so. The line under the headline counts how often the leader stays first across all such scorings. A clear winner needs both a margin of at least {String(dataset.meta.closeCallMargin)} and to stay first in {Math.round(dataset.meta.uncertainty.threshold * 100)} of 100; otherwise it is a close call.
        </p>
      )}
    </section>
  );
}
