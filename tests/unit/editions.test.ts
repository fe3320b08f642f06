import { presetList as presetArray } from '../../src/data/preset-list.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { currentDataset, loadEditionRecord } from '../../src/data/editions.ts';
import { frameworksEdition } from '../support/add-frameworks.ts';
import { dataFiles, datasetFor, editionFiles, editions, seedDataset } from '../support/editions.ts';
import { recommend, tallyCriterionWins } from '../../src/engine/index.ts';
import { resolveScores } from '../../src/engine/resolve-scores.ts';
import { describeChange } from '../../src/features/results/edition/change-record.tsx';
import { onOtherEdition, seedScoreOf } from '../../src/features/results/edition/edition-changes.ts';
import { toDecisionRecord } from '../../src/words/decision-record.ts';
import { applyEdition } from '../../src/schema/apply-edition.ts';
import { assembleEditions } from '../../src/schema/assemble-dataset.ts';
import { chainEditions } from '../../src/schema/chain-editions.ts';
import type { Dataset } from '../../src/schema/dataset.ts';
import { parseDataset } from '../../src/schema/parse-dataset.ts';
import { validateData } from '../../src/schema/validate-data.ts';

const editionFile = (): any => JSON.parse(readFileSync(join(process.cwd(), 'data/editions/2026-11.json'), 'utf8'));

