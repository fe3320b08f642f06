import { useEffect, useRef } from 'react';

/**
 * Gives a step its page title and moves focus to its heading (tabIndex -1) when the
 * step appears, so keyboard and screen-reader users land on the new content. A title
 * that changes later (a what-if slider changing the verdict) updates the page title
 * but leaves focus where the user is.
 */
export function useStepHeading<T extends HTMLElement>(title: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    document.title = `${title} — ML Framework Advisor`;
  }, [title]);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
