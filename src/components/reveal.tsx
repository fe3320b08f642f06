import { startTransition, useCallback, useEffect, useState, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { useOnPrint } from './print.ts';

/** Fired to show every part of a page at once ("On this page" sends it before it scrolls). */
export const REVEAL_ALL_EVENT = 'ml-framework-advisor:reveal-all';

/**
 * Renders a long page's parts one per task, in order, so that no single task blocks the
 * page: a phone paints the first screen and stays responsive while the rest fills in.
 * A part that is already shown is not rendered again when the next one arrives. Printing
 * (from the browser or the Print button) shows every part first.
 */
export function Reveal({ parts }: { readonly parts: readonly ReactElement[] }) {
  const [shown, setShown] = useState(0);
  const done = shown >= parts.length;
  useEffect(() => {
    if (done) return;
    const timer = setTimeout(() => {
      startTransition(() => { setShown((n) => n + 1); });
    }, 0);
    return () => { clearTimeout(timer); };
  }, [done, shown]);
  const showAll = useCallback(() => {
    flushSync(() => { setShown(parts.length); });
  }, [parts.length]);
  useOnPrint(showAll, !done);
  useEffect(() => {
    if (done) return;
    window.addEventListener(REVEAL_ALL_EVENT, showAll);
    return () => { window.removeEventListener(REVEAL_ALL_EVENT, showAll); };
  }, [done, showAll]);
  return <>{parts.slice(0, shown)}</>;
}
