import { useEffect, useRef } from 'react';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import type { AxisLabel, RadarProps, radarGeometry } from './svg-radar.tsx';

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

interface InteractiveProps extends RadarProps {
  readonly geometry: ReturnType<typeof radarGeometry>;
  readonly ticks: readonly number[];
  readonly Label: typeof AxisLabel;
}

/**
 * The same radar as our SVG drawing (same box, centre, radius and labels), with recharts'
 * tooltip: each framework's value on the criterion under the pointer. Loaded on the reader's
 * first point or tap at a chart (score-chart.tsx); no animation.
 */
export default function InteractiveRadar({ data, frameworks, width, label, highlight = null, geometry, ticks, Label }: InteractiveProps) {
  const ref = useNoFocusStops();
  const { plotHeight, outer } = geometry;

  return (
    <div role="img" aria-label={label} className="radar" style={{ width, height: plotHeight }} ref={ref}>
      <RadarChart width={width} height={plotHeight} data={data} outerRadius={outer} margin={{ top: 0, right: 0, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <PolarGrid className="radar-grid" />
        <PolarAngleAxis dataKey="criterion" tick={(tick) => <Label x={Number(tick.x)} y={Number(tick.y)} angle={tick.payload.coordinate} text={String(tick.payload.value)} />} />
        {/* Ticks given, and no "nice tick" search: recharts' tick arithmetic is not bundled (scripts/build/unused-chart-parts.ts). */}
        <PolarRadiusAxis domain={[0, 10]} ticks={[...ticks]} niceTicks="none" angle={90 - 180 / data.length} axisLine={false} className="radar-radius" tick={geometry.radiusLabels} />
        {/* In the page's colours, light and dark (recharts' default box is white). */}
        <Tooltip isAnimationActive={false} contentStyle={{ background: 'var(--bg)', color: 'var(--fg)', border: '1px solid var(--border-soft)', borderRadius: 4 }} labelStyle={{ color: 'var(--fg)', fontWeight: 600 }} />
        {frameworks.map((f) => (
          <Radar
            key={f.id}
            name={f.name}
            dataKey={f.id}
            stroke={f.color}
            strokeWidth={highlight === f.id ? 3 : 2}
            strokeDasharray={f.dash || undefined}
            fill={f.color}
            fillOpacity={0.18}
            opacity={highlight !== null && highlight !== f.id ? 0.25 : 1}
            isAnimationActive={false}
            dot
          />
        ))}
      </RadarChart>
    </div>
  );
}
