import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { currentDataset } from '../../src/data/editions.ts';
import { datasetFor, seedDataset } from '../support/editions.ts';
import { recommend } from '../../src/engine/index.ts';
import { validateAnswers } from '../../src/schema/answers.ts';
import { setTriedScore } from '../../src/schema/answer-values.ts';
import { decodeShareLink, encodeAnswers, looksLikeShareLink, MAX_LINK_LENGTH } from '../../src/share/share-link.ts';
import golden from '../fixtures/golden-links.json';
import { arbitraryAnswers } from '../support/arbitraries.ts';

const d = seedDataset;

describe('encodeAnswers', () => {
  it('writes a readable, versioned query string in questionnaire order', () => {
    expect(encodeAnswers({ data: ['text', 'vision'], goal: 'research', targets: ['server'] }, d)).toBe('v=1&e=seed&dv=1&goal=research&data=text,vision&targets=server');
  });

  it('writes weights as criterion:weight pairs in the dataset order', () => {
    expect(encodeAnswers({ priorities: { mobile: 4, research: 0.5 } }, d)).toBe('v=1&e=seed&dv=1&priorities=research:0.5,mobile:4');
    expect(encodeAnswers({ goal: 'research' }, datasetFor('2026-11')!)).toBe('v=1&e=2026-11&dv=4&goal=research');
    expect(encodeAnswers({ priorities: {} }, d)).toBe('v=1&e=seed&dv=1');
  });
});

describe('scores tried in the what-if', () => {
  const current = datasetFor('2026-11')!;
  it('are written as criterion.framework:score pairs, criteria then frameworks in the dataset order', () => {
    expect(encodeAnswers({ scores: { 'mobile.pytorch': 7.5, 'production.tensorflow': 7.4, 'production.jax': 8 } }, current)).toBe('v=1&e=2026-11&dv=4&scores=production.tensorflow:7.4,production.jax:8,mobile.pytorch:7.5');
    expect(encodeAnswers({ scores: {} }, current)).toBe('v=1&e=2026-11&dv=4');
  });

  it('are read back, and a bad one is left out with the data’s score in its place, in plain words', () => {
    expect(decodeShareLink('?v=1&e=2026-11&dv=4&scores=production.tensorflow:7.4', current).answers).toEqual({ scores: { 'production.tensorflow': 7.4 } });
    const result = decodeShareLink('?scores=teamSkills.pytorch:3,production.keras:5,production:5,mobile.jax:11,mobile.pytorch:7.25,devex.jax:07,research.jax:6,research.jax:7', current);
    expect(result.answers).toEqual({ scores: { 'research.jax': 6 } });
    expect(result.problems.map((p) => p.message)).toEqual([
      '“teamSkills.pytorch” is not a score the data gives, so the score tried for it was ignored.',
      '“production.keras” is not a score the data gives, so the score tried for it was ignored.',
      '“production” is not a score the data gives, so the score tried for it was ignored.',
      'A tried score must be a number from 1 to 10, with one decimal at most (such as 7 or 7.5), not “11”; the data’s score is used instead.',
      'A tried score must be a number from 1 to 10, with one decimal at most (such as 7 or 7.5), not “7.25”; the data’s score is used instead.',
      'A tried score must be a number from 1 to 10, with one decimal at most (such as 7 or 7.5), not “07”; the data’s score is used instead.',
      '“research.jax” is tried twice; the first score was kept.',
    ]);
  });

  it('replace the data’s score in the result, taken as certain, and leave no trace when set back to the data’s', () => {
    const answers = { goal: 'production', modelSource: 'custom', data: ['vision'], workload: ['classic'], targets: ['server'], hardware: ['nvidia'], scale: 'single', team: 'none', codebase: 'none' } as const;
    const base = recommend(answers, current);
    const tried = recommend({ ...answers, scores: { 'production.tensorflow': 2 } }, current);
    if (!base.ok || !tried.ok) throw new Error('valid answers');
    expect(tried.scores.production!.tensorflow).toMatchObject({ score: 2, tried: { dataScore: base.scores.production!.tensorflow!.score } });
    expect(tried.ranking.find((r) => r.frameworkId === 'tensorflow')!.score).toBeLessThan(base.ranking.find((r) => r.frameworkId === 'tensorflow')!.score);
    expect(setTriedScore({ scores: { 'production.tensorflow': 2 } }, 'scores', 'production', 'tensorflow', base.scores.production!.tensorflow!.score, base.scores.production!.tensorflow!.score)).toEqual({});
  });
});