describe('data editions', () => {
  it('ships every edition file in data/editions, and both editions validate', () => {
    const files = readdirSync(join(process.cwd(), 'data/editions')).map((f) => `editions/${f}`);
    expect(files.sort()).toEqual(Object.keys(editionFiles).sort());
    // Every file is an edition, with the seed; the newest by its date comes first and is the current one.
    expect(editions.map((d) => d.meta.edition.id).sort()).toEqual([...Object.values(editionFiles).map((e: any) => e.id), 'seed'].sort());
    const dates = editions.map((d) => d.meta.edition.asOf);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(currentDataset).toEqual(editions[0]);
    expect(applyEdition(dataFiles, editionFile(), 'editions/2026-11.json').ok).toBe(true);
    expect(datasetFor('seed')).toBe(seedDataset);
    expect(datasetFor('nope')).toBeNull();
  });

  it('gives the page, which assembles the files unchecked, exactly the datasets the schemas validate', () => {
    expect(validateData(dataFiles, editionFiles, { presets: presetArray })).toEqual([]);
    const validatedSeed = parseDataset(dataFiles);
    expect(validatedSeed.ok && validatedSeed.dataset).toEqual(seedDataset);
    // Each edition on top of the one it builds on, as the build validates them.
    const filesOf = new Map([[seedDataset.meta.edition.id, dataFiles]]);
    const { ordered } = chainEditions(seedDataset.meta.edition, editionFiles);
    expect(ordered).toHaveLength(Object.keys(editionFiles).length);
    for (const { file, edition } of ordered) {
      const validated = applyEdition(filesOf.get(edition.base)!, edition, file);
      expect(validated.ok && validated.dataset, file).toEqual(datasetFor(edition.id));
      if (validated.ok) filesOf.set(edition.id, validated.files);
    }
  });

  it('names every problem of every file when the data is invalid, as the build reports them', () => {
    const edition = editionFile();
    const merge = edition.changes.findIndex((c: any) => c.op === 'merge');
    edition.changes[merge].old = { score: 1 };
    const files = structuredClone(dataFiles) as any;
    expect(validateData(files, { 'editions/2026-11.json': edition }, { presets: presetArray })).toEqual([
      expect.stringMatching(new RegExp(`^data/editions/2026-11\\.json at changes\\.${merge}\\.old\\.score: says the old value was 1, but `)),
    ]);
    files['frameworks.json'].frameworks[0].id = 'Not An Id';
    const problems = validateData(files, { 'editions/2026-11.json': edition }, { presets: presetArray });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^data\/frameworks\.json at frameworks\.0\.id: /);
  });

  it('keeps the seed edition exactly as published: 4-2-0, 8.5 vs 7.5', () => {
    const scores = resolveScores({}, seedDataset);
    const tally = tallyCriterionWins(scores, ['research', 'production', 'devex', 'mobile', 'ecosystem', 'community'], ['tensorflow', 'pytorch']);
    expect([tally.wins.pytorch, tally.wins.tensorflow, tally.ties]).toEqual([4, 2, 0]);
    const result = recommend({}, seedDataset);
    expect(result.ok && result.ranking.map((r) => r.score)).toEqual([8.5, 7.5]);
    expect(seedDataset.meta.edition).toEqual({ id: 'seed', label: 'The comparison as first published', asOf: '2026-04' });
  });

  it('makes the November 2026 edition the seed plus cited changes, each with a source, a date and a reason', async () => {
    const november = datasetFor('2026-11')!;
    expect(november.meta.edition).toEqual({ id: '2026-11', label: 'November 2026 refresh', asOf: '2026-11' });
    expect(november.meta.dataVersion).toBe(4);
    const sourceIds = new Set(november.sources.map((s) => s.id));
    for (const change of (await loadEditionRecord('2026-11')).changes) {
      expect(change.sources.length, change.id).toBeGreaterThan(0);
      for (const id of change.sources) expect(sourceIds.has(id), `${change.id} cites ${id}`).toBe(true);
      expect(change.date).toMatch(/^\d{4}-\d{2}/);
      expect(change.reason.length).toBeGreaterThan(20);
    }
  });

  it('marks every score a later edition moves or adds as the project estimate, and keeps the seed score on record', () => {
    for (const edition of editions.filter((d) => d.history.base !== null)) {
      for (const criterion of edition.criteria) {
        for (const [frameworkId, score] of Object.entries(criterion.scores)) {
          // A framework or criterion the seed does not have is the edition's own estimate.
          const seed = seedDataset.criteria.find((c) => c.id === criterion.id)?.scores[frameworkId]?.score;
          if (score.score !== seed) expect(score.estimate, `${edition.meta.edition.id}: ${criterion.id}/${frameworkId}`).toBe(true);
          if (seed !== undefined && score.score !== seed) expect(seedScoreOf(edition, criterion.id, frameworkId)).toBe(seed);
        }
      }
    }
    const november = datasetFor('2026-11')!;
    expect(seedScoreOf(november, 'mobile', 'pytorch')).toBe(6);
    expect(november.criteria.find((c) => c.id === 'mobile')!.scores.pytorch!.score).toBe(8);
    expect(seedScoreOf(november, 'research', 'pytorch')).toBeNull();
  });

  it('refuses a change whose old value is not what the seed holds, naming the file and the path', () => {
    const edition = editionFile();
    const index = edition.changes.findIndex((c: any) => c.id === 'mobile-score');
    edition.changes[index].old.score = 5;
    expect(applyEdition(dataFiles, edition, 'editions/2026-11.json')).toEqual({
      ok: false,
      problems: [{ file: 'editions/2026-11.json', path: `changes.${index}.old.score`, message: 'says the old value was 5, but criteria.json has 6' }],
    });
  });

  it('refuses a change that cites an unknown source, or a path that is not there', () => {
    const edition = editionFile();
    // Two changes, found by what they are rather than where they stand in the list.
    const cited = edition.changes.findIndex((c: any) => c.op === 'merge' && c.file === 'criteria.json');
    // The last fact change: no later change rests on what it leaves behind.
    const fact = edition.changes.findLastIndex((c: any) => c.op === 'merge' && c.file === 'facts.json');
    const factPath = edition.changes[fact].path;
    edition.changes[cited].sources = ['nowhere'];
    edition.changes[fact].path = 'facts/colour';
    const result = applyEdition(dataFiles, edition, 'editions/2026-11.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([{ file: 'editions/2026-11.json', path: `changes.${fact}.path`, message: '"facts/colour" in facts.json is not an object that can be changed' }]);
    edition.changes[fact].path = factPath;
    const second = applyEdition(dataFiles, edition, 'editions/2026-11.json');
    expect(!second.ok && second.problems).toEqual([{ file: 'editions/2026-11.json', path: `changes.${cited}.sources.0`, message: 'names an unknown source "nowhere"' }]);
  });

  it('describes what a change adds for a new framework, and a score it keeps as such', () => {
    const find = (id: string) => editionFile().changes.find((c: { id: string }) => c.id === id);
    expect(describeChange(find('jax-score-tpu'), currentDataset)).toEqual(['JAX: 10 (new)']);
    expect(describeChange(find('jax-fact-appleSilicon'), currentDataset)).toEqual(['JAX: Apple GPUs marked experimental; the installation guide advises the CPU (new)']);
    expect(describeChange(find('tpu-score'), currentDataset)).toEqual(['Score: 6, as before']);
  });

  it('describes a change as before and after', () => {
    const change = editionFile().changes.find((c: { id: string }) => c.id === 'hf-v5');
    expect(describeChange(change, currentDataset)).toEqual([
      'TensorFlow: Supported (TFAutoModel) → Removed in Transformers v5 (January 2026); only older releases support it',
      'PyTorch: Default (AutoModel) → The only backend from Transformers v5',
    ]);
  });

  it.each([
    ['mobile app', { goal: 'production', modelSource: 'custom', data: ['vision'], targets: ['mobile'], hardware: ['gpu'], scale: 'single', team: 'none', codebase: 'none' }, 'TensorFlow is the better fit', 'PyTorch is the better fit'],
    ['browser demo', { goal: 'production', modelSource: 'finetune', data: ['vision'], targets: ['browser'], hardware: ['gpu'], scale: 'single', team: 'none', codebase: 'none' }, 'A close call: TensorFlow, just ahead of PyTorch', 'PyTorch is the better fit'],
    ['TPU production', { goal: 'production', modelSource: 'custom', data: ['vision'], targets: ['server'], hardware: ['tpu'], scale: 'cluster', team: 'none', codebase: 'none' }, 'TensorFlow is the better fit', 'A close call: JAX, just ahead of PyTorch'],
    ['edge production', { goal: 'production', modelSource: 'custom', data: ['timeseries'], targets: ['edge'], hardware: ['gpu'], scale: 'single', team: 'none', codebase: 'none' }, 'TensorFlow is the better fit', 'A close call: PyTorch, just ahead of TensorFlow'],
  ])('reports that the %s profile changes verdict between the seed and November 2026', (_, answers, seedTitle, currentTitle) => {
    const november = datasetFor('2026-11')!;
    const current = recommend(answers, november);
    if (!current.ok) throw new Error('invalid');
    const seed = onOtherEdition(answers, current, seedDataset)!;
    expect(seed.differs).toBe(true);
    expect(seed.title).toBe(seedTitle);
    expect(onOtherEdition(answers, seed.result, november)!.title).toBe(currentTitle);
  });

  it('calls the other edition different only when its advice differs, not when one calls the same lead a close call', () => {
    const answers = { goal: 'production', modelSource: 'custom', data: ['vision'], targets: ['mobile'], hardware: ['gpu'], scale: 'single', team: 'tensorflow', codebase: 'tf2', projectSize: 'large' };
    const seed = recommend(answers, seedDataset);
    if (!seed.ok) throw new Error('invalid');
    // The same leader, as a close call on one side and a clear lead on the other: the same advice.
    const closeCall = { ...seed, verdict: { ...seed.verdict, kind: seed.verdict.kind === 'close' ? ('winner' as const) : ('close' as const) } };
    expect(onOtherEdition(answers, closeCall, seedDataset)!.differs).toBe(false);
    // Another leader: different advice.
    const other = { ...seed, verdict: { ...seed.verdict, leaderId: seed.verdict.runnerUpId, runnerUpId: seed.verdict.leaderId } };
    expect(onOtherEdition(answers, other, seedDataset)!.differs).toBe(true);
  });

  it('keeps the research verdict: PyTorch on the seed and November 2026', () => {
    const answers = { goal: 'research', modelSource: 'custom', data: ['text', 'vision'], targets: ['server'], hardware: ['gpu'], scale: 'multi-gpu', team: 'pytorch', codebase: 'none' };
    const current = recommend(answers, datasetFor('2026-11')!);
    expect(current.ok && onOtherEdition(answers, current, seedDataset)!.differs).toBe(false);
  });

  it('hands the page the current edition at once and an older one only when asked, loaded once', async () => {
    vi.resetModules();
    const data = await import('../../src/data/editions.ts');
    expect(data.loadedDataset(data.currentDataset.meta.edition.id)).toBe(data.currentDataset);
    expect(data.loadedDataset('seed')).toBeNull();
    const loading = data.loadDataset('seed')!;
    expect(data.loadDataset('seed')).toBe(loading);
    expect(await loading).toEqual(seedDataset);
    expect(data.loadedDataset('seed')).toBe(await loading);
    expect(data.loadDataset('2099-01')).toBeNull();
    expect(data.editions.map((e) => e.id)).toEqual(editions.map((d) => d.meta.edition.id));
    expect(data.publishedScore('mobile', 'pytorch')).toBe(seedDataset.criteria.find((c) => c.id === 'mobile')!.scores.pytorch!.score);
    expect(data.publishedScore('mobile', 'jax')).toBeUndefined();
    expect(data.publishedScore('__proto__', 'jax')).toBeUndefined();
  });

  it('keeps a failed load of an older edition failed, naming it, until it is tried again', async () => {
    vi.resetModules();
    const { editionIndex } = await import('../../scripts/build/edition-data-plugin.ts');
    const { assembleEditions } = await import('../../src/schema/assemble-dataset.ts');
    const assembled = assembleEditions(dataFiles, editionFiles);
    let calls = 0;
    vi.doMock('virtual:editions', () => ({
      ...editionIndex(assembled),
      datasetLoaders: { seed: () => (++calls === 1 ? Promise.reject(new Error('network')) : Promise.resolve({ default: assembled.seed })) },
    }));
    try {
      const data = await import('../../src/data/editions.ts');
      const { LoadFailure } = await import('../../src/components/load-once.ts');
      const first = data.loadDataset('seed')!;
      const failure: unknown = await first.catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(LoadFailure);
      expect((failure as InstanceType<typeof LoadFailure>).what).toEqual(data.seedEdition);
      // The same failed promise on every call (what React's use needs to reach an error boundary), and no new load.
      expect(data.loadDataset('seed')).toBe(first);
      expect(calls).toBe(1);
      (failure as InstanceType<typeof LoadFailure>).retry();
      expect(await data.loadDataset('seed')).toBe(assembled.seed);
      expect(calls).toBe(2);
      // A load that worked is not thrown away by a retry.
      data.retryDataset('seed');
      expect(data.loadedDataset('seed')).toBe(assembled.seed);
      expect(calls).toBe(2);
    } finally {
      vi.doUnmock('virtual:editions');
    }
  });

  it('names the edition and its date in the Markdown record', () => {
    const november = datasetFor('2026-11')!;
    const result = recommend({ goal: 'research' }, november);
    if (!result.ok) throw new Error('invalid');
    expect(toDecisionRecord(result, november, { date: '2026-11-25', url: 'https://x/?v=1' })).toContain('- Data: November 2026 refresh, as of November 2026 (data version 4)');
  });

  it('takes a new edition from its file alone: the newest is current, and each edition names the one it builds on', () => {
    const later = { ...editionFile(), id: '2027-05', label: 'May 2027 refresh', asOf: '2027-05', dataVersion: 3 };
    const files = Object.fromEntries(Object.entries(editionFiles).filter(([file]) => file === 'editions/2026-11.json'));
    const assembled = assembleEditions(dataFiles, { ...files, 'editions/2027-05.json': later });
    expect(assembled.editions.map((d) => d.meta.edition.id)).toEqual(['2027-05', '2026-11', 'seed']);
    expect(assembled.current.meta.edition.id).toBe('2027-05');
    // Each edition names the one it builds on; the seed builds on none.
    const [newest, middle, seed] = assembled.editions as [Dataset, Dataset, Dataset];
    expect([newest.history.base, middle.history.base, seed.history.base]).toEqual(['seed', 'seed', null]);
  });
});

