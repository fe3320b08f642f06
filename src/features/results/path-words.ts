import type { DeploymentPath } from '../../schema/dataset.ts';
import { formatAsOf } from './format-date.ts';

/** A label for every maturity the schema allows: a new one fails to compile until it has words here. */
export const MATURITY: { readonly [M in DeploymentPath['maturity']]: string } = {
  mature: 'mature',
  maturing: 'maturing',
  beta: 'beta',
  stalled: 'stalled',
  unofficial: 'no official runtime',
  unrated: 'not rated by our sources',
};

/** Words for every status the schema allows; "maintained" needs none on the page. */
const STATUS: { readonly [S in NonNullable<DeploymentPath['status']>['kind']]: string } = {
  maintained: 'maintained',
  'limited-maintenance': 'in limited maintenance: no planned fixes or security patches',
  deprecated: 'deprecated',
  stalled: 'stalled: no recent releases',
  archived: 'archived: no longer maintained',
};

/** A path's status in words, with since when ("archived: no longer maintained since August 2025"), or null when it is maintained or unknown. */
export function statusWords(path: DeploymentPath): string | null {
  if (!path.status || path.status.kind === 'maintained') return null;
  return `${STATUS[path.status.kind]} since ${formatAsOf(path.status.since)}`;
}

