import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Notice } from '../components/notice.tsx';
import { StartScreen } from '../features/wizard/start-screen.tsx';
import { useAnswers, useNotice, useStep, useWizardActions } from '../state/wizard-store.ts';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { useHistorySteps } from './use-history-steps.ts';

// The questionnaire (forms, dataset, engine) and the result (chart) load in their own
// chunks, so the start screen paints with React alone.
const loadWizard = () => import('../features/wizard/wizard.tsx');
const loadResult = () => import('../features/results/result-view.tsx');
const Wizard = lazy(loadWizard);
const ShareLinkOpener = lazy(() => import('./open-share-link.tsx'));
const ResultView = lazy(loadResult);

/** Warm the questionnaire's chunk once the start screen is up. */
export function prefetchWizard() {
  void loadWizard();
}

export function App() {
  // A query string on first load may be a share link: it is read once, then the URL follows the result.
  const [linkSearch, setLinkSearch] = useState(() => (window.location.search.length > 1 ? window.location.search : null));
  const linkOpened = useCallback(() => { setLinkSearch(null); }, []);
  useHistorySteps(linkSearch === null);
  const step = useStep();
  const answers = useAnswers();
  const notice = useNotice();
  const { goTo, restart, startWith, dismissNotice } = useWizardActions();
  const hasProgress = Object.keys(answers).length > 0;
  // The result's chunk (with the chart) loads while the user checks the answers.
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
              />
            ) : step === 'result' ? (
              <ResultView />
            ) : (
              <Wizard />
            )}
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
