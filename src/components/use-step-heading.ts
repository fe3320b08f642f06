import { useEffect, useRef } from 'react';

/**
 * Gives a step its page title and moves focus to its heading (tabIndex -1) when the
 * step appears, so keyboard and screen-reader users land on the new question.
 */
export function useStepHeading<T extends HTMLElement>(title: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    document.title = `${title} — ML Framework Advisor`;
    ref.current?.focus({ preventScroll: false });
  }, [title]);
  return ref;
}
