import type { Recommendation } from '../../../engine/index.ts';
import type { Dataset, DeploymentPath } from '../../../schema/dataset.ts';
import { frameworkName, lowerFirst, optionLabel } from '../../../words/dataset-names.ts';
import { MATURITY, statusWords } from '../../../words/path-words.ts';

/** One path: its runtime, then its maturity or, when no longer maintained, that, with since when. */
function PathItem({ path }: { readonly path: DeploymentPath }) {
  const status = statusWords(path);
  return (
    <dd>
      {status && <em>If you use it today: </em>}
      <strong>{path.runtime}</strong>{' '}
      {status ? (
        // No longer maintained: that, not how proven it once was, is what the reader needs.
        <span className="maturity path-status">{status}</span>
      ) : (
        <span className={`maturity maturity-${path.maturity}`}>{MATURITY[path.maturity]}</span>
      )}
      <span className="path-note"> — {path.note}</span>
    </dd>
  );
}

/**
 * The next step in one line, for the top of the page: each chosen target's first (most proven)
 * path, or a wrong comparison's first step. "Next: vLLM, mature, for cloud or our own servers;
 * ExecuTorch, maturing, for phones."
 */
export function NextStepLine({ result, dataset }: { readonly result: Recommendation; readonly dataset: Dataset }) {
  const wrong = result.verdict.wrongComparison;
  const first = wrong?.nextSteps[0];
  if (first) {
    return (
      <p className="next-line">
        <strong>First step:</strong> {first.title}.
      </p>
    );
  }
  const steps = result.nextSteps.flatMap((step) => {
    const path = step.paths[0];
    return path ? [`${path.runtime}, ${statusWords(path) ?? MATURITY[path.maturity]}, for ${lowerFirst(optionLabel(dataset, dataset.meta.roles.targets, step.targetId))}`] : [];
  });
  if (steps.length === 0) return null;
  return (
    <p className="next-line">
      <strong>Next:</strong> {steps.slice(0, 3).join('; ')}
      {steps.length > 3 ? `; and ${String(steps.length - 3)} more target${steps.length > 4 ? 's' : ''} below.` : '.'}
    </p>
  );
}

/** The deployment path for the leader on each target the user chose, with its maturity and, unless maintained, its status. */
export function NextSteps({ result, dataset }: { readonly result: Recommendation; readonly dataset: Dataset }) {
  if (result.nextSteps.length === 0) return null;
  return (
    <section aria-labelledby="next-steps-heading" className="next-steps-section">
      <h2 id="next-steps-heading">Next steps with {frameworkName(dataset, result.verdict.leaderId)}</h2>
      <dl className="next-steps">
        {result.nextSteps.map((step) => (
          <div key={`${step.frameworkId}:${step.targetId}`}>
            <dt>{optionLabel(dataset, dataset.meta.roles.targets, step.targetId)}</dt>
            {step.paths.map((path) => (
              <PathItem key={path.runtime} path={path} />
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}
