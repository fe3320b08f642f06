import { memo, useDeferredValue, useEffect, type ReactElement } from 'react';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { loadOnce } from '../../components/load-once.ts';
import { usePrintablePage } from '../../components/print.ts';
import { Reveal } from '../../components/reveal.tsx';
import { useStepHeading } from '../../components/use-step-heading.ts';
import { recommend } from '../../engine/index.ts';
import { clearAnswer, clearWeights, setWeight } from '../../schema/answer-values.ts';
import { formatAnswer } from '../../words/format-answer.ts';
import type { Answers } from '../../schema/answers.ts';
import type { Dataset } from '../../schema/dataset.ts';
import { currentDataset } from '../../data/editions.ts';
import { encodeAnswers } from '../../share/share-link.ts';
import { useDataset } from '../../state/use-dataset.ts';
import { nearestShowableStep } from '../../flow/wizard-flow.ts';
import { useCheckedAnswers } from '../../state/use-checked-answers.ts';
import { useAnswers, useWizardActions } from '../../state/wizard-store.ts';
import { Alternatives, RightTool } from './advice/alternatives.tsx';
import { OnThisPage, type PageLink } from './on-this-page.tsx';
import { Breakdown } from './scores/breakdown.tsx';
import { Compare } from './share-print/compare.tsx';
import { onOtherEdition } from './edition/edition-changes.ts';
import { EditionBar, WhatChanged } from './edition/edition-panel.tsx';
import { editionName } from '../../words/dataset-names.ts';
import { explainWhy, headline } from '../../words/explain.ts';
import { Facts } from './evidence/facts.tsx';
import { Migration } from './advice/migration.tsx';
import { frameworkName } from '../../words/dataset-names.ts';
import { NextStepLine, NextSteps } from './advice/next-steps.tsx';
import { loadQrEncoder, PrintLink } from './share-print/print-link.tsx';
import { KeySources, Reasons } from './evidence/reasons.tsx';
import { Robustness } from './scores/robustness.tsx';
import { ShareActions } from './share-print/share-actions.tsx';
import { YourAnswers } from './evidence/your-answers.tsx';
import { ScoresSection } from './scores/scores-section.tsx';
import { VerdictAnnouncer } from './verdict-announcer.tsx';
import { WhatIf } from './scores/what-if.tsx';

/** The Markdown writer, loaded on the click that asks for it (a shared result never needs it). */
const loadDecisionRecord = loadOnce(() => import(/* on-request */ '../../words/decision-record.ts'));

/** Starts loading what a print needs (the link's QR encoder): the Ctrl or ⌘ key held before P. */
export function warmPrint() {
  void loadQrEncoder();
}

/** The recommendation for the answers in the store; the wizard instead, at the first answer it still needs. */
export default function ResultView() {
  const dataset = useDataset();
  const checked = useCheckedAnswers(dataset);
  // A slider moves at once (it reads the store itself); the page re-ranks, redraws and
  // rewrites the URL in a deferred render that React splits into short slices, so moving
  // a weight never blocks the slider.
  const answers = useDeferredValue(checked);
  // Never a result without the answers it rests on (Start over, then Back; a stale saved step).
  const { goTo } = useWizardActions();
  const shown = nearestShowableStep('result', checked, dataset);
  useEffect(() => {
    if (shown !== 'result') goTo(shown, { replace: true });
  }, [shown, goTo]);
  if (shown !== 'result') return null;
  return <ResultPage answers={answers} dataset={dataset} />;
}

/** A section of the result: what it is (for its error boundary), the section, and its link in "On this page" (null: none). */
type Part = readonly [what: string, element: ReactElement, link: PageLink | null];

