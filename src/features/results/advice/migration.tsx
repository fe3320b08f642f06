import type { Recommendation } from '../../../engine/index.ts';
import type { Dataset } from '../../../schema/dataset.ts';
import { codeLabel, migrationLines, migrationSentence } from '../../../words/migration-lines.ts';
import { SourceList } from '../evidence/source-list.tsx';

function MigrationEstimateView({ estimate, result, dataset }: { readonly estimate: NonNullable<Recommendation['migration']>; readonly result: Recommendation; readonly dataset: Dataset }) {
  const { lines, note, sources } = migrationLines(estimate, dataset);
  return (
    <>
      <p>{migrationSentence(estimate, dataset, codeLabel(result, dataset))}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Migration cost and timeline table">
        <table className="migration">
          <caption className="visually-hidden">Migration cost and timeline</caption>
          <thead>
            <tr>
              <th scope="col">Project size</th>
              <th scope="col">Cost</th>
              <th scope="col">Timeline</th>
              <th scope="col">What dominates the work</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.size.id}>
                <th scope="row">{line.size.label}</th>
                <td>{line.cost}</td>
                <td>{line.duration}</td>
                <td>{line.dominatedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        {dataset.migration.includes} {note} Sources: <SourceList ids={sources} dataset={dataset} />.
      </p>
    </>
  );
}

/** The migration estimate when existing code is in another framework than the leader, and the pitfalls that apply. */
export function Migration({ result, dataset }: { readonly result: Recommendation; readonly dataset: Dataset }) {
  const { migration: estimate, pitfalls } = result;
  if (!estimate && pitfalls.length === 0) return null;
  return (
    <section aria-labelledby="migration-heading">
      <h2 id="migration-heading">{estimate ? 'Migration estimate and pitfalls' : 'Pitfalls to plan for'}</h2>
      {estimate && <MigrationEstimateView estimate={estimate} result={result} dataset={dataset} />}
      {pitfalls.length > 0 && (
        <ul className="pitfalls">
          {pitfalls.map((p) => {
            const pitfall = dataset.pitfalls.find((x) => x.id === p.pitfallId)!;
            return (
              <li key={p.pitfallId}>
                <strong>{pitfall.title}.</strong> <span className="pitfall-detail">{pitfall.detail}</span> <em>Shown because: {p.why}</em>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
