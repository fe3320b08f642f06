import type { core } from 'zod/mini';

/** A problem found in untrusted input or data, in plain words. */
export interface Problem {
  /** Where the problem is, as a dotted path (`criteria.3.scores.pytorch.score`); empty for the whole value. */
  readonly path: string;
  readonly message: string;
}

/** `['criteria', 3, 'id']` -> `"criteria.3.id"`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key) => String(key)).join('.');
}

/** An untrusted value in a problem message: `"fun"`, `42`, `a list`, `nothing`. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'a list';
  if (value === undefined) return 'nothing';
  return `a ${typeof value}`;
}

export function listOf(values: readonly unknown[]): string {
  return values.map(showValue).join(', ');
}

/**
 * Turns one zod issue into plain words. zod/mini ships no locale (to stay small),
 * so the wording lives here. Parse with `reportInput: true` so that
 * messages can say what was found. Example: an invalid_value issue with values
 * ['research', 'production'] -> `must be one of "research", "production"`.
 */
export function describeIssue(issue: core.$ZodIssue): Problem {
  const path = formatPath(issue.path);
  const got = 'input' in issue && issue.input !== undefined ? ` (got ${showValue(issue.input)})` : '';
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected === 'array' ? 'a list' : `a ${issue.expected}`;
      return { path, message: issue.input === undefined ? `is missing (expected ${expected})` : `must be ${expected}${got}` };
    }
    case 'invalid_value':
      return { path, message: `must be one of ${listOf(issue.values)}${got}` };
    case 'too_small':
      return {
        path,
        message:
          issue.origin === 'array'
            ? `must have at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
            : issue.origin === 'string'
              ? `must not be empty`
              : `must be at least ${String(issue.minimum)}${got}`,
      };
    case 'too_big':
      return {
        path,
        message:
          issue.origin === 'array'
            ? `must have at most ${String(issue.maximum)} items`
            : issue.origin === 'string'
              ? `must be at most ${String(issue.maximum)} characters`
              : `must be at most ${String(issue.maximum)}${got}`,
      };
    case 'unrecognized_keys':
      return { path, message: `has unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${listOf(issue.keys)}` };
    case 'invalid_format':
      return { path, message: `is not in the expected format${got}` };
    case 'invalid_union':
      return { path, message: `does not match any allowed form${got}` };
    case 'invalid_key':
      return { path, message: `has an invalid key: ${issue.issues.map((i) => describeIssue(i).message).join('; ')}` };
    case 'not_multiple_of':
      return { path, message: `must be a multiple of ${issue.divisor}${got}` };
    default:
      return { path, message: issue.message && issue.message !== 'Invalid input' ? issue.message : `is not valid${got}` };
  }
}
