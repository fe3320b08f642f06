import { useState } from 'react';
import { loadEditionChanges } from '../../../data/editions.ts';
import type { Recommendation } from '../../../engine/index.ts';
import type { Dataset, EditionChange } from '../../../schema/dataset.ts';
import { formatAsOf } from '../../../words/format-date.ts';
import { baseDateOf, type OtherEdition } from './edition-changes.ts';

interface EditionBarProps {
  readonly dataset: Dataset;
  readonly other: OtherEdition | null;
  readonly onSwitch: (editionId: string) => void;
}

/** "the April 2026 data" (the comparison as first published) or "the November 2026 refresh": dates, not the project's words for its editions. */
function editionName(dataset: Dataset): string {
  return dataset.history.base === null ? `the ${formatAsOf(dataset.meta.edition.asOf)} data` : `the ${dataset.meta.edition.label}`;
}

/** Which edition the result rests on, whether the other edition decides differently, and the switch to it. */
export function EditionBar({ dataset, other, onSwitch }: EditionBarProps) {
  const { edition } = dataset.meta;
  return (
    <div className="edition-bar">
      <p>
        {/* "November 2026 refresh" says its date already: no "as of November 2026" after it. */}
        <strong>Data:</strong> {edition.label.includes(formatAsOf(edition.asOf)) ? edition.label : `${edition.label}, as of ${formatAsOf(edition.asOf)}`}.{' '}
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

/** "What changed from April 2026 to November 2026": the two data dates. */
export function changesTitle(dataset: Dataset): string {
  return `What changed from ${baseDateOf(dataset) || 'the first data'} to ${formatAsOf(dataset.meta.edition.asOf)}`;
}

type ChangeLists = (typeof import('./change-record.tsx'))['ChangeLists'];
type ChangeRecordState = { readonly editionId: string } & ({ readonly state: 'loading' } | { readonly state: 'failed' } | { readonly state: 'ready'; readonly changes: readonly EditionChange[]; readonly Lists: ChangeLists });

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
    // The record and the code that puts it in words load together.
    Promise.all([loadEditionChanges(editionId), import(/* on-request */ './change-record.tsx')]).then(
      ([changes, { ChangeLists: Lists }]) => { setRecord({ editionId, state: 'ready', changes, Lists }); },
      () => { setRecord({ editionId, state: 'failed' }); },
    );
  };
  if (dataset.history.base === null) return null;
  return (
    <section aria-labelledby="changes-heading" className="what-changed no-print">
      <h2 id="changes-heading">{changesTitle(dataset)}</h2>
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
          <current.Lists result={result} dataset={dataset} changes={current.changes} />
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
