import type { Recommendation } from '../../engine/index.ts';
import type { Dataset, EditionChange } from '../../schema/dataset.ts';
import { formatAsOf } from './format-date.ts';
import { changesFor, describeChange, type OtherEdition } from './edition-changes.ts';
import { SourceList } from './source-list.tsx';

interface EditionBarProps {
  readonly dataset: Dataset;
  readonly other: OtherEdition | null;
  readonly onSwitch: (editionId: string) => void;
}

/** "the seed's April 2026 data" or "the November 2026 refresh". */
function editionName(dataset: Dataset): string {
  return dataset.history.base === null ? `the seed’s ${formatAsOf(dataset.meta.edition.asOf)} data` : `the ${dataset.meta.edition.label}`;
}

/** Which edition the result rests on, whether the other edition decides differently, and the switch to it. */
export function EditionBar({ dataset, other, onSwitch }: EditionBarProps) {
  const { edition } = dataset.meta;
  return (
    <div className="edition-bar">
      <p>
        <strong>Data:</strong> {edition.label}, as of {formatAsOf(edition.asOf)}.{' '}
        {other &&
          (other.differs ? (
            <strong>
              With {editionName(other.dataset)}: {other.title}.
            </strong>
          ) : (
            `${editionName(other.dataset).replace(/^t/, 'T')} gives the same verdict.`
          ))}
        {other && other.notCovered.length > 0 && ` Its questions do not cover your answers on: ${other.notCovered.join(', ')}.`}
      </p>
      {other && (
        <button type="button" className="button secondary" onClick={() => { onSwitch(other.dataset.meta.edition.id); }}>
          {other.dataset.meta.edition.asOf > edition.asOf ? `Use ${editionName(other.dataset)}` : `See it with ${editionName(other.dataset)}`}
        </button>
      )}
    </div>
  );
}

function ChangeItem({ change, dataset }: { readonly change: EditionChange; readonly dataset: Dataset }) {
  return (
    <li>
      <strong>{change.title}</strong> ({formatAsOf(change.date)}). {change.reason}
      <ul className="change-lines">
        {describeChange(change, dataset).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <span className="source-line">
        Source: <SourceList ids={change.sources} dataset={dataset} />.
      </span>
    </li>
  );
}

/** "What changed since the seed": the changes that touch these answers, the rest collapsed, and what was checked but not changed. */
export function WhatChanged({ result, dataset, other }: { readonly result: Recommendation; readonly dataset: Dataset; readonly other: OtherEdition | null }) {
  if (dataset.history.base === null) return null;
  const { relevant, others } = changesFor(result, dataset);
  return (
    <section aria-labelledby="changes-heading" className="what-changed no-print">
      <h2 id="changes-heading">What changed since the seed</h2>
      <p>{dataset.history.summary}</p>
      {other && (
        <p>
          {other.differs ? (
            <strong>
              With {editionName(other.dataset)} the verdict would be different: {other.title}.
            </strong>
          ) : (
            `With ${editionName(other.dataset)} the verdict would be the same: ${other.title}.`
          )}
        </p>
      )}
      {relevant.length > 0 ? (
        <>
          <h3>Changes that touch your answers ({relevant.length})</h3>
          <ul className="changes">
            {relevant.map((c) => (
              <ChangeItem key={c.id} change={c} dataset={dataset} />
            ))}
          </ul>
        </>
      ) : (
        <p>None of the changes touches what you weighted or where you deploy.</p>
      )}
      {others.length > 0 && (
        <details className="others">
          <summary>Other changes ({others.length})</summary>
          <ul className="changes">
            {others.map((c) => (
              <ChangeItem key={c.id} change={c} dataset={dataset} />
            ))}
          </ul>
        </details>
      )}
      {dataset.history.unverified.map((u) => (
        <p key={u.topic} className="hint">
          Checked but not changed — {u.topic}: {u.note}
        </p>
      ))}
    </section>
  );
}
