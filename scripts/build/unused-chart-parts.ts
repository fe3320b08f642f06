import type { Plugin } from 'vite';

/**
 * Parts of d3 that recharts pulls in but this app's one chart (a radar with numeric axes)
 * never runs, replaced at build time by functions that throw if ever called:
 * - d3-scale's time scales (d3-time, d3-time-format): recharts looks scales up by name in
 *   d3-scale's whole namespace, so tree-shaking keeps them;
 * - d3-scale's `tickFormat` (d3-format): recharts formats ticks itself and never calls it;
 * - colour interpolation (d3-color, for d3-interpolate): the chart's scales map numbers to
 *   numbers, which d3-interpolate does without parsing colours;
 * - decimal arithmetic (decimal.js-light) for recharts' "nice" ticks, which the radar's radius
 *   axis does not ask for: it gives its ticks and sets `niceTicks="none"`.
 * About 15 KB gzip, and their set-up at load. A chart that starts using any of them fails
 * loudly in the browser tests instead of drawing nonsense; each import list is checked by the
 * bundler, so a d3 upgrade that imports another name fails the build.
 * (docs/decisions/0008-three-frameworks-and-the-budget.md)
 */
const STUBS: readonly { readonly from: RegExp; readonly source: string; readonly names: readonly string[] }[] = [
  {
    from: /[\\/]d3-scale[\\/]/,
    source: 'd3-time',
    names: ['timeSecond', 'timeMinute', 'timeHour', 'timeDay', 'timeWeek', 'timeMonth', 'timeYear', 'timeTickInterval', 'timeTicks', 'utcSecond', 'utcMinute', 'utcHour', 'utcDay', 'utcWeek', 'utcMonth', 'utcYear', 'utcTickInterval', 'utcTicks'],
  },
  { from: /[\\/]d3-scale[\\/]/, source: 'd3-time-format', names: ['timeFormat', 'utcFormat'] },
  { from: /[\\/]d3-scale[\\/]/, source: 'd3-format', names: ['formatSpecifier', 'precisionFixed', 'precisionRound', 'precisionPrefix', 'formatPrefix', 'format'] },
  { from: /[\\/]d3-interpolate[\\/]/, source: 'd3-color', names: ['rgb', 'color', 'hsl', 'lab', 'hcl', 'cubehelix'] },
  // recharts' "nice tick" search, for axes without given ticks: the radar gives its ticks (radar-chart.tsx).
  { from: /[\\/]recharts[\\/].*[\\/]util[\\/]scale[\\/]/, source: 'decimal.js-light', names: ['default'] },
];
const PREFIX = '\0unused-chart-part:';

export function unusedChartParts(): Plugin {
  return {
    name: 'unused-chart-parts',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      const stub = STUBS.find((s) => s.source === source && importer !== undefined && s.from.test(importer));
      return stub ? `${PREFIX}${stub.source}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const stub = STUBS.find((s) => s.source === id.slice(PREFIX.length))!;
      return `function unused() { throw new Error('${stub.source} is not bundled (scripts/build/unused-chart-parts.ts).'); }\nexport { ${stub.names.map((n) => `unused as ${n}`).join(', ')} };\n`;
    },
  };
}
