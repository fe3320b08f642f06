import { useEffect, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { loadOnce } from '../../../components/load-once.ts';
import { useOnPrint } from '../../../components/print.ts';

/** The interactive radar (recharts), loaded once for every chart on the page. */
export const loadRadarChart = loadOnce(() => import('./radar-chart.tsx'));

/**
 * The chart is the heaviest thing on the page (recharts), so it is drawn when its box
 * comes near the viewport, the way images load lazily: on a phone the headline and the
 * reasons are usable first. Printing always gets it: a print on its way loads it and draws
 * it before the dialog opens (a print from the browser's menu draws it if it is loaded).
 */
export function useChartWanted<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [wanted, setWanted] = useState(() => typeof IntersectionObserver === 'undefined');
  // Drawn again once loaded, so a chart that was still loading when the print began is on the paper.
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (wanted) return;
    // A fifth of the box in view: a chart peeking at the bottom edge of a phone waits for the scroll.
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setWanted(true);
    }, { threshold: 0.2 });
    if (ref.current) observer.observe(ref.current);
    return () => { observer.disconnect(); };
  }, [wanted]);
  useOnPrint(async () => {
    await loadRadarChart();
    flushSync(() => {
      setWanted(true);
      redraw();
    });
  });
  return { ref, wanted };
}
