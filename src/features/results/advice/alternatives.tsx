import type { Recommendation } from '../../../engine/index.ts';
import type { Alternative, Dataset } from '../../../schema/dataset.ts';

export function AlternativeCard({ alternative, reasons }: { readonly alternative: Alternative; readonly reasons?: readonly string[] }) {
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

/**
 * A wrong comparison's page leads with the right tool: the tools its rule names, with why they
 * match, and what to do first with them (the rule's next steps, in order).
 */
export function RightTool({ result, dataset }: { readonly result: Recommendation; readonly dataset: Dataset }) {
  const verdict = result.verdict.wrongComparison;
  if (!verdict) return null;
  const reasons = new Map(result.alternatives.map((a) => [a.alternativeId, a.reasons]));
  const tools = verdict.alternativeIds.flatMap((id) => dataset.alternatives.filter((a) => a.id === id));
  return (
    <section aria-labelledby="right-tool-heading" className="right-tool">
      <h2 id="right-tool-heading">What to use</h2>
      <ul className="cards">
        {tools.map((a) => (
          <AlternativeCard key={a.id} alternative={a} reasons={reasons.get(a.id)} />
        ))}
      </ul>
      {verdict.nextSteps.length > 0 && (
        <>
          <h2 id="first-steps-heading">First steps</h2>
          <ol className="first-steps" aria-labelledby="first-steps-heading">
            {verdict.nextSteps.map((step) => (
              <li key={step.title}>
                <strong>{step.title}.</strong> {step.detail}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** Alternatives that match the answers, with why; the others are one click away. A wrong comparison's own tools lead its page instead. */
export function Alternatives({ result, dataset }: { readonly result: Recommendation; readonly dataset: Dataset }) {
  const leading = new Set(result.verdict.wrongComparison?.alternativeIds);
  const matched = new Map(result.alternatives.filter((a) => !leading.has(a.alternativeId)).map((a) => [a.alternativeId, a.reasons]));
  const others = dataset.alternatives.filter((a) => !matched.has(a.id) && !leading.has(a.id));
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