describe('adding a framework through an edition (README: "A framework")', () => {
  // Every change the README lists, for a framework the seed does not have (tests/support/add-frameworks.ts).
  const frameworkEdition = (id: string): any => frameworksEdition(dataFiles, [id]);

  it('takes a framework added by data alone, and scores it', () => {
    const result = applyEdition(dataFiles, frameworkEdition('probe'), 'editions/2026-12.json');
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const recommendation = recommend({ team: 'probe' }, result.dataset);
    expect(recommendation.ok && recommendation.ranking.map((r) => r.frameworkId)).toContain('probe');
  });

  it('takes the framework out of the alternatives with a remove change, and refuses it otherwise', () => {
    const withJax = frameworkEdition('jax');
    const refused = applyEdition(dataFiles, withJax, 'editions/2026-12.json');
    expect(!refused.ok && refused.problems.map((p) => `${p.file} ${p.path}: ${p.message}`)).toEqual(['editions/2026-12.json, once applied to alternatives.json, alternatives.0.id: "jax" is a scored framework now; take it out of the alternatives']);
    const jax = (dataFiles as any)['alternatives.json'].alternatives.find((a: any) => a.id === 'jax');
    withJax.changes.push({ id: 'probe-remove', op: 'remove', file: 'alternatives.json', path: 'alternatives/jax', old: jax, title: 'JAX is scored now', date: '2026-12', sources: ['project'], reason: 'No longer an alternative.' });
    expect(applyEdition(dataFiles, withJax, 'editions/2026-12.json').ok).toBe(true);
    expect(describeChange(withJax.changes.at(-1), seedDataset)).toEqual(['Removed: JAX']);
    // A remove whose old item is not what the seed holds is refused, like a merge.
    withJax.changes.at(-1).old = { ...jax, name: 'Not JAX' };
    const wrong = applyEdition(dataFiles, withJax, 'editions/2026-12.json');
    expect(!wrong.ok && wrong.problems[0]!.message).toBe('is not the item that alternatives.json holds at "alternatives/jax"');
  });

  it('names the edition, then each place a half-added framework still misses', () => {
    const edition = frameworkEdition('probe');
    edition.changes = edition.changes.filter((c: any) => !(c.file === 'deployment.json' && c.path.includes('/browser/')) && !(c.file === 'facts.json' && c.path === 'facts/version/values'));
    const result = applyEdition(dataFiles, edition, 'editions/2026-12.json');
    expect(!result.ok && result.problems.map((p) => `${p.file} ${p.path}: ${p.message}`)).toEqual([
      'editions/2026-12.json, once applied to facts.json, facts.0.values: has no entry for the framework "probe"',
      'editions/2026-12.json, once applied to deployment.json, targets.3.paths: has no deployment path for the framework "probe" on "browser"',
    ]);
  });
});

describe('the December 2026 alternatives', () => {
  it('names MLX for a project on Apple silicon and Stable-Baselines3 for reinforcement learning, on the current data only', () => {
    const mac = recommend({ goal: 'research', modelSource: 'custom', data: ['text'], workload: ['llm-finetune'], targets: ['server'], hardware: ['apple'], scale: 'single', team: 'pytorch', codebase: 'none' }, currentDataset);
    const rl = recommend({ goal: 'research', modelSource: 'custom', data: ['timeseries'], workload: ['rl'], targets: ['server'], hardware: ['nvidia'], scale: 'single', team: 'pytorch', codebase: 'none' }, currentDataset);
    if (!mac.ok || !rl.ok) throw new Error('the answers must be valid');
    expect(mac.alternatives.map((a) => a.alternativeId)).toContain('mlx');
    expect(rl.alternatives.map((a) => a.alternativeId)).toContain('sb3');
    expect(rl.alternatives.map((a) => a.alternativeId)).not.toContain('mlx');
  });
});
