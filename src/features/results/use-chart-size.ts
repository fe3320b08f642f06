import { useSyncExternalStore } from 'react';

/** The chart's box: the same sizes as .chart-box in styles.css, so the space is reserved before the chart loads. */
const PHONE = { width: 340, height: 340 } as const;
const WIDE = { width: 500, height: 420 } as const;
const QUERY = '(max-width: 40rem)';

function subscribe(onChange: () => void) {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => { media.removeEventListener('change', onChange); };
}

export function useChartSize(): { readonly width: number; readonly height: number } {
  const phone = useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches, () => false);
  return phone ? PHONE : WIDE;
}
