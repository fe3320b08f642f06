import type { Recommendation } from '../../engine/index.ts';
import type { Dataset } from '../../schema/dataset.ts';
import { frameworkName } from '../../components/dataset-names.ts';
import { MATURITY, statusWords } from './path-words.ts';

/** The deployment path for the leader on each target the user chose, with its maturity and, unless maintained, its status. */
export function NextSteps({ result, dataset }: { readonly result: Recommendation; readonly dataset: Dataset }) {
  if (result.nextSteps.length === 0) return null;
  const targets = dataset.questions.find((q) => q.id === dataset.meta.roles.targets);
  return (
    <section aria-labelledby="next-steps-heading" className="no-print">
      <h2 id="next-steps-heading">Next steps with {frameworkName(dataset, result.verdict.leaderId)}</h2>
      <dl className="next-steps">
        {result.nextSteps.map((step) => (
          <div key={step.targetId}>
            <dt>{targets?.options.find((o) => o.id === step.targetId)?.label ?? step.targetId}</dt>
            {step.paths.map((path) => (
              <dd key={path.runtime}>
                {statusWords(path) && <em>If you use it today: </em>}
                <strong>{path.runtime}</strong>{' '}
                {statusWords(path) ? (
                  // No longer maintained: that, not how proven it once was, is what the reader needs.
                  <span className="maturity path-status">{statusWords(path)}</span>
                ) : (
                  <span className={`maturity maturity-${path.maturity}`}>{MATURITY[path.maturity]}</span>
                )}{' '}
                — {path.note}
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}
