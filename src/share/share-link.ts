import { optionIdsOf, weightsOf } from '../schema/answer-values.ts';
import { scoreKey, WEIGHT_DECIMALS } from '../schema/answer-grid.ts';
import { isEditionId } from '../schema/edition-id.ts';
import { answerProblems, isWeight, triedScoreProblem, type Answers, type AnswerValue } from '../schema/answers.ts';
import type { Dataset, Question } from '../schema/dataset.ts';
import { combinesStandAlone, standsAlone } from '../schema/offered-options.ts';
import type { Problem } from '../schema/describe-issue.ts';

/**
 * Share links: a readable, versioned query string on the app's own page.
 *
 *   ?v=1&dv=1&goal=research&data=text,vision&targets=server&priorities=mobile:4,research:0.5
 *
 * v   the link format (this file writes 1; every older format keeps a decoder)
 * e   the data edition the result rests on (a link without one predates editions: the seed)
 * dv  the data version the link was made with (a later dataset may score differently)
 * one key per answered question (question ids are a public contract); several
 * options joined with commas; weights as criterion:weight pairs; scores tried in the
 * what-if as criterion.framework:score (`scores=production.tensorflow:7.4`).
 */
const LINK_FORMAT_VERSION = 1;
/** Links longer than this are refused before any parsing. */
export const MAX_LINK_LENGTH = 2000;

interface DecodedLink {
  /** Every answer in the link that was valid; never a guess. */
  readonly answers: Answers;
  /** What was wrong, in plain words; empty when the link was read whole. */
  readonly problems: readonly Problem[];
  /** The data version the link was made with, when it says. */
  readonly dataVersion: number | null;
  /** The edition id the link names, when it names one (checked against the editions by the caller). */
  readonly editionId: string | null;
}

type DecodeResult = ({ readonly ok: true } & DecodedLink) | ({ readonly ok: false } & DecodedLink);

const formatWeightValue = (weight: number) => String(Math.round(weight * 10 ** WEIGHT_DECIMALS) / 10 ** WEIGHT_DECIMALS);

// Numbers are read only in the form the encoder writes them: `5`, `0.5`, `1.125`; never `5.0`,
// `05`, `0x5`, `5e0`, ` 5` or `1e-300`, so that decoding and encoding again gives the same link.
const CANONICAL_WEIGHT = new RegExp(`^(0|[1-9][0-9]*)(\\.[0-9]{0,${WEIGHT_DECIMALS - 1}}[1-9])?$`);
const CANONICAL_WHOLE = /^[1-9][0-9]*$/;

/** Answers -> query string (without "?"), in questionnaire order so the same answers give the same link. */
export function encodeAnswers(answers: Answers, dataset: Dataset): string {
  const parts = [`v=${LINK_FORMAT_VERSION}`, `e=${dataset.meta.edition.id}`, `dv=${dataset.meta.dataVersion}`];
  for (const question of dataset.questions) {
    const value = answers[question.id];
    if (value === undefined) continue;
    let text: string;
    if (question.kind === 'weights') {
      const entries = Object.entries(weightsOf(value));
      if (entries.length === 0) continue;
      // Criteria in the dataset's order, so equal weights always give an equal link.
      const order = dataset.criteria.map((c) => c.id);
      entries.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
      text = entries.map(([id, weight]) => `${id}:${formatWeightValue(weight)}`).join(',');
    } else if (question.kind === 'scores') {
      // Criteria, then frameworks, in the dataset's order: equal scores always give an equal link.
      const order = dataset.criteria.flatMap((c) => dataset.frameworks.map((f) => scoreKey(c.id, f.id)));
      const entries = Object.entries(weightsOf(value)).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
      if (entries.length === 0) continue;
      text = entries.map(([key, score]) => `${key}:${formatWeightValue(score)}`).join(',');
    } else {
      text = optionIdsOf(value).join(',');
    }
    parts.push(`${encodeURIComponent(question.id)}=${encodeURIComponent(text).replace(/%2C/g, ',').replace(/%3A/g, ':')}`);
  }
  return parts.join('&');
}

// Control characters (a line break in a link) and the invisible marks that reorder text (bidi
// controls: U+202E turns "Approved" around, and the sentence after it) are shown as �, never
// acted on or laid out.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const quote = (s: string) => `“${(s.length > 40 ? `${s.slice(0, 40)}…` : s).replace(CONTROLS, '\ufffd')}”`;