describe('decodeShareLink', () => {
  it('reads a link back', () => {
    expect(decodeShareLink('?v=1&e=2026-11&dv=2&goal=research&data=text,vision', d)).toEqual({ ok: true, answers: { goal: 'research', data: ['text', 'vision'] }, problems: [], dataVersion: 2, editionId: '2026-11' });
    expect(decodeShareLink('?v=1&goal=research', d).editionId).toBeNull();
  });

  it('keeps every valid answer and says what was wrong with the rest, in plain words', () => {
    const result = decodeShareLink('?v=1&goal=fun&data=text,sound&targets=&colour=red&priorities=mobile:99,research:2,speed:1&team=pytorch,tensorflow', d);
    expect(result.ok).toBe(false);
    expect(result.answers).toEqual({ data: ['text'], priorities: { research: 2 }, team: 'pytorch' });
    expect(result.problems.map((p) => p.message)).toEqual([
      '“fun” is not an answer to “What is the framework mainly for?”; it was left out.',
      '“sound” is not an answer to “What data will the models work on?”; it was left out.',
      'The answer to “Where will trained models run?” is empty.',
      '“colour” is not part of a share link; it was ignored.',
      'The weight for “Mobile and edge” must be a number from 0 to 10 (such as 2 or 2.5), not “99”; the suggested weight is used instead.',
      '“speed” is not a criterion, so its weight was ignored.',
      '“Which framework does the team know best?” takes one answer; the link gives 2, so the first was kept.',
    ]);
  });

  it('refuses a link over 2,000 characters before parsing', () => {
    const long = `?v=1&goal=research&x=${'a'.repeat(MAX_LINK_LENGTH)}`;
    const result = decodeShareLink(long, d);
    expect(result).toEqual({ ok: false, answers: {}, dataVersion: null, editionId: null, problems: [{ path: '', message: `The link is ${long.length.toLocaleString('en')} characters long; links over 2,000 characters are not read.` }] });
  });

  it('says when it does not know the link format', () => {
    expect(decodeShareLink('?v=9&goal=research', d).problems[0]!.message).toBe('This link uses format “9”, which this version of the app does not know.');
  });

  it('treats script and HTML in a link as plain text that matches nothing', () => {
    const result = decodeShareLink(`?goal=${encodeURIComponent('<script>alert(1)</script>')}&<img src=x onerror=alert(1)>=1`, d);
    expect(result.answers).toEqual({});
    expect(result.problems).toHaveLength(2);
  });

  it('tells a share link from an unrelated query string', () => {
    expect(looksLikeShareLink('?v=1', d)).toBe(true);
    expect(looksLikeShareLink('?goal=research', d)).toBe(true);
    expect(looksLikeShareLink('?utm_source=newsletter', d)).toBe(false);
  });
});

describe('links passed on by other sites', () => {
  it('ignores the tracking parameters that sites and mail tools add, and reads the rest in full', () => {
    const result = decodeShareLink('?v=1&goal=research&utm_source=newsletter&utm_medium=email&fbclid=IwAR0abc&gclid=xyz&data=text', d);
    expect(result).toEqual({ ok: true, answers: { goal: 'research', data: ['text'] }, problems: [], dataVersion: null, editionId: null });
    // Anything else unknown is still reported.
    expect(decodeShareLink('?v=1&goal=research&utm=1', d).problems.map((p) => p.path)).toEqual(['utm']);
  });
});

describe('links and the edition they name', () => {
  it('reads an old link against the seed: an option or question that a later edition added is reported in plain words, and the rest is kept', () => {
    const result = decodeShareLink('?v=1&dv=1&goal=production&targets=microcontroller,server&workload=recommender', seedDataset);
    expect(result.answers).toEqual({ goal: 'production', targets: ['server'] });
    expect(result.problems.map((p) => p.message)).toEqual([
      '“microcontroller” is not an answer to “Where will trained models run?”; it was left out.',
      '“workload” is not part of a share link; it was ignored.',
    ]);
  });

  it('reads the old edge target on the current edition, where it stands for both embedded boards and microcontrollers', () => {
    const november = datasetFor('2026-11')!;
    const decoded = decodeShareLink('?v=1&e=2026-11&dv=2&goal=production&modelSource=custom&data=vision&targets=edge', november);
    expect(decoded.problems).toEqual([]);
    const result = recommend(decoded.answers, november);
    if (!result.ok) throw new Error('invalid');
    expect(result.nextSteps.map((s) => s.targetId)).toEqual(['embedded', 'microcontroller']);
    expect(result.weights.filter((w) => w.parts.some((p) => p.from === 'answer' && p.optionId === 'edge')).map((w) => w.criterionId).sort()).toEqual(['embedded', 'microcontroller', 'production']);
  });
});

