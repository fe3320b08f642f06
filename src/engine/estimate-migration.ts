import { chosenOptions } from '../schema/answer-values.ts';
import { existingCodeFramework, type ConditionContext } from './conditions.ts';
import type { MigrationEstimate } from './types.ts';

/**
 * The migration the recommendation implies: existing code in another framework than
 * the leader. `{ codebase: 'tf2', projectSize: 'medium' }` with PyTorch leading ->
 * tensorflow -> pytorch, size medium. Null when there is nothing to migrate.
 */
export function estimateMigration(context: ConditionContext): MigrationEstimate | null {
  const from = existingCodeFramework(context.answers, context.dataset);
  const to = context.leaderId();
  if (from === null || from === to) return null;
  const sizeIds = context.dataset.migration.sizes.map((s) => s.id);
  const [answered] = chosenOptions(context.answers, context.dataset.meta.roles.projectSize);
  const sizeId = answered !== undefined && sizeIds.includes(answered) ? answered : null;
  return { fromFrameworkId: from, toFrameworkId: to, sizeId, sizeIds: sizeId ? [sizeId] : sizeIds };
}
