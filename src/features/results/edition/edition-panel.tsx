import { useEffect, useRef, useState } from 'react';
import { loadOnce, reloadOnceOnMissingChunk as guardedLoad } from '../../../components/load-once.ts';
import { QuestionChoices, questionHeadingId, withChoice } from '../../../components/question-choices.tsx';
import type { Answers } from '../../../schema/answers.ts';
import { editionSummary, loadDataset, loadedDataset, loadEditionRecord, retryDataset } from '../../../data/editions.ts';
import type { Recommendation } from '../../../engine/index.ts';
import type { Dataset, EditionRecord } from '../../../schema/dataset.ts';
import { editionName, joinWords, upperFirst } from '../../../words/dataset-names.ts';
import { formatAsOf } from '../../../words/format-date.ts';
import { baseDateOf, onOtherEdition, type OtherEdition } from './edition-changes.ts';

interface EditionBarProps {
  readonly dataset: Dataset;
  readonly other: OtherEdition | null;
  /** Switch to another edition, with the answers its questionnaire asked for in the same update. */
  readonly onSwitch: (editionId: string, answers?: Answers) => void;
}

/**
 * Which edition the result rests on. A result on the newest data shows one verdict, its own: the
 * edition it builds on is compared in "What changed". A result on older data (an old link) opens
 * as its sender saw it, with one line on what today's data says and one button to it; the
 * questions the newer edition adds are asked here, in place, not by walking the wizard again.
 */
export function EditionBar({ dataset, other, onSwitch }: EditionBarProps) {
  const { edition } = dataset.meta;
  const newer = other && other.dataset.meta.edition.asOf > edition.asOf ? other : null;
  if (!newer) {
    return (
      <div className="edition-bar">
        <p>
          {/* "November 2026 refresh" says its date already: no "as of November 2026" after it. */}
          <strong>Data:</strong> {edition.label.includes(formatAsOf(edition.asOf)) ? edition.label : `${edition.label}, as of ${formatAsOf(edition.asOf)}`}.
        </p>
      </div>
    );
  }
  return (
    <div className="edition-bar older-data" role="group" aria-labelledby="older-data-line">
      <p id="older-data-line">
        <strong>Made with {editionName(dataset)}.</strong>{' '}
        {/* On paper, one verdict: the one the sender saw. */}
        <span className="no-print">
          {newer.missing.length > 0
            ? `Today’s data (${newer.dataset.meta.edition.label}) asks ${newer.missing.length === 1 ? 'one more question' : `${String(newer.missing.length)} more questions`}, about ${joinWords(newer.missing.map((q) => q.label.toLowerCase()), 'and')}; before ${newer.missing.length === 1 ? 'it' : 'them'}: ${newer.title}.`
            : newer.differs
              ? `Today’s data (${newer.dataset.meta.edition.label}): ${newer.title}.`
              : `Today’s data (${newer.dataset.meta.edition.label}) gives the same verdict.`}
        </span>
      </p>
      <NewerQuestions key={newer.dataset.meta.edition.id} newer={newer} onSwitch={onSwitch} />
    </div>
  );
}

/** "Use today’s data": at once when these answers answer every question it asks, else its new questions first, in place. */
function NewerQuestions({ newer, onSwitch }: { readonly newer: OtherEdition; readonly onSwitch: EditionBarProps['onSwitch'] }) {
  const [asking, setAsking] = useState(false);
  const [answers, setAnswers] = useState<Answers>({});
  const [tried, setTried] = useState(false);
  const id = newer.dataset.meta.edition.id;
  const open = newer.missing.filter((q) => answers[q.id] === undefined);
  if (!asking) {
    return (
      <button
        type="button"
        className="button secondary"
        onClick={() => {
          if (newer.missing.length === 0) onSwitch(id);
          // The questions take the button's place: focus goes to the first, not to the page.
          else {
            setAsking(true);
            requestAnimationFrame(() => { document.getElementById(questionHeadingId('newer', newer.missing[0]!.id))?.focus(); });
          }
        }}
      >
        Use today’s data
      </button>
    );
  }
  return (
    <form
      className="newer-questions"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (open.length === 0) onSwitch(id, answers);
      }}
    >
      {newer.missing.map((question) => (
        <QuestionChoices key={question.id} question={question} value={answers[question.id]} idPrefix="newer" level={3} onChoose={(optionId, checked) => { setAnswers((a) => withChoice(a, question, optionId, checked)); }} />
      ))}
      {tried && open.length > 0 && (
        <p className="field-error" role="alert">
          Choose an answer to “{open[0]!.title}” first.
        </p>
      )}
      <button type="submit" className="button primary">
        Show the result with today’s data
      </button>
    </form>
  );
}

/** "What changed from April 2026 to November 2026": the two data dates. */
export function changesTitle(dataset: Dataset): string {
  return `What changed from ${baseDateOf(dataset) || 'the first data'} to ${formatAsOf(dataset.meta.edition.asOf)}`;
}

