import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { presetList as presetArray } from '../../src/data/preset-list.ts';
import { currentDataset } from '../../src/data/editions.ts';
import { recommend } from '../../src/engine/index.ts';
import { decodeShareLink, encodeAnswers } from '../../src/share/share-link.ts';
import { assembleEditions } from '../../src/schema/assemble-dataset.ts';
import { chainEditions } from '../../src/schema/chain-editions.ts';
import { validateData } from '../../src/schema/validate-data.ts';
import { dataFiles, editionFiles } from '../support/editions.ts';

const newest = currentDataset.meta.edition;
const productionScore = (id: string) => currentDataset.criteria.find((c) => c.id === 'production')!.scores[id]!;

/** An edition on top of the newest one, changing one score: what a maintainer's next edition looks like. */
const nextEdition = (over: Record<string, unknown> = {}): any => ({
  id: '2099-01',
  label: 'January 2099 refresh',
  asOf: '2099-01',
  dataVersion: currentDataset.meta.dataVersion + 1,
  base: newest.id,
  summary: 'A test edition.',
  unverified: [],
  changes: [
    {
      id: 'probe-production',
      op: 'merge',
      file: 'criteria.json',
      path: 'criteria/production/scores/pytorch',
      title: 'A probe',
      date: '2099-01',
      sources: ['project'],
      reason: 'To test the chain.',
      old: { score: productionScore('pytorch').score },
      new: { score: 1, estimate: true },
    },
  ],
  ...over,
});

describe('a chain of editions', () => {
  it('applies an edition on top of the one it names, holding only what changed since', () => {
    const files = { ...editionFiles, 'editions/2099-01.json': nextEdition() };
    expect(validateData(dataFiles, files, { presets: presetArray })).toEqual([]);
    const assembled = assembleEditions(dataFiles, files);
    const latest = assembled.current;
    expect(latest.meta.edition.id).toBe('2099-01');
    expect(latest.history.base).toBe(newest.id);
    // Its own change, and every change of the edition it builds on.
    expect(latest.criteria.find((c) => c.id === 'production')!.scores.pytorch!.score).toBe(1);
    expect(latest.frameworks.map((f) => f.id)).toEqual(currentDataset.frameworks.map((f) => f.id));
    expect(latest.questions).toEqual(currentDataset.questions);
    // The newest builds on the edition before it, not the seed.
    expect(latest.history.base).toBe(newest.id);
  });

  it("checks each change's old value against its base, not the seed", () => {
    const seedScore = (dataFiles as any)['criteria.json'].criteria.find((c: any) => c.id === 'production').scores.pytorch.score;
    const edition = nextEdition();
    edition.changes[0].old = { score: seedScore };
    const problems = validateData(dataFiles, { ...editionFiles, 'editions/2099-01.json': edition }, { presets: presetArray });
    if (seedScore !== productionScore('pytorch').score) expect(problems).toEqual([expect.stringMatching(/^data\/editions\/2099-01\.json at changes\.0\.old\.score: says the old value was /)]);
  });

  it('names an unknown base, a circle, a base that is not older and a repeated id', () => {
    const check = (extra: Record<string, unknown>) => validateData(dataFiles, { ...editionFiles, ...extra }, { presets: presetArray });
    expect(check({ 'editions/2099-01.json': nextEdition({ base: '2098-01' }) })).toEqual([
      'data/editions/2099-01.json at base: builds on "2098-01", which is neither the seed ("seed") nor an edition in data/editions/',
    ]);
    expect(check({ 'editions/2099-01.json': nextEdition({ asOf: '2026-05' }) })).toEqual([
      `data/editions/2099-01.json at asOf: is 2026-05, not later than ${newest.asOf} of "${newest.id}", the edition it builds on`,
    ]);
    expect(check({ 'editions/a.json': nextEdition({ id: 'a', base: 'b' }), 'editions/b.json': nextEdition({ id: 'b', base: 'a' }) })).toEqual([
      'data/editions/a.json at base: builds on itself through a -> b -> a',
      'data/editions/b.json at base: builds on "a", which cannot be assembled',
    ]);
    expect(check({ 'editions/again.json': nextEdition({ id: newest.id }) })).toEqual([`data/editions/again.json at id: repeats the edition id "${newest.id}"`]);
    // An edition on a broken one is left out with it.
    const chain = chainEditions({ id: 'seed', asOf: '2026-04' }, { 'x.json': nextEdition({ id: 'x', base: 'nope' }), 'y.json': nextEdition({ id: 'y', base: 'x' }) });
    expect(chain.ordered).toEqual([]);
    expect(chain.problems.map((p) => p.file)).toEqual(['x.json', 'y.json']);
  });
});

describe('npm run edition:new', () => {
  const dir = mkdtempSync(join(tmpdir(), 'edition-new-'));
  cpSync(join(process.cwd(), 'data'), join(dir, 'data'), { recursive: true });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const run = (...args: string[]) => spawnSync(process.execPath, [join(process.cwd(), 'scripts/new-edition.mjs'), ...args, '--data', join(dir, 'data')], { encoding: 'utf8' });

  it('writes an edition on top of the newest, valid as written, that opens a result through its link', () => {
    const made = run('2099-02');
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    const file = JSON.parse(readFileSync(join(dir, 'data/editions/2099-02.json'), 'utf8'));
    expect(file).toMatchObject({ id: '2099-02', label: 'February 2099 refresh', asOf: '2099-02', base: newest.id, dataVersion: currentDataset.meta.dataVersion + 1 });
    const files = { ...editionFiles, 'editions/2099-02.json': file };
    expect(validateData(dataFiles, files, { presets: presetArray })).toEqual([]);
    const { current, editions } = assembleEditions(dataFiles, files);
    expect(current.meta.edition.id).toBe('2099-02');
    // The same advice as the edition it copies, until the maintainer adds changes.
    const answers = { goal: 'research', modelSource: 'custom', data: ['text'], workload: ['llm-finetune'], targets: ['server'], hardware: ['nvidia'], scale: 'multi-gpu', team: 'pytorch', codebase: 'none' };
    const before = recommend(answers, currentDataset);
    const after = recommend(answers, current);
    expect(after.ok && before.ok && after.verdict).toEqual(before.ok && before.verdict);
    // Its link names it and reads back against it.
    const link = `?${encodeAnswers(answers, current)}`;
    expect(link).toContain('e=2099-02');
    const decoded = decodeShareLink(link, current);
    expect(decoded.editionId).toBe('2099-02');
    expect(editions.find((d) => d.meta.edition.id === decoded.editionId)).toBe(current);
    expect(decoded.answers).toEqual(answers);
  });

  it('refuses an id that exists, a date not later than the newest, and a missing id, writing nothing', () => {
    expect(run(newest.id)).toMatchObject({ status: 1, stderr: expect.stringContaining(`an edition "${newest.id}" exists already`) });
    expect(run('2020-01')).toMatchObject({ status: 1, stderr: expect.stringContaining('must be later than the newest') });
    expect(run('winter')).toMatchObject({ status: 1, stderr: expect.stringContaining('--as-of YYYY-MM') });
    expect(run()).toMatchObject({ status: 1, stderr: expect.stringContaining("give the new edition's id") });
  });
});
