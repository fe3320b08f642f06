import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { reloadOnceOnMissingChunk } from '../../../components/load-once.ts';
import { REVEAL_ALL_EVENT } from '../../../components/reveal.tsx';

import { PRINT_EVENT } from '../share-print/print-event.ts';
import { loadQrEncoder } from '../share-print/print-link.tsx';
// Not memoised: each lazy chart asks for the module itself (one shared promise hung React's lazy in jsdom).
export const loadRadarChart = reloadOnceOnMissingChunk(() => import('./radar-chart.tsx'));

/**
 * The chart is the heaviest thing on the page (recharts), so it is drawn when its box
 * comes near the viewport, the way images load lazily: on a phone the headline and the
 * reasons are usable first. Printing always gets it: the Print button loads it first,
 * and a print started from the browser draws it if it is loaded.
 */
export function useChartWanted<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [wanted, setWanted] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (wanted) return;
    const show = () => {
      flushSync(() => {
        setWanted(true);
      });
    };
    // A fifth of the box in view: a chart peeking at the bottom edge of a phone waits for the scroll.
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setWanted(true);
    }, { threshold: 0.2 });
    if (ref.current) observer.observe(ref.current);
    window.addEventListener('beforeprint', show);
    window.addEventListener(PRINT_EVENT, show);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
      window.removeEventListener(PRINT_EVENT, show);
    };
  }, [wanted]);
  return { ref, wanted };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Loads and draws every chart on the page, waits until none is still loading (3 s at most), then opens the print dialog. */
export async function printWithCharts() {
  // Every section first (the result fills in over its first moments), then every chart.
  window.dispatchEvent(new Event(REVEAL_ALL_EVENT));
  window.dispatchEvent(new Event(PRINT_EVENT));
  await Promise.all([loadRadarChart(), loadQrEncoder()]);
  const deadline = performance.now() + 3000;
  do await nextFrame();
  while (document.querySelector('.chart-box .loading') !== null && performance.now() < deadline);
  await nextFrame();
  window.print();
}

/** Starts loading what a print needs (the chart, the link's QR encoder): the Ctrl or ⌘ key held before P. */
export function warmPrint() {
  void loadRadarChart();
  void loadQrEncoder();
}
