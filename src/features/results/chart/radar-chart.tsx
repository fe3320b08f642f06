import { useEffect, useRef } from 'react';
import type { Series } from './chart-palette.ts';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';

/** The radius axis's ticks on the 0-10 scale. */
const RADIUS_TICKS = [0, 2, 4, 6, 8, 10];

/**
 * Chromium puts the chart library's layer groups (<g>) in the tab order: unnamed focus stops
 * that lead nowhere. The chart is a picture with its numbers in a table, so none of its parts
 * takes focus; this keeps them out as the library adds and redraws layers.
 */
function useNoFocusStops() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const quiet = () => {
      for (const element of root.querySelectorAll('svg, svg *')) if (element.getAttribute('tabindex') !== '-1') element.setAttribute('tabindex', '-1');
      // The chart's name says what it is and the table beside it has the numbers: its axis labels,
      // read one by one as run-together text ("Researchadoption ×1"), would only be noise.
      for (const svg of root.querySelectorAll('svg')) if (svg.getAttribute('aria-hidden') !== 'true') svg.setAttribute('aria-hidden', 'true');
    };
    quiet();
    const observer = new MutationObserver(quiet);
    observer.observe(root, { childList: true, subtree: true });
    return () => { observer.disconnect(); };
  }, []);
  return ref;
}

interface RadarPoint {
  readonly criterion: string;
  readonly [frameworkId: string]: string | number;
}

interface ScoreRadarProps {
  readonly data: readonly RadarPoint[];
  readonly frameworks: readonly Series[];
  readonly width: number;
  readonly height: number;
  readonly label: string;
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

function AxisTick({ x, y, textAnchor, payload }: { x?: number; y?: number; textAnchor?: 'start' | 'middle' | 'end'; payload?: { value: string; coordinate?: number } }) {
  const lines = wrapLabel(payload?.value ?? '');
  const first = firstLineOffset(lines.length, payload?.coordinate ?? 0);
  return (
    <text x={x} y={y} textAnchor={textAnchor} className="radar-tick">
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={i === 0 ? `${first}em` : '1.1em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * The frameworks over the weighted criteria. Fixed size (the page reserves the box, so
 * nothing shifts), no animation (print and reduced motion), the numbers in a table beside it.
 */
export default function ScoreRadar({ data, frameworks, width, height, label }: ScoreRadarProps) {
  const ref = useNoFocusStops();
  return (
    <div className="radar-figure">
    <div role="img" aria-label={label} className="radar" style={{ width, height: height - 28 }} ref={ref}>
      <RadarChart width={width} height={height - 28} data={data} outerRadius={Math.min((width - 190) / 2, (height - 28 - 70) / 2)} accessibilityLayer={false}>
        <PolarGrid className="radar-grid" />
        <PolarAngleAxis dataKey="criterion" tick={<AxisTick />} />
        {/* Ticks given, and no "nice tick" search: recharts' tick arithmetic is not bundled (scripts/build/unused-chart-parts.ts). */}
        <PolarRadiusAxis domain={[0, 10]} ticks={RADIUS_TICKS} niceTicks="none" angle={90 - 180 / data.length} axisLine={false} className="radar-radius" />
        {frameworks.map((f) => (
          <Radar key={f.id} name={f.name} dataKey={f.id} stroke={f.color} strokeWidth={2} strokeDasharray={f.dash || undefined} fill={f.color} fillOpacity={0.18} isAnimationActive={false} dot />
        ))}
      </RadarChart>
    </div>
    {/* An HTML legend: readable by everyone (screen readers too), and it prints where it belongs. */}
    <ul className="legend" aria-label="Legend">
      {frameworks.map((f) => (
        <li key={f.id}>
          {/* A sample of the series' line, colour and dashes, so the legend reads without colour too. */}
          <svg className="swatch-line" width="28" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="27" y2="5" stroke={f.color} strokeWidth="2.5" strokeDasharray={f.dash || undefined} />
            <circle cx="14" cy="5" r="2.5" fill={f.color} />
          </svg>
          {f.name}
        </li>
      ))}
    </ul>
    </div>
  );
}
