import type { Recommendation } from '../../../engine/index.ts';
import type { Dataset } from '../../../schema/dataset.ts';
import { seriesFor } from '../chart/chart-palette.ts';
import { robustnessSentence } from '../../../words/explain.ts';

/**
 * Under the headline: how often the leader stays first over the plausible scorings, as one
 * sentence, and a bar of who leads how often, in the same order as the sentence names them
 * (the sentence is its text twin, so the bar is hidden from screen readers; its segments
 * carry the frameworks' chart colours).
 */
export function Robustness({ result, dataset }: { readonly result: Recommendation; readonly dataset: Dataset }) {
  const sentence = robustnessSentence(result, dataset);
  const { robustness } = result;
  if (!sentence || !robustness) return null;
  // The chart's series (colour by framework), so the bar and the radar agree.
  const series = seriesFor(dataset.frameworks);
  const segment = (frameworkId: string, share: number) => {
    const s = series.find((x) => x.id === frameworkId);
    return { key: frameworkId, label: s?.name ?? frameworkId, share, colour: s?.color ?? 'var(--border)' };
  };
  const segments = [
    segment(result.verdict.leaderId, robustness.held),
    ...robustness.others.map((o) => segment(o.frameworkId, o.share)),
    { key: 'level', label: 'tie', share: robustness.level, colour: 'var(--border)' },
  ].filter((s) => s.share >= 0.005);
  return (
    <div className="robustness">
      <div className="robustness-bar" aria-hidden="true">
        {segments.map((s) => (
          <span key={s.key} title={`${s.label}: ${Math.round(s.share * 100)} of 100`} style={{ width: `${(s.share * 100).toFixed(1)}%`, background: s.colour }} />
        ))}
      </div>
      <p className="robustness-line">{sentence}</p>
    </div>
  );
}
