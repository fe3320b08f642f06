/**
 * The colours of chart series, in order: each at least 3:1 against both the light and
 * the dark background. Colour is never the only cue: the legend names each series, and the
 * table beside the chart has the same numbers by name.
 */
const CHART_PALETTE = ['#e8590c', '#3b82f6', '#2f9e44', '#ae3ec9', '#f59f00'] as const;

/** The colour of the i-th series (the palette repeats past its end). */
export const seriesColor = (index: number): string => CHART_PALETTE[index % CHART_PALETTE.length]!;
