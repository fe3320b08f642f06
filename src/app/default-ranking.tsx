import { defaultDataset } from '../data/default-dataset.ts';
import { recommend } from '../engine/index.ts';

/** The framework ranking for the default answers (the seed's equal weights). */
export default function DefaultRanking() {
  const result = recommend({});
  if (!result.ok) return <p role="alert">The default answers are invalid.</p>;
  const nameOf = (id: string) => defaultDataset.frameworks.find((f) => f.id === id)?.name ?? id;
  return (
    <table>
      <caption>Framework ranking</caption>
      <thead>
        <tr>
          <th scope="col">Rank</th>
          <th scope="col">Framework</th>
          <th scope="col">Score (0–10)</th>
        </tr>
      </thead>
      <tbody>
        {result.ranking.map((r, i) => (
          <tr key={r.frameworkId}>
            <td>{i + 1}</td>
            <th scope="row">{nameOf(r.frameworkId)}</th>
            <td>{r.score.toFixed(1)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
