import { loadOnce } from '../../../components/load-once.ts';
import { lazy, Suspense, useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useCompareLink } from '../../../state/wizard-store.ts';
import { recommend, type Recommendation } from '../../../engine/index.ts';
import type { Dataset } from '../../../schema/dataset.ts';
import { decodeShareLink } from '../../../share/share-link.ts';

// The comparison loads when there is a link to compare: opening a shared result never needs it.
const Comparison = lazy(loadOnce(() => import(/* on-request */ './compare-result.tsx')));

/** The query part of whatever was pasted: a whole URL, "?v=1&…" or "v=1&…". */
function queryOf(pasted: string): string {
  const text = pasted.trim();
  const mark = text.indexOf('?');
  return mark >= 0 ? text.slice(mark + 1).split('#')[0]! : text;
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
      {theirs && (
        <Suspense fallback={<p className="loading">Loading the comparison…</p>}>
          <Comparison mine={mine} theirs={theirs} dataset={dataset} />
        </Suspense>
      )}
    </section>
  );
}