/** What a list of `key:number` pairs (weights, tried scores) accepts, and how each refusal reads. */
interface NumberPairs {
  readonly knownKey: (key: string) => boolean;
  readonly validValue: (key: string, value: number) => boolean;
  readonly unknown: (key: string) => string;
  readonly bad: (key: string, given: string) => string;
  readonly twice: (key: string) => string;
}

/** `a:1,b:2.5` -> `{ a: 1, b: 2.5 }`: numbers only as the encoder writes them; every refusal in plain words, the rest kept. */
function decodeNumberPairs(question: Question, raw: string, rules: NumberPairs): { value?: AnswerValue; problems: Problem[] } {
  const values: Record<string, number> = {};
  const problems: Problem[] = [];
  for (const pair of raw.split(',').filter(Boolean)) {
    const [key = '', text = '', ...extra] = pair.split(':');
    const value = Number(text);
    if (!rules.knownKey(key)) problems.push({ path: question.id, message: rules.unknown(key) });
    else if (extra.length > 0 || !CANONICAL_WEIGHT.test(text) || !rules.validValue(key, value)) problems.push({ path: question.id, message: rules.bad(key, extra.length > 0 ? [text, ...extra].join(':') : text) });
    else if (Object.hasOwn(values, key)) problems.push({ path: question.id, message: rules.twice(key) });
    else values[key] = value;
  }
  return Object.keys(values).length > 0 ? { value: values, problems } : { problems };
}

/** One question's raw text from a link -> its answer, or the problem with it. */
function decodeAnswer(question: Question, raw: string, dataset: Dataset): { value?: AnswerValue; problems: Problem[] } {
  if (question.kind === 'weights') {
    const { min, max } = dataset.meta.weightRange;
    return decodeNumberPairs(question, raw, {
      knownKey: (id) => dataset.criteria.some((c) => c.id === id),
      validValue: (_, weight) => isWeight(weight, dataset.meta.weightRange),
      unknown: (id) => `${quote(id)} is not a criterion, so its weight was ignored.`,
      bad: (id, given) => `The weight for “${dataset.criteria.find((c) => c.id === id)!.name}” must be a number from ${min} to ${max} (such as 2 or 2.5), not ${quote(given)}; the suggested weight is used instead.`,
      twice: (id) => `${quote(id)} is weighted twice; the first weight was kept.`,
    });
  }
  if (question.kind === 'scores') {
    const { min, max } = dataset.meta.scale;
    return decodeNumberPairs(question, raw, {
      // The key alone is checked with a score that is always valid (the scale's lowest).
      knownKey: (key) => triedScoreProblem(key, min, dataset) === null,
      validValue: (key, score) => triedScoreProblem(key, score, dataset) === null,
      unknown: (key) => `${quote(key)} is not a score the data gives, so the score tried for it was ignored.`,
      bad: (_, given) => `A tried score must be a number from ${min} to ${max}, with one decimal at most (such as 7 or 7.5), not ${quote(given)}; the data’s score is used instead.`,
      twice: (key) => `${quote(key)} is tried twice; the first score was kept.`,
    });
  }
  const problems: Problem[] = [];
  const known = new Set(question.options.map((o) => o.id));
  const chosen: string[] = [];
  for (const id of raw.split(',').filter(Boolean)) {
    if (!known.has(id)) problems.push({ path: question.id, message: `${quote(id)} is not an answer to “${question.title}”; it was left out.` });
    else if (!chosen.includes(id)) chosen.push(id);
  }
  if (chosen.length === 0) {
    if (problems.length === 0) problems.push({ path: question.id, message: `The answer to “${question.title}” is empty.` });
    return { problems };
  }
  if (question.kind === 'one' && chosen.length > 1) {
    problems.push({ path: question.id, message: `“${question.title}” takes one answer; the link gives ${chosen.length}, so the first was kept.` });
  }
  if (question.kind === 'many' && combinesStandAlone(question, chosen)) {
    const alone = chosen.filter((id) => standsAlone(question, id)).map((id) => `“${question.options.find((o) => o.id === id)!.label}”`);
    problems.push({ path: question.id, message: `${alone.join(' and ')} cannot be chosen with other answers to “${question.title}”, so this answer was left out; please choose again.` });
    return { problems };
  }
  const value: AnswerValue = question.kind === 'one' ? chosen[0]! : chosen;
  // The same rules the questionnaire checks, so a link can never hold an answer the wizard could not.
  return answerProblems(question, value, dataset).length === 0 ? { value, problems } : { problems: [...problems, { path: question.id, message: `The answer to “${question.title}” is not valid.` }] };
}

