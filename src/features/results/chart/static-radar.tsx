import type { Series } from './chart-palette.ts';

/**
 * The radar drawn without the chart library, for paper: Ctrl+P before the chart has been drawn
 * (it loads when scrolled near) still prints a chart. Same series, colours and line styles;
 * hidden on screen, and in print wherever the drawn chart is there.
 */
export function StaticRadar({ labels, values, frameworks }: { readonly labels: readonly string[]; readonly values: readonly (readonly number[])[]; readonly frameworks: readonly Series[] }) {
  const n = labels.length;
  const r = 100;
  const at = (i: number, score: number) => {
    const angle = (2 * Math.PI * i) / n - Math.PI / 2;
    return [Math.cos(angle) * (r * score) / 10, Math.sin(angle) * (r * score) / 10] as const;
  };
  const ring = (score: number) => labels.map((_, i) => at(i, score).map((v) => v.toFixed(1)).join(',')).join(' ');
  return (
    <svg className="chart-fallback" viewBox="-235 -135 470 270" aria-hidden="true">
      {[2, 4, 6, 8, 10].map((s) => (
        <polygon key={s} points={ring(s)} fill="none" stroke="#bbb" strokeWidth="0.6" />
      ))}
      {labels.map((label, i) => {
        const [x, y] = at(i, 11.5);
        return (
          <text key={label} x={x.toFixed(1)} y={y.toFixed(1)} fontSize="9" textAnchor={Math.abs(x) < 5 ? 'middle' : x > 0 ? 'start' : 'end'} dominantBaseline="middle">
            {label}
          </text>
        );
      })}
      {frameworks.map((f, j) => (
        <polygon key={f.id} points={labels.map((_, i) => at(i, values[j]?.[i] ?? 0).join(',')).join(' ')} fill="none" stroke={f.color} strokeWidth="1.6" strokeDasharray={f.dash || undefined} />
      ))}
      {frameworks.map((f, j) => (
        <g key={f.id} transform={`translate(${String(-150 + j * 100)}, 128)`}>
          <line x1="0" x2="18" y1="0" y2="0" stroke={f.color} strokeWidth="1.6" strokeDasharray={f.dash || undefined} />
          <text x="22" y="0" fontSize="9" dominantBaseline="middle">
            {f.name}
          </text>
        </g>
      ))}
    </svg>
  );
}
