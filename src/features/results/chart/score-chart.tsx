import { Component, Suspense, useState, type ReactNode } from 'react';
import { lazyPart } from '../../../components/lazy-part.tsx';
import { loadOnce } from '../../../components/load-once.ts';
import { AxisLabel, RADIUS_TICKS, RadarLegend, radarGeometry, SvgRadar, type RadarProps } from './svg-radar.tsx';

/**
 * The interactive radar (recharts: each framework's value on a criterion under the pointer),
 * loaded once, when a reader first points at or taps a chart: never for the first paint or for
 * print, which draw our own SVG.
 */
const loadInteractiveRadar = loadOnce(() => import(/* on-request */ './radar-chart.tsx'));
const InteractiveRadar = lazyPart(loadInteractiveRadar);

/** If the interactive chart cannot load (offline after a redeploy), the drawing stays: it has everything but the tooltip. */
class KeepDrawing extends Component<{ readonly drawing: ReactNode; readonly children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.warn('The interactive chart could not be shown; the drawing stays:', error);
  }
  override render() {
    return this.state.failed ? this.props.drawing : this.props.children;
  }
}

/**
 * A radar chart with its legend: drawn at once as plain SVG; a legend entry picks its framework
 * out; pointing at or tapping the chart swaps in the interactive one in the same place.
 */
export function ScoreChart(props: Omit<RadarProps, 'highlight'>) {
  const [highlight, setHighlight] = useState<string | null>(null);
  const [interactive, setInteractive] = useState(false);
  const drawing = <SvgRadar {...props} highlight={highlight} />;
  // Swapped in once loaded, so the drawing never gives way to a placeholder; a failed load keeps the drawing.
  const wake = () => {
    if (!interactive) loadInteractiveRadar().then(() => { setInteractive(true); }, () => undefined);
  };
  return (
    <div className="radar-figure">
      <div className="radar-plot" style={{ height: props.height - 28 }} onPointerEnter={wake} onTouchStart={wake}>
        {interactive ? (
          <KeepDrawing drawing={drawing}>
            <Suspense fallback={drawing}>
              {/* The drawing's geometry and labels, handed over so that the library's chunk shares no module with the page's. */}
              <InteractiveRadar {...props} highlight={highlight} geometry={radarGeometry(props.width, props.height)} ticks={RADIUS_TICKS} Label={AxisLabel} />
            </Suspense>
          </KeepDrawing>
        ) : (
          drawing
        )}
      </div>
      <RadarLegend frameworks={props.frameworks} highlight={highlight} onHighlight={setHighlight} />
    </div>
  );
}
