import { useState } from 'react';
import { loadEditionChanges } from '../../data/editions.ts';
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

/** The change lists, once the edition's record has loaded: those that touch these answers first, the rest folded. */
function ChangeLists({ result, dataset, changes }: { readonly result: Recommendation; readonly dataset: Dataset; readonly changes: readonly EditionChange[] }) {
  const { relevant, others } = changesFor(result, dataset, changes);
  return (
    <>
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
    </>
  );
}

type ChangeRecordState = { readonly editionId: string } & ({ readonly state: 'loading' } | { readonly state: 'failed' } | { readonly state: 'ready'; readonly changes: readonly EditionChange[] });

/**
 * "What changed since the seed": the summary and the verdict with the other edition at once;
 * the record of every change (a third of the edition's data) loads when the reader opens it.
 */
export function WhatChanged({ result, dataset, other }: { readonly result: Recommendation; readonly dataset: Dataset; readonly other: OtherEdition | null }) {
  const editionId = dataset.meta.edition.id;
  const [record, setRecord] = useState<ChangeRecordState | null>(null);
  const current = record?.editionId === editionId ? record : null;
  const load = () => {
    if (current && current.state !== 'failed') return;
    setRecord({ editionId, state: 'loading' });
    loadEditionChanges(editionId).then(
      (changes) => { setRecord({ editionId, state: 'ready', changes }); },
      () => { setRecord({ editionId, state: 'failed' }); },
    );
  };
  if (dataset.history.base === null) return null;
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
      <details className="change-record" onToggle={(event) => { if (event.currentTarget.open) load(); }}>
        <summary>Every change, with its reason and sources</summary>
        {current?.state === 'ready' ? (
          <ChangeLists result={result} dataset={dataset} changes={current.changes} />
        ) : current?.state === 'failed' ? (
          <p role="alert">
            The list of changes could not be loaded.{' '}
            <button type="button" className="button secondary" onClick={load}>
              Try again
            </button>
          </p>
        ) : (
          <p className="loading">Loading the changes…</p>
        )}
      </details>
      {dataset.history.unverified.map((u) => (
        <p key={u.topic} className="hint">
          Checked but not changed — {u.topic}: {u.note}
        </p>
      ))}
    </section>
  );
}