const ResultPage = memo(function ResultPage({ answers, dataset }: { readonly answers: Answers; readonly dataset: Dataset }) {
  const { goTo, adjustAnswers, restart, chooseEdition, showNotice } = useWizardActions();
  // Ctrl+P while the result was still loading prints once it is here.
  usePrintablePage();
  // Every answer in the store, for the other edition (a newer one asks questions this one does not).
  const stored = useAnswers();
  const result = recommend(answers, dataset);
  const head = result.ok ? headline(result, dataset) : null;
  const headingRef = useStepHeading<HTMLHeadingElement>(head?.title ?? 'Your answers need another look');
  const today = new Date().toISOString().slice(0, 10);
  // The page's own URL is the share link at all times, what-if weights included.
  const query = result.ok ? encodeAnswers(result.answers, dataset) : null;
  // The result's history entry carries its link. This runs before the app's history hook (a child's
  // effect first): when the entry in place is another step's (the review), the result gets an entry
  // of its own rather than writing its link into the review's.
  useEffect(() => {
    if (query === null) return;
    const state: unknown = window.history.state;
    const inHistory = typeof state === 'object' && state !== null && 'step' in state ? state.step : null;
    if (inHistory === null || inHistory === 'result') window.history.replaceState({ step: 'result' }, '', `?${query}`);
    else window.history.pushState({ step: 'result' }, '', `?${query}`);
  }, [query]);

  if (!result.ok || !head) {
    return (
      <section>
        <h1 ref={headingRef} tabIndex={-1}>
          Your answers need another look
        </h1>
        <ul>
          {result.ok ? null : result.problems.map((p) => (
            <li key={p.path}>
              {p.path || 'The answers'}: {p.message}
            </li>
          ))}
        </ul>
        <button type="button" className="button primary" onClick={() => { goTo('review'); }}>
          Check your answers
        </button>
      </section>
    );
  }
  const prioritiesId = dataset.meta.roles.priorities;
  const triedScoresQuestion = dataset.questions.find((q) => q.id === dataset.meta.roles.triedScores);
  const wrong = result.verdict.wrongComparison;
  const url = `${window.location.origin}${window.location.pathname}?${query ?? ''}`;
  // A result on older data than the newest (an old link) opens as its sender saw it, with today's verdict one line above it.
  const olderData = dataset !== currentDataset;
  const other = olderData ? onOtherEdition(stored, result, currentDataset) : null;
  // To today's data: the verdict the reader just saw is said once, and focus goes to the new one (the button is gone).
  const toEdition = (editionId: string, added?: Answers) => {
    chooseEdition(editionId, added && ((a) => ({ ...a, ...added })));
    const to = other?.dataset.meta.edition;
    if (to?.id === editionId && olderData) showNotice({ kind: 'info', message: `Now with today’s data (${to.label}). With ${editionName(dataset)} the verdict was: ${head.title}.` });
    requestAnimationFrame(() => { headingRef.current?.focus(); });
  };
  const editionBar = <EditionBar dataset={dataset} other={other} onSwitch={toEdition} />;
  const leaderName = frameworkName(dataset, result.verdict.leaderId);
  // A wrong comparison's header gives its own reason; why one framework leads the others belongs with them, in the fold.
  const why = explainWhy(result, dataset);

  const whatIf = (
    <WhatIf
      // Its own state (slider order, tried tipping points) belongs to one edition's criteria.
      key={dataset.meta.edition.id}
      result={result}
      dataset={dataset}
      onWeight={(criterionId, weight, suggested) => { adjustAnswers((a) => setWeight(a, prioritiesId, criterionId, weight, suggested)); }}
      onReset={() => { adjustAnswers((a) => clearWeights(a, prioritiesId)); }}
      onChangeAnswers={() => { goTo('sheet'); }}
      onAnswers={adjustAnswers}
    />
  );
  // Summary first, then the evidence. A framework verdict: next steps, scores, what would change
  // it, the breakdown… A wrong comparison leads with the right tool; the framework ranking folds
  // away under "if you later need a neural network".
  const frameworkParts: readonly Part[] = [
    ['the next steps', <NextSteps result={result} dataset={dataset} />, result.nextSteps.length > 0 ? ['next-steps-heading', 'Next steps'] : null],
    ['the scores', <ScoresSection result={result} dataset={dataset} />, ['scores-heading', 'Scores']],
    ['the what-if sliders', whatIf, ['what-if-heading', 'What if']],
    ['the breakdown', <Breakdown result={result} dataset={dataset} />, ['breakdown-heading', 'Breakdown']],
    ['the alternatives', <Alternatives result={result} dataset={dataset} />, ['alternatives-heading', 'Alternatives']],
    ['the migration estimate', <Migration result={result} dataset={dataset} />, result.migration ? ['migration-heading', 'Migration'] : result.pitfalls.length > 0 ? ['migration-heading', 'Pitfalls'] : null],
  ];
  const commonParts: readonly Part[] = [
    ['your answers', <YourAnswers result={result} dataset={dataset} />, ['answers-heading', 'Your answers']],
    ['the comparison', <Compare mine={result} dataset={dataset} />, ['compare-heading', 'Compare']],
    ['what changed since the first data', <WhatChanged result={result} dataset={dataset} answers={stored} other={other} onSwitch={toEdition} />, dataset.history.base === null ? null : ['changes-heading', 'What changed']],
  ];
  // The frameworks' facts and the sources of their scores: with the frameworks, folded on a wrong comparison.
  const evidence: readonly Part[] = [
    ['the facts', <Facts dataset={dataset} today={today} />, ['facts-heading', 'Facts']],
    ['the sources', <Reasons result={result} dataset={dataset} />, ['reasons-heading', 'Sources']],
    ['the key sources', <KeySources result={result} dataset={dataset} />, null],
  ];
  const guarded = (parts: readonly Part[]) =>
    parts.map(([what, part]) => (
      <ErrorBoundary key={what} what={what}>
        {part}
      </ErrorBoundary>
    ));
  const links: readonly PageLink[] = [
    ...(wrong ? [['right-tool-heading', 'What to use'] as const] : []),
    ...(wrong ? commonParts : [...frameworkParts, ...commonParts, ...evidence]).flatMap(([, , link]) => (link ? [link] : [])),
  ];

  return (
    <article className="result">
      <header className="result-head">
        {olderData && editionBar}
        <p className="eyebrow">{wrong ? 'Wrong comparison' : result.verdict.kind === 'tie' ? 'Tie' : result.verdict.tossUp ? 'Toss-up' : result.verdict.isCloseCall ? 'Close call' : 'Recommendation'}</p>
        <h1 ref={headingRef} tabIndex={-1}>
          {head.title}
        </h1>
        <p className="result-summary">{head.summary}</p>
        <Robustness result={result} dataset={dataset} />
        {triedScoresQuestion && result.answers[triedScoresQuestion.id] !== undefined && (
          // A shared link may carry scores someone tried: whoever opens it must see that the result rests on them.
          <p className="tried-scores">
            This result uses scores tried in place of the data’s: {formatAnswer(triedScoresQuestion, result.answers[triedScoresQuestion.id], dataset)}.{' '}
            <button type="button" className="link-button no-print" onClick={() => { adjustAnswers((a) => clearAnswer(a, triedScoresQuestion.id)); }}>
              Use the data’s scores
            </button>
          </p>
        )}
        <VerdictAnnouncer verdict={head.title} />
        <div className="why">
          {(wrong ? why.slice(0, 1) : why).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </div>
        <NextStepLine result={result} dataset={dataset} />
        <ShareActions
          url={url}
          markdown={async () => (await loadDecisionRecord()).toDecisionRecord(result, dataset, { date: today, url })}
          onChangeAnswers={() => { goTo('sheet'); }}
          onStartOver={restart}
        />
        {/* Which data the verdict rests on, after what to do with it (older data says so first). */}
        {!olderData && editionBar}
        <PrintLink url={url} today={today} />
      </header>
      <OnThisPage links={links} />

      {wrong ? (
        <>
          <ErrorBoundary what="the right tool">
            <RightTool result={result} dataset={dataset} />
          </ErrorBoundary>
          <details className="fold">
            <summary>
              <span className="fold-title">If you later need a neural network</span> {leaderName} leads the frameworks for these answers: the scores, what would change them, alternatives, migration and sources.
            </summary>
            <div className="why">
              {why.slice(1).map((sentence) => (
                <p key={sentence}>{sentence}</p>
              ))}
            </div>
            <Reveal parts={guarded([...frameworkParts, ...evidence])} />
          </details>
          <Reveal parts={guarded(commonParts)} />
        </>
      ) : (
        <Reveal parts={guarded([...frameworkParts, ...commonParts, ...evidence])} />
      )}
    </article>
  );
});
