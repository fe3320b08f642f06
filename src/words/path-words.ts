import type { DeploymentPath } from '../schema/dataset.ts';
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

/** Words for every status but "maintained" (which needs none on the page), with since when. */
const STATUS: { readonly [S in Exclude<NonNullable<DeploymentPath['status']>['kind'], 'maintained'>]: (since: string) => string } = {
  'limited-maintenance': (since) => `in limited maintenance since ${since}`,
  deprecated: (since) => `deprecated since ${since}`,
  stalled: (since) => `stalled: no release since ${since}`,
  archived: (since) => `archived since ${since}: no longer maintained`,
};

/** A path's status in words ("archived since August 2025: no longer maintained"), or null when it is maintained or unknown. */
export function statusWords(path: DeploymentPath): string | null {
  if (!path.status || path.status.kind === 'maintained') return null;
  return STATUS[path.status.kind](formatAsOf(path.status.since));
}
