import { useEffect, useRef } from 'react';
import { isStep } from '../flow/step.ts';
import { useHistoryMode, useStep, useWizardActions } from '../state/wizard-store.ts';

/**
 * Each step is a browser history entry, so Back and Forward move between steps and
 * keep every answer. Only the result's entry carries a query string (the share link,
 * written by the result view); every other step is the bare page. Waits while a
 * share link is being opened (`active` false).
 */
export function useHistorySteps(active: boolean) {
  const step = useStep();
  const historyMode = useHistoryMode();
  const { goTo } = useWizardActions();
  const first = useRef(true);

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      const state: unknown = event.state;
      const wanted = typeof state === 'object' && state !== null && 'step' in state ? state.step : null;
      goTo(isStep(wanted) ? wanted : 'start');
    };
    window.addEventListener('popstate', onPopState);
    return () => { window.removeEventListener('popstate', onPopState); };
  }, [goTo]);

  useEffect(() => {
    if (!active) return;
    const current: unknown = window.history.state;
    const inHistory = typeof current === 'object' && current !== null && 'step' in current ? current.step : null;
    const url = step === 'result' ? window.location.search || window.location.pathname : window.location.pathname;
    if (first.current) {
      first.current = false;
      window.history.replaceState({ step }, '', url);
    } else if (inHistory !== step) {
      // A redirect (a step that cannot be shown) takes the current entry's place, so Back still leaves it.
      if (historyMode === 'replace') window.history.replaceState({ step }, '', url);
      else window.history.pushState({ step }, '', url);
    }
  }, [step, active, historyMode]);
}
