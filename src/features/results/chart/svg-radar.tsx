import type { Series } from './chart-palette.ts';

/** One criterion of the radar: its label, and each framework's score by id. */
export interface RadarPoint {
  readonly criterion: string;
  readonly [frameworkId: string]: string | number;
}

export interface RadarProps {
  readonly data: readonly RadarPoint[];
  readonly frameworks: readonly Series[];
  readonly width: number;
  readonly height: number;
  /** The chart's text alternative (the table beside it has the numbers). */
  readonly label: string;
  /** A framework the reader picked in the legend: drawn on top, the others faded. */
  readonly highlight?: string | null;
}

/** The radius axis's ticks on the 0-10 scale. */
export const RADIUS_TICKS = [0, 2, 4, 6, 8, 10];
/** The legend's row under the chart. */
export const LEGEND_HEIGHT = 28;

/** Where the radar sits in its box: the same for our drawing and recharts', so the interactive one replaces it in place. */
export function radarGeometry(width: number, height: number) {
  const plotHeight = height - LEGEND_HEIGHT;
  const outer = Math.max(10, Math.min((width - 190) / 2, (plotHeight - 70) / 2));
  // On a small radar (a phone) the scale's numbers would pile up in the middle; the table has them.
  return { plotHeight, cx: width / 2, cy: plotHeight / 2, outer, radiusLabels: outer >= 90 };
}

/** Wraps an axis label into short lines (greedy, about 13 characters) so it stays inside the box on a phone. */
export function wrapLabel(label: string, width = 13): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The first line's offset (em) for a label of `count` lines at `angle` degrees (90 is the
 * top): labels above the chart grow upwards and labels below it downwards, so that no
 * label sits on the grid or on a point at 10; labels at the sides are centred.
 */
export function firstLineOffset(count: number, angle: number): number {
  const up = Math.sin((angle * Math.PI) / 180);
  if (up > 0.5) return -(count - 1) * 1.1;
  if (up < -0.5) return 0.8;
  return -((count - 1) * 1.1) / 2 + 0.35;
}

/** A wrapped axis label at (x, y), anchored away from the chart. */
export function AxisLabel({ x, y, angle, text }: { readonly x: number; readonly y: number; readonly angle: number; readonly text: string }) {
  const lines = wrapLabel(text);
  const cos = Math.cos((angle * Math.PI) / 180);
  const anchor = cos > 1e-5 ? 'start' : cos < -1e-5 ? 'end' : 'middle';
  const first = firstLineOffset(lines.length, angle);
  return (
    <text x={x} y={y} textAnchor={anchor} className="radar-tick">
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={i === 0 ? `${first.toFixed(2)}em` : '1.1em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

const f1 = (n: number) => n.toFixed(1);

/**
 * The frameworks over the weighted criteria, drawn as plain SVG: on the first paint, on paper
 * and in the comparison, with no chart library to load. Fixed size (the page reserves the
 * box), the first criterion at the top and the rest clockwise; each framework with its colour,
 * line style and dots, so it reads without colour too. The numbers are in the table beside it.
 */
export function SvgRadar({ data, frameworks, width, height, label, highlight = null }: RadarProps) {
  const { plotHeight, cx, cy, outer, radiusLabels } = radarGeometry(width, height);
  const n = data.length;
  const angleOf = (i: number) => 90 - (360 * i) / n;
  const point = (i: number, radius: number) => {
    const a = (angleOf(i) * Math.PI) / 180;
    return [cx + radius * Math.cos(a), cy - radius * Math.sin(a)] as const;
  };
  const ring = (radius: number) => data.map((_, i) => point(i, radius).map(f1).join(',')).join(' ');
  const radiusAngle = ((90 - 180 / n) * Math.PI) / 180;
  // The picked framework is drawn last, on top.
  const order = highlight === null ? frameworks : [...frameworks.filter((f) => f.id !== highlight), ...frameworks.filter((f) => f.id === highlight)];
  return (
    <svg role="img" aria-label={label} className="radar svg-radar" width={width} height={plotHeight} viewBox={`0 0 ${String(width)} ${String(plotHeight)}`}>
      {/* One picture, named above, with its numbers in the table: its labels and ticks are not read one by one. */}
      <g aria-hidden="true">
        <g className="radar-grid">
          {RADIUS_TICKS.filter((t) => t > 0).map((t) => (
            <polygon key={t} points={ring((outer * t) / 10)} fill="none" />
          ))}
          {data.map((d, i) => {
            const [x, y] = point(i, outer);
            return <line key={d.criterion} x1={f1(cx)} y1={f1(cy)} x2={f1(x)} y2={f1(y)} />;
          })}
        </g>
        <g className="radar-radius">
          {radiusLabels && RADIUS_TICKS.map((t) => (
            <text key={t} x={f1(cx + ((outer * t) / 10) * Math.cos(radiusAngle))} y={f1(cy - ((outer * t) / 10) * Math.sin(radiusAngle))} textAnchor="middle" dy="0.35em">
              {t}
            </text>
          ))}
        </g>
        {data.map((d, i) => {
          const [x, y] = point(i, outer + 8);
          return <AxisLabel key={d.criterion} x={x} y={y} angle={angleOf(i)} text={d.criterion} />;
        })}
        {order.map((f) => {
          const faded = highlight !== null && highlight !== f.id;
          const points = data.map((d, i) => point(i, (outer * Number(d[f.id] ?? 0)) / 10));
          return (
            <g key={f.id} className="radar-series" opacity={faded ? 0.25 : 1}>
              <polygon points={points.map((p) => p.map(f1).join(',')).join(' ')} fill={f.color} fillOpacity={0.18} stroke={f.color} strokeWidth={highlight === f.id ? 3 : 2} strokeDasharray={f.dash || undefined} />
              {points.map(([x, y], i) => (
                <circle key={data[i]!.criterion} cx={f1(x)} cy={f1(y)} r={3} fill={f.color} />
              ))}
            </g>
          );
        })}
      </g>
    </svg>
  );
}

/**
 * The chart's legend in HTML: readable by everyone, it prints where it belongs, and each entry
 * is a button that picks its framework out (pressed again, or another, to change).
 */
export function RadarLegend({ frameworks, highlight, onHighlight }: { readonly frameworks: readonly Series[]; readonly highlight: string | null; readonly onHighlight: (id: string | null) => void }) {
  return (
    <ul className="legend" aria-label="Legend: pick a framework out">
      {frameworks.map((f) => (
        <li key={f.id}>
          <button type="button" className="legend-button" aria-pressed={highlight === f.id} onClick={() => { onHighlight(highlight === f.id ? null : f.id); }}>
            {/* A sample of the series' line, colour and dashes, so the legend reads without colour too. */}
            <svg className="swatch-line" width="28" height="10" aria-hidden="true">
              <line x1="1" y1="5" x2="27" y2="5" stroke={f.color} strokeWidth="2.5" strokeDasharray={f.dash || undefined} />
              <circle cx="14" cy="5" r="2.5" fill={f.color} />
            </svg>
            {f.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