type ChangeLists = (typeof import('./change-record.tsx'))['ChangeLists'];
const loadChangeRecord = loadOnce(() => import(/* on-request */ './change-record.tsx'));
type ChangeRecordState = { readonly editionId: string } & ({ readonly state: 'loading' } | { readonly state: 'failed' } | { readonly state: 'ready'; readonly record: EditionRecord; readonly Lists: ChangeLists });

interface WhatChangedProps {
  readonly result: Recommendation;
  readonly dataset: Dataset;
  /** The answers as stored, to read on the edition compared with. */
  readonly answers: Answers;
  /** An older result: the verdict with today's data (here already). Null on today's data. */
  readonly other: OtherEdition | null;
  readonly onSwitch: (editionId: string) => void;
}

/**
 * "What changed". On an older result, the verdict with today's data at once. On today's data, the
 * verdict with the edition it builds on when the reader asks: that edition's data loads then (a
 * result ships one edition's data). The edition's record (its summary, what could not be
 * confirmed, and every change, a third of the edition's bytes) loads when the reader opens it.
 */
export function WhatChanged({ result, dataset, answers, other, onSwitch }: WhatChangedProps) {
  const editionId = dataset.meta.edition.id;
  const [record, setRecord] = useState<ChangeRecordState | null>(null);
  const current = record?.editionId === editionId ? record : null;
  const baseId = dataset.history.base;
  const [asked, setAsked] = useState<{ readonly baseId: string; readonly failed: boolean; readonly tries: number } | null>(null);
  const [, setArrived] = useState<Dataset | null>(null);
  const lineRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Set when the verdict line arrives where the reader waited for it: focused once it is on the page.
  const focusLine = useRef(false);
  useEffect(() => {
    if (focusLine.current && lineRef.current) {
      focusLine.current = false;
      lineRef.current.focus();
    }
  });
  const load = () => {
    if (current && current.state !== 'failed') return;
    setRecord({ editionId, state: 'loading' });
    // The record and the code that puts it in words load together.
    Promise.all([guardedLoad(() => loadEditionRecord(editionId))(), loadChangeRecord()]).then(
      ([loaded, { ChangeLists: Lists }]) => { setRecord({ editionId, state: 'ready', record: loaded, Lists }); },
      () => { setRecord({ editionId, state: 'failed' }); },
    );
  };
  if (baseId === null) return null;
  // Today's data against its base: shown once the base's data is here (asked for now, or loaded before for an old link).
  const baseData = other === null ? loadedDataset(baseId) : null;
  const shown = other ?? (baseData ? onOtherEdition(answers, result, baseData) : null);
  const base = editionSummary(baseId);
  const compare = () => {
    const tries = (asked?.baseId === baseId ? asked.tries : 0) + 1;
    setAsked({ baseId, failed: false, tries });
    retryDataset(baseId);
    loadDataset(baseId)?.then(
      (data) => {
        // The button gives way to the line, which takes the focus, unless the reader has moved on meanwhile.
        const active = document.activeElement;
        focusLine.current = active === null || active === document.body || active === buttonRef.current;
        setArrived(data);
      },
      () => { setAsked({ baseId, failed: true, tries }); },
    );
  };
  const failed = asked?.baseId === baseId && asked.failed;
  return (
    <section aria-labelledby="changes-heading" className="what-changed no-print">
      <h2 id="changes-heading">{changesTitle(dataset)}</h2>
      {shown ? (
        <p ref={lineRef} tabIndex={-1}>
          {shown.differs ? (
            <strong>
              With {editionName(shown.dataset)} the verdict would be different: {shown.title}.
            </strong>
          ) : (
            `With ${editionName(shown.dataset)} the verdict would be the same: ${shown.title}.`
          )}{' '}
          {/* The newer data is offered at the top of an older result; from the newest, the one it builds on is offered here. */}
          {shown.dataset.meta.edition.asOf < dataset.meta.edition.asOf && (
            <button type="button" className="link-button" onClick={() => { onSwitch(shown.dataset.meta.edition.id); }}>
              See it with {editionName(shown.dataset)}
            </button>
          )}
        </p>
      ) : base ? (
        <p>
          {/* A new alert for each failed try, so that a screen reader says it again. */}
          {failed && (
            <span key={asked.tries} role="alert" className="load-failed">
              {upperFirst(editionName(base))} could not be loaded. Check the connection.{' '}
            </span>
          )}
          <button ref={buttonRef} type="button" className="button secondary" aria-disabled={asked?.baseId === baseId && !failed} onClick={() => { if (asked?.baseId !== baseId || failed) compare(); }}>
            {asked?.baseId === baseId && !failed ? `Loading ${editionName(base)}…` : failed ? 'Try again' : `Compare the verdict with ${editionName(base)}`}
          </button>
        </p>
      ) : null}
      <details className="change-record" onToggle={(event) => { if (event.currentTarget.open) load(); }}>
        <summary>Every change, with its reason and sources</summary>
        {current?.state === 'ready' ? (
          <>
            <p>{current.record.summary}</p>
            <current.Lists result={result} dataset={dataset} changes={current.record.changes} />
            {current.record.unverified.map((u) => (
              <p key={u.topic} className="hint">
                Not confirmed — {u.topic}: {u.note}
              </p>
            ))}
          </>
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
    </section>
  );
}
