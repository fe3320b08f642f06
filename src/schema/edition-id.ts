/** Edition ids are dates or words (`seed`, `2026-11`): they appear in share links as `e=` and in saved progress. */
export const EDITION_ID_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,39}$/;

/** Whether an untrusted value is an edition id. No zod here: the store, in the start page's chunk, uses it. */
export const isEditionId = (value: unknown): value is string => typeof value === 'string' && EDITION_ID_PATTERN.test(value);