/**
 * Parameters that sites and mail tools add to any link they pass on (`utm_source`, `fbclid`…):
 * they are not part of the share link, and a link carrying them was still read in full.
 */
const TRACKING_PARAMETER = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|twclid|li_fat_id|_ga|_gl)$/i;

/** Format 1 (and links without "v", which predate the version field). */
function decodeVersion1(params: URLSearchParams, dataset: Dataset): DecodedLink {
  const answers: Record<string, AnswerValue> = {};
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let dataVersion: number | null = null;
  let editionId: string | null = null;
  for (const [key, raw] of params) {
    if (seen.has(key)) {
      problems.push({ path: key, message: `${quote(key)} appears more than once; the first was kept.` });
      continue;
    }
    seen.add(key);
    if (key === 'v' || TRACKING_PARAMETER.test(key)) continue;
    if (key === 'e') {
      if (isEditionId(raw)) editionId = raw;
      else problems.push({ path: 'e', message: `The data edition ${quote(raw)} is not a valid name; the link is read with the current data.` });
      continue;
    }
    if (key === 'dv') {
      const n = Number(raw);
      if (CANONICAL_WHOLE.test(raw) && Number.isSafeInteger(n)) dataVersion = n;
      else problems.push({ path: 'dv', message: `The data version ${quote(raw)} is not a whole number from 1 up; it was ignored.` });
      continue;
    }
    const question = dataset.questions.find((q) => q.id === key);
    if (!question) {
      problems.push({ path: key, message: `${quote(key)} is not part of a share link; it was ignored.` });
      continue;
    }
    const decoded = decodeAnswer(question, raw, dataset);
    problems.push(...decoded.problems);
    if (decoded.value !== undefined) answers[key] = decoded.value;
  }
  return { answers, problems, dataVersion, editionId };
}

/** Decoders by link format: an old format keeps its decoder forever. */
const DECODERS: Record<number, (params: URLSearchParams, dataset: Dataset) => DecodedLink> = { 1: decodeVersion1 };

/**
 * A share link's query string -> the answers it holds and what was wrong with it.
 * Untrusted input: never throws, refuses anything over 2,000 characters before
 * parsing, keeps every valid answer and reports the rest in plain words.
 * `"?v=1&goal=research&data=text,fun"` -> answers { goal, data: ['text'] }, one problem about "fun".
 */
export function decodeShareLink(search: string, dataset: Dataset): DecodeResult {
  try {
    if (search.length > MAX_LINK_LENGTH) {
      return { ok: false, answers: {}, dataVersion: null, editionId: null, problems: [{ path: '', message: `The link is ${search.length.toLocaleString('en')} characters long; links over ${MAX_LINK_LENGTH.toLocaleString('en')} characters are not read.` }] };
    }
    const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
    const rawVersion = params.get('v');
    const version = rawVersion === null ? 1 : CANONICAL_WHOLE.test(rawVersion) ? Number(rawVersion) : NaN;
    const decoder = DECODERS[version];
    if (!decoder) {
      return { ok: false, answers: {}, dataVersion: null, editionId: null, problems: [{ path: 'v', message: `This link uses format ${quote(rawVersion ?? '')}, which this version of the app does not know.` }] };
    }
    const decoded = decoder(params, dataset);
    return { ok: decoded.problems.length === 0, ...decoded };
  } catch {
    // URLSearchParams does not throw on strings; this is a last guard for an untrusted input path.
    return { ok: false, answers: {}, dataVersion: null, editionId: null, problems: [{ path: '', message: 'The link could not be read.' }] };
  }
}

/** Whether a query string is meant as a share link (any known key), so a stray "?utm=…" does not count. */
export function looksLikeShareLink(search: string, dataset: Dataset): boolean {
  const params = new URLSearchParams(search.length > MAX_LINK_LENGTH ? '' : search);
  return search.length > MAX_LINK_LENGTH || params.has('v') || params.has('e') || dataset.questions.some((q) => params.has(q.id));
}
