import type { Recommendation } from '../../engine/index.ts';
import type { Dataset, DeploymentPath } from '../../schema/dataset.ts';
import { frameworkName } from '../../components/dataset-names.ts';

/** A label for every maturity the schema allows: a new one fails to compile until it has words here. */
const MATURITY: { readonly [M in DeploymentPath['maturity']]: string } = {
  mature: 'mature',
  maturing: 'maturing',
  beta: 'beta',
  stalled: 'stalled',
  unofficial: 'no official runtime',
  unrated: 'not rated by our sources',
};

/** The deployment path for the leader on each target the user chose, with its maturity. */
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
                <strong>{path.runtime}</strong> <span className={`maturity maturity-${path.maturity}`}>{MATURITY[path.maturity]}</span> — {path.note}
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}