describe('golden links', () => {
  it.each(golden.links)('$name still gives its answers and winner', (entry) => {
    // Read, as the app does, against the questionnaire of the edition the link names.
    const { editionId } = decodeShareLink(entry.link, d);
    const decoded = decodeShareLink(entry.link, editionId === null ? seedDataset : datasetFor(editionId)!);
    expect(decoded.problems).toEqual([]);
    expect(decoded.answers).toEqual(entry.answers);
    // A link without an edition opens with the seed's data.
    const dataset = decoded.editionId === null ? seedDataset : datasetFor(decoded.editionId)!;
    const result = recommend(decoded.answers, dataset);
    if (!result.ok) throw new Error('invalid');
    if ((decoded.dataVersion ?? 1) === dataset.meta.dataVersion) {
      expect(result.verdict.kind).toBe(entry.verdict);
      expect(result.verdict.leaderId).toBe(entry.leader);
    } else {
      // The edition's data moved on since the link was made (that is what `dv` records): the
      // answers still open whole, and the page can say that the result may differ.
      expect(decoded.dataVersion!).toBeLessThan(dataset.meta.dataVersion);
    }
  });
});

describe('share link properties', () => {
  test.prop([arbitraryAnswers()], { numRuns: 1000 })('encode -> decode is the identity for every valid answer set', (answers) => {
    expect(validateAnswers(answers, d).ok).toBe(true);
    const decoded = decodeShareLink(`?${encodeAnswers(answers, d)}`, d);
    const expected = Object.fromEntries(Object.entries(answers).filter(([k, v]) => !((k === 'priorities' || k === 'scores') && Object.keys(v as object).length === 0)));
    expect(decoded.problems).toEqual([]);
    expect(decoded.answers).toEqual(expected);
  });

  test.prop([fc.string({ maxLength: 3000 })], { numRuns: 3000 })('decode never throws on arbitrary strings, and returns answers or problems', (text) => {
    const result = decodeShareLink(text, d);
    expect(result.ok ? result.problems.length === 0 : result.problems.length > 0).toBe(true);
    expect(validateAnswers(result.answers, d).ok).toBe(true);
  });

  test.prop([fc.array(fc.tuple(fc.constantFrom('v', 'dv', 'goal', 'data', 'targets', 'priorities', 'team', 'x'), fc.string()), { maxLength: 12 })], { numRuns: 3000 })(
    'decode never throws on link-shaped input, and whatever it keeps is valid',
    (pairs) => {
      const text = `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`;
      const result = decodeShareLink(text, d);
      expect(validateAnswers(result.answers, d).ok).toBe(true);
    },
  );

  // Link-shaped strings built from the vocabulary of the data and the junk people and tools add.
  const keys = ['v', 'e', 'dv', ...d.questions.map((q) => q.id), 'utm_source', 'x'];
  const optionIds = d.questions.flatMap((q) => q.options.map((o) => o.id));
  const criterionIds = d.criteria.map((c) => c.id);
  const number = fc.oneof(fc.constantFrom('0', '1', '5', '10', '1.5', '0.125', '5.0', '05', '0x5', '0b101', '5e0', '%205', '1e-300', '-1', '11', 'NaN', ''), fc.double().map(String));
  const value = fc.oneof(
    fc.string(),
    fc.array(fc.constantFrom(...optionIds, 'junk', ''), { maxLength: 4 }).map((ids) => ids.join(',')),
    fc.array(fc.tuple(fc.constantFrom(...criterionIds, 'speed'), number, fc.constantFrom('', ':junk')), { maxLength: 4 }).map((pairs) => pairs.map(([c, n, tail]) => `${c}:${n}${tail}`).join(',')),
    number,
  );
  const link = fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 14 }).map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);

  test.prop([link], { numRuns: 10_000 })('fuzz: decode, encode, decode again is stable, and recommend() never throws on what a link gives', (text) => {
    const first = decodeShareLink(text, d);
    const again = decodeShareLink(`?${encodeAnswers(first.answers, d)}`, d);
    expect(again.problems).toEqual([]);
    expect(again.answers).toEqual(first.answers);
    expect(() => recommend(first.answers, d)).not.toThrow();
    expect(() => recommend(first.answers, currentDataset)).not.toThrow();
    // Ten thousand links take about 3 s alone; a busy machine must not turn that into a timeout.
  }, 30_000);
});

