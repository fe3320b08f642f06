import { useEffect, useRef } from 'react';

/**
 * Printing, in one place. A page prints in full only once every part of it is on the page:
 * the sections a long page reveals one by one, the charts drawn as they scroll into view, the
 * link's QR code. Each such part says what it needs with `useOnPrint`; `printPage` (the Print
 * button, Ctrl+P or ⌘P) runs them all, waits for what they load, then opens the browser's
 * dialog. A print started from the browser's own menu runs them too (`beforeprint`), though
 * only what is already loaded reaches that paper.
 */
type Prepare = () => unknown;

const preparers = new Set<Prepare>();
/** Pages that can print (the result), and the prints waiting for one to appear. */
let printablePages = 0;
let waitingForPage: (() => void)[] = [];

/** Ctrl+P or ⌘P (without Alt or Shift): the browser's print shortcut, which the app answers itself. */
export const isPrintKey = (event: KeyboardEvent): boolean => (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p';

/** `prepare` (the component's latest) runs when a print is on its way, while `active`; what it returns, the print waits for. */
export function useOnPrint(prepare: Prepare, active = true): void {
  const latest = useRef(prepare);
  useEffect(() => {
    latest.current = prepare;
  });
  useEffect(() => {
    if (!active) return;
    const run = () => latest.current();
    preparers.add(run);
    const fromBrowser = () => {
      void run();
    };
    window.addEventListener('beforeprint', fromBrowser);
    return () => {
      preparers.delete(run);
      window.removeEventListener('beforeprint', fromBrowser);
    };
  }, [active]);
}

/** Marks the page on screen as one that prints: a print asked for while it loads waits for it. */
export function usePrintablePage(): void {
  useEffect(() => {
    printablePages += 1;
    const waiting = waitingForPage;
    waitingForPage = [];
    for (const resume of waiting) resume();
    return () => {
      printablePages -= 1;
    };
  }, []);
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Runs every part's preparation and waits for what they load. Parts that appear while this runs
 * (a section revealed for the print, with a chart in it) are prepared in the next round.
 */
export async function preparePrint(): Promise<void> {
  const done = new Set<Prepare>();
  for (let round = 0; round < 5; round += 1) {
    const fresh = [...preparers].filter((p) => !done.has(p));
    if (fresh.length === 0) return;
    for (const p of fresh) done.add(p);
    // A preparation that fails (a chunk that did not load) leaves its part as it is: the rest still prints.
    await Promise.allSettled(fresh.map((p) => new Promise((resolve) => { resolve(p()); })));
    await nextFrame();
  }
}

/** Prints the page once a printable one is on screen (5 s at most, then whatever is there), every part of it prepared first. */
export async function printPage(): Promise<void> {
  if (printablePages === 0) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 5000);
      waitingForPage.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  await preparePrint();
  await nextFrame();
  window.print();
}
