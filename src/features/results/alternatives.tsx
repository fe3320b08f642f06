import type { Recommendation } from '../../engine/index.ts';
import type { Alternative, Dataset } from '../../schema/dataset.ts';

function AlternativeCard({ alternative, reasons }: { readonly alternative: Alternative; readonly reasons?: readonly string[] }) {
  return (
    <li className="card">
      <h3>{alternative.name}</h3>
      {reasons && reasons.length > 0 && (
        <p>
          <strong>Why it matches:</strong> {reasons.join(' ')}
        </p>
      )}
      <p>
        <strong>Best for:</strong> {alternative.bestFor}
      </p>
      <p className="card-detail">
        <strong>Biggest gotcha:</strong> {alternative.gotcha}
      </p>
      <p className="card-detail">
        <strong>Pricing:</strong> {alternative.pricing}
        {alternative.examples && ` For example: ${alternative.examples.join(', ')}.`}
      </p>
    </li>
  );
}

/** Alternatives that match the answers, with why; the others are one click away. */
export function Alternatives({ result, dataset }: { readonly result: Recommendation; readonly dataset: Dataset }) {
  const matched = new Map(result.alternatives.map((a) => [a.alternativeId, a.reasons]));
  const others = dataset.alternatives.filter((a) => !matched.has(a.id));
  return (
    <section aria-labelledby="alternatives-heading">
      <h2 id="alternatives-heading">Alternatives worth a look</h2>
      {matched.size > 0 ? (
        <ul className="cards">
          {dataset.alternatives
            .filter((a) => matched.has(a.id))
            .map((a) => (
              <AlternativeCard key={a.id} alternative={a} reasons={matched.get(a.id)} />
            ))}
        </ul>
      ) : (
        <p>None of the alternatives matches your answers.</p>
      )}
      {others.length > 0 && (
        <details className="others">
          <summary>Other alternatives ({others.length})</summary>
          <ul className="cards">
            {others.map((a) => (
              <AlternativeCard key={a.id} alternative={a} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