describe('numbers in a link', () => {
  it.each(['0x5', '0b101', '5e0', '%205', ' 5', '5:junk', '5.0', '05', '1e-300', '.5', '1.1234'])('refuses the weight %j, which the encoder never writes, and says so', (text) => {
    const result = decodeShareLink(`?v=1&priorities=mobile:${text},research:2`, d);
    expect(result.answers).toEqual({ priorities: { research: 2 } });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toMatch(/^The weight for “Mobile and edge” must be a number from 0 to 10/);
  });

  it('reads the weights the encoder writes', () => {
    expect(decodeShareLink('?v=1&priorities=mobile:0,research:10,devex:1.125,community:0.5', d).answers).toEqual({ priorities: { mobile: 0, research: 10, devex: 1.125, community: 0.5 } });
  });

  it.each(['1.0', '01', ' 1', '1e0', '0x1'])('refuses the format version %j', (text) => {
    const result = decodeShareLink(`?v=${encodeURIComponent(text)}&goal=research`, d);
    expect(result.ok).toBe(false);
    expect(result.problems[0]!.message).toMatch(/which this version of the app does not know/);
  });

  it.each(['2.0', '02', '2e0', '0'])('ignores the data version %j, saying so', (text) => {
    const result = decodeShareLink(`?v=1&dv=${text}&goal=research`, d);
    expect(result.dataVersion).toBeNull();
    expect(result.answers).toEqual({ goal: 'research' });
    expect(result.problems.map((p) => p.path)).toEqual(['dv']);
  });
});

describe('links that try what a link should not hold', () => {
  const november = datasetFor('2026-11')!;

  it('refuses prototype names as scores or weights: only the data’s own ids count', () => {
    const decoded = decodeShareLink('?v=1&e=2026-11&scores=production.__proto__:5,research.constructor:3,production.toString:4&priorities=__proto__:3,constructor:2,mobile:4', november);
    expect(decoded.answers).toEqual({ priorities: { mobile: 4 } });
    expect(decoded.problems.map((p) => p.message)).toEqual([
      '“production.__proto__” is not a score the data gives, so the score tried for it was ignored.',
      '“research.constructor” is not a score the data gives, so the score tried for it was ignored.',
      '“production.toString” is not a score the data gives, so the score tried for it was ignored.',
      '“__proto__” is not a criterion, so its weight was ignored.',
      '“constructor” is not a criterion, so its weight was ignored.',
    ]);
    expect(validateAnswers({ scores: { 'production.__proto__': 5 } }, november).ok).toBe(false);
    expect(Object.getPrototypeOf(decoded.answers.priorities)).toBe(Object.prototype);
  });

  it('refuses an answer that stands alone combined with others, and keeps the rest of the link', () => {
    const decoded = decodeShareLink('?v=1&e=2026-11&goal=production&hardware=cpu,tpu&targets=undecided,server', november);
    expect(decoded.answers).toEqual({ goal: 'production' });
    expect(decoded.problems.map((p) => p.path)).toEqual(['hardware', 'targets']);
    expect(decoded.problems.find((p) => p.path === 'hardware')!.message).toMatch(/^“CPUs only” cannot be chosen with other answers to “.+”, so this answer was left out; please choose again\.$/);
    // Alone, each is an answer.
    expect(decodeShareLink('?v=1&e=2026-11&hardware=cpu&targets=undecided', november).answers).toEqual({ hardware: ['cpu'], targets: ['undecided'] });
    // Saved progress is held to the same rule: the contradiction is dropped, not guessed at.
    expect(validateAnswers({ hardware: ['cpu', 'tpu'] }, november).ok).toBe(false);
  });

  it('shows bidi controls and other invisible marks in quoted link text as �, so they cannot turn the sentence around', () => {
    const decoded = decodeShareLink('?v=1&goal=%E2%80%AEApproved&data=te%E2%81%A6xt%E2%80%8F', seedDataset);
    const messages = decoded.problems.map((p) => p.message).join('\n');
    expect(messages).toContain('“\ufffdApproved” is not an answer to');
    expect(messages).toContain('“te\ufffdxt\ufffd” is not an answer to');
    expect(messages).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
  });

  it('says an edition name it cannot read is not one, and does not take it for the seed', () => {
    for (const e of ['', '__proto__', '%E2%80%AE2026-11']) {
      const decoded = decodeShareLink(`?v=1&e=${e}&goal=research`, currentDataset);
      expect(decoded.editionId).toBeNull();
      expect(decoded.problems).toEqual([{ path: 'e', message: expect.stringMatching(/^The data edition “.*” is not a valid name; the link is read with the current data\.$/) }]);
    }
  });
});
