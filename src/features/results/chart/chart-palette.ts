/**
 * The colours of chart series, in order: each at least 3:1 against both the light and
 * the dark background. Colour is never the only cue: each series also has its own line style
 * (solid, dashed, dotted…), the legend names each series beside a sample of its line, and the
 * table beside the chart has the same numbers by name.
 */
const CHART_PALETTE = ['#e8590c', '#3b82f6', '#2f9e44', '#ae3ec9', '#f59f00'] as const;

/** The colour of the i-th series (the palette repeats past its end). */
export const seriesColor = (index: number): string => CHART_PALETTE[index % CHART_PALETTE.length]!;

/** SVG dash patterns, in order: solid, dashed, dotted, dash-dot, long dash. */
const SERIES_DASHES = ['', '7 4', '2 3', '9 3 2 3', '14 5'] as const;

/** The line style of the i-th series, told apart from its neighbours without colour ('' is solid). */
export const seriesDash = (index: number): string => SERIES_DASHES[index % SERIES_DASHES.length]!;

/** A chart series: its id, name, colour and line style. */
export interface Series {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly dash: string;
}

/** Series for items in order: `[{ id, name }]` -> colour and line style by position. */
export const seriesFor = (items: readonly { readonly id: string; readonly name: string }[]): Series[] =>
  items.map((item, i) => ({ id: item.id, name: item.name, color: seriesColor(i), dash: seriesDash(i) }));
