import { Suspense, useCallback, useEffect, useState } from 'react';
import { lazyPart } from '../components/lazy-part.tsx';
import { takeReloadNotice } from '../components/load-once.ts';
import { Notice } from '../components/notice.tsx';
import { StartScreen } from '../features/wizard/start-screen.tsx';
import { useAnswers, useNotice, useStash, useStep, useStorageProblem, useWizardActions, type StorageProblem } from '../state/wizard-store.ts';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { isPrintKey, printPage } from '../components/print.ts';
import { loadAnswerSheet, loadShareLinkOpener, loadWizard, SHEET_SEARCH } from './lazy-parts.ts';
import { loadResult } from './load-result.ts';
import { StashBanner } from './stash-banner.tsx';
import { useHistorySteps } from './use-history-steps.ts';

// The questionnaire (forms, dataset, engine) and the result (chart) load in their own
// chunks, so the start screen paints with React alone; one already loaded shows at once.
const Wizard = lazyPart(loadWizard);
const ShareLinkOpener = lazyPart(loadShareLinkOpener);
const ResultView = lazyPart(loadResult);
const AnswerSheet = lazyPart(loadAnswerSheet);

/** Warm the questionnaire's chunk, and the core it imports (engine, data), in parallel. */
export function prefetchWizard() {
  void loadWizard();
  void loadShareLinkOpener();
}

/** Why progress is not being saved, in plain words (the store says which). */
const STORAGE_PROBLEMS: { readonly [P in StorageProblem]: string } = {
  full: 'Your progress is not being saved: this browser’s storage for the site is full. Your answers stay in this tab; copy the share link from the result to keep them.',
  blocked: 'Your progress is not being saved: this browser does not let the site store anything. Your answers stay in this tab; copy the share link from the result to keep them.',
  newer: 'Your progress in this tab is not being saved, so as not to write over progress saved by a newer version of this app.',
};

export function App() {
  // A query string on first load may be a share link: it is read once, then the URL follows the result.
  const [linkSearch, setLinkSearch] = useState(() => (window.location.search.length > 1 && window.location.search !== SHEET_SEARCH ? window.location.search : null));
  const linkOpened = useCallback(() => { setLinkSearch(null); }, []);
  useHistorySteps(linkSearch === null);
  const step = useStep();
  const answers = useAnswers();
  const notice = useNotice();
  const stash = useStash();
  const storageProblem = useStorageProblem();
  const { goTo, restart, startWith, dismissNotice, restoreStash, forgetStash, showNotice } = useWizardActions();
  // Reloaded for a part of the app that was gone (it was updated while the page was open): say so.
  useEffect(() => {
    if (takeReloadNotice()) showNotice({ kind: 'info', message: 'The app was updated while this page was open, so it reloaded to load the new version. Your answers are kept; if you were copying or comparing, please do it again.' });
  }, [showNotice]);
  const hasProgress = Object.keys(answers).length > 0;
  // `?sheet` opens the answer sheet (a bookmark, a link from a team's wiki), with any progress kept.
  // Read on first render: the history hook writes the bare address before effects here run.
  const [sheetAsked] = useState(() => window.location.search === SHEET_SEARCH);
  useEffect(() => {
    if (sheetAsked) goTo('sheet', { replace: true });
  }, [sheetAsked, goTo]);
  // On a result, Ctrl+P and ⌘P print as the Print button does (every section, the chart, the link's
  // QR code), also while the result is still loading; the modifier key alone starts loading them.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (step !== 'result' && linkSearch === null) return;
      if (event.key === 'Control' || event.key === 'Meta') void loadResult().then((view) => { view.warmPrint(); });
      else if (isPrintKey(event)) {
        event.preventDefault();
        void loadResult();
        void printPage();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => { window.removeEventListener('keydown', onKey); };
  }, [step, linkSearch]);
  // The result's chunk loads while the user checks the answers.
  useEffect(() => {
    if (step === 'review') void loadResult();
  }, [step]);

  return (
    <>
      <header className="site-header">
        <p className="site-name">ML Framework Advisor</p>
        {step !== 'start' && (
          <button type="button" className="link-button" onClick={restart}>
            Start over
          </button>
        )}
      </header>
      <main id="main">
        {notice && (
          <Notice kind={notice.kind} details={notice.details} onDismiss={dismissNotice}>
            {notice.message}
          </Notice>
        )}
        {storageProblem && <Notice kind="problem">{STORAGE_PROBLEMS[storageProblem]}</Notice>}
        {stash && Object.keys(stash.answers).length > 0 && linkSearch === null && <StashBanner stash={stash} onRestore={restoreStash} onForget={forgetStash} />}
        <ErrorBoundary what="this page">
          <Suspense fallback={<p className="loading">Loading…</p>}>
            {linkSearch !== null ? (
              <ShareLinkOpener search={linkSearch} onDone={linkOpened} />
            ) : step === 'start' ? (
              <StartScreen
                hasProgress={hasProgress}
                onStart={() => { startWith({}, 'question:goal'); }}
                onContinue={() => { goTo('review'); }}
                onPreset={(preset) => { startWith(preset, 'review'); }}
                onSheet={() => { goTo('sheet'); }}
              />
            ) : step === 'result' ? (
              <ResultView />
            ) : step === 'sheet' ? (
              <AnswerSheet />
            ) : (
              <Wizard />
            )}
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
