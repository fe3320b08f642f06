import { chosenOptions } from '../schema/answer-values.ts';
import { evaluateCondition, existingCode, type ConditionContext } from './conditions.ts';
import type { MigrationEstimate } from './types.ts';

/**
 * The migration the recommendation implies: existing code in another framework than
 * the leader (for Keras 3 code, on another backend: a backend switch), or code that must
 * be rewritten whichever framework leads (TensorFlow 1).
 * `{ codebase: 'tf2', projectSize: 'medium' }` with PyTorch leading ->
 * tensorflow -> pytorch, a port, size medium, measured (the source's own direction).
 * Null when there is nothing to migrate.
 */
export function estimateMigration(context: ConditionContext): MigrationEstimate | null {
  const code = existingCode(context.answers, context.dataset);
  const to = context.leaderId();
  if (code === null || (code.frameworkId === to && !code.rewrite)) return null;
  const { migration } = context.dataset;
  const sizeIds = migration.sizes.map((s) => s.id);
  const [answered] = chosenOptions(context.answers, context.dataset.meta.roles.projectSize);
  const sizeId = answered !== undefined && sizeIds.includes(answered) ? answered : null;
  // A backend the switch cannot reach for these answers (Keras's PyTorch backend on TPUs alone) makes it a port.
  const unreachable = code.multiBackend ? migration.backendSwitch?.unavailable?.find((u) => u.to === to && evaluateCondition(u.when, context)) : undefined;
  const kind = code.rewrite ? 'rewrite' : code.multiBackend && migration.backendSwitch && !unreachable ? 'backend' : 'port';
  return {
    fromFrameworkId: code.frameworkId,
    toFrameworkId: to,
    kind,
    // The figures are the source's only for the one move it measured.
    measured: kind === 'port' && migration.measured.from === code.frameworkId && migration.measured.to === to,
    sizeId,
    sizeIds: sizeId ? [sizeId] : sizeIds,
    ...(unreachable ? { backendUnavailable: unreachable.reason } : {}),
  };
}
