import { useSyncExternalStore } from 'react';

/** The chart's box: the same sizes as .chart-box in styles.css, so the space is reserved before the chart loads. */
const SIZES = [
  // At 320 px (WCAG reflow) the page has about 290 px.
  { query: '(max-width: 23.4rem)', size: { width: 280, height: 300 } },
  { query: '(max-width: 40rem)', size: { width: 340, height: 340 } },
] as const;
const WIDE = { width: 500, height: 420 } as const;

function subscribe(onChange: () => void) {
  const lists = SIZES.map(({ query }) => window.matchMedia(query));
  for (const list of lists) list.addEventListener('change', onChange);
  return () => {
    for (const list of lists) list.removeEventListener('change', onChange);
  };
}

/** Which size applies, as an index into SIZES (or -1 for the widest): a number, so the snapshot is stable. */
const currentIndex = () => SIZES.findIndex(({ query }) => window.matchMedia(query).matches);

export function useChartSize(): { readonly width: number; readonly height: number } {
  const index = useSyncExternalStore(subscribe, currentIndex, () => -1);
  return index < 0 ? WIDE : SIZES[index]!.size;
}
