import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentDataset, dataFiles, datasetFor, editionFiles, editions, seedDataset } from '../../src/data/editions.ts';
import { recommend, tallyCriterionWins } from '../../src/engine/index.ts';
import { resolveScores } from '../../src/engine/resolve-scores.ts';
import { describeChange, onOtherEdition, seedScoreOf } from '../../src/features/results/edition-changes.ts';
import { toDecisionRecord } from '../../src/features/results/decision-record.ts';
import { applyEdition } from '../../src/schema/apply-edition.ts';
import { assembleEditions, editionToCompare } from '../../src/schema/assemble-dataset.ts';
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
    expect(currentDataset).toBe(editions[0]);
    expect(applyEdition(dataFiles, editionFile(), 'editions/2026-11.json').ok).toBe(true);
    expect(datasetFor('seed')).toBe(seedDataset);
    expect(datasetFor('nope')).toBeNull();
  });

  it('gives the page, which assembles the files unchecked, exactly the datasets the schemas validate', () => {
    expect(validateData(dataFiles, editionFiles)).toEqual([]);
    const validatedSeed = parseDataset(dataFiles);
    const validatedCurrent = applyEdition(dataFiles, editionFile(), 'editions/2026-11.json');
    expect(validatedSeed.ok && validatedSeed.dataset).toEqual(seedDataset);
    expect(validatedCurrent.ok && validatedCurrent.dataset).toEqual(currentDataset);
  });

  it('names every problem of every file when the data is invalid, as the build reports them', () => {
    const edition = editionFile();
    const merge = edition.changes.findIndex((c: any) => c.op === 'merge');
    edition.changes[merge].old = { score: 1 };
    const files = structuredClone(dataFiles) as any;
    expect(validateData(files, { 'editions/2026-11.json': edition })).toEqual([
      expect.stringMatching(new RegExp(`^data/editions/2026-11\\.json at changes\\.${merge}\\.old\\.score: says the old value was 1, but `)),
    ]);
    files['frameworks.json'].frameworks[0].id = 'Not An Id';
    const problems = validateData(files, { 'editions/2026-11.json': edition });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^data\/frameworks\.json at frameworks\.0\.id: /);
  });

  it('keeps the seed edition exactly as published: 4-2-0, 8.5 vs 7.5', () => {
    const scores = resolveScores({}, seedDataset);
    const tally = tallyCriterionWins(scores, ['research', 'production', 'devex', 'mobile', 'ecosystem', 'community'], ['tensorflow', 'pytorch']);
    expect([tally.wins.pytorch, tally.wins.tensorflow, tally.ties]).toEqual([4, 2, 0]);
    const result = recommend({}, seedDataset);
    expect(result.ok && result.ranking.map((r) => r.score)).toEqual([8.5, 7.5]);
    expect(seedDataset.meta.edition).toEqual({ id: 'seed', label: 'Seed edition (the comparison as published)', asOf: '2026-04' });
  });

  it('makes the current edition the seed plus cited changes, each with a source, a date and a reason', () => {
    expect(currentDataset.meta.edition).toEqual({ id: '2026-11', label: 'November 2026 refresh', asOf: '2026-11' });
    expect(currentDataset.meta.dataVersion).toBe(2);
    const sourceIds = new Set(currentDataset.sources.map((s) => s.id));
    for (const change of currentDataset.history.changes) {
      expect(change.sources.length, change.id).toBeGreaterThan(0);
      for (const id of change.sources) expect(sourceIds.has(id), `${change.id} cites ${id}`).toBe(true);
      expect(change.date).toMatch(/^\d{4}-\d{2}/);
      expect(change.reason.length).toBeGreaterThan(20);
    }
  });

  it('marks every score the refresh moves as the project estimate, and keeps the seed score on record', () => {
    for (const criterion of currentDataset.criteria) {
      for (const [frameworkId, score] of Object.entries(criterion.scores)) {
        const seed = seedDataset.criteria.find((c) => c.id === criterion.id)!.scores[frameworkId]!.score;
        if (score.score !== seed) {
          expect(score.estimate, `${criterion.id}/${frameworkId}`).toBe(true);
          expect(seedScoreOf(currentDataset, criterion.id, frameworkId)).toBe(seed);
        }
      }
    }
    expect(seedScoreOf(currentDataset, 'mobile', 'pytorch')).toBe(6);
    expect(currentDataset.criteria.find((c) => c.id === 'mobile')!.scores.pytorch!.score).toBe(8);
    expect(seedScoreOf(currentDataset, 'research', 'pytorch')).toBeNull();
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
    const fact = edition.changes.findIndex((c: any) => c.op === 'merge' && c.file === 'facts.json');
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

  it('describes a change as before and after', () => {
    const change = currentDataset.history.changes.find((c) => c.id === 'hf-v5')!;
    expect(describeChange(change, currentDataset)).toEqual([
      'TensorFlow: Supported (TFAutoModel) → Removed in Transformers v5 (January 2026); only older releases support it',
      'PyTorch: Default (AutoModel) → The only backend from Transformers v5',
    ]);
  });

  it.each([
    ['mobile app', { goal: 'production', modelSource: 'custom', data: ['vision'], targets: ['mobile'], hardware: ['gpu'], scale: 'single', team: 'none', codebase: 'none' }, 'TensorFlow is the better fit', 'A close call: PyTorch, just ahead of TensorFlow'],
    ['browser demo', { goal: 'production', modelSource: 'finetune', data: ['vision'], targets: ['browser'], hardware: ['gpu'], scale: 'single', team: 'none', codebase: 'none' }, 'A close call: TensorFlow, just ahead of PyTorch', 'PyTorch is the better fit'],
    ['TPU production', { goal: 'production', modelSource: 'custom', data: ['vision'], targets: ['server'], hardware: ['tpu'], scale: 'cluster', team: 'none', codebase: 'none' }, 'TensorFlow is the better fit', 'A close call: PyTorch, just ahead of TensorFlow'],
    ['edge production', { goal: 'production', modelSource: 'custom', data: ['timeseries'], targets: ['edge'], hardware: ['gpu'], scale: 'single', team: 'none', codebase: 'none' }, 'TensorFlow is the better fit', 'A close call: PyTorch, just ahead of TensorFlow'],
  ])('reports that the %s profile changes verdict between editions', (_, answers, seedTitle, currentTitle) => {
    const current = recommend(answers, currentDataset);
    if (!current.ok) throw new Error('invalid');
    const seed = onOtherEdition(answers, current, seedDataset)!;
    expect(seed.differs).toBe(true);
    expect(seed.title).toBe(seedTitle);
    expect(onOtherEdition(answers, seed.result, currentDataset)!.title).toBe(currentTitle);
  });

  it('keeps the research verdict: PyTorch on both editions', () => {
    const answers = { goal: 'research', modelSource: 'custom', data: ['text', 'vision'], targets: ['server'], hardware: ['gpu'], scale: 'multi-gpu', team: 'pytorch', codebase: 'none' };
    const current = recommend(answers, currentDataset);
    expect(current.ok && onOtherEdition(answers, current, seedDataset)!.differs).toBe(false);
  });

  it('names the edition and its date in the Markdown record', () => {
    const result = recommend({ goal: 'research' }, currentDataset);
    if (!result.ok) throw new Error('invalid');
    expect(toDecisionRecord(result, currentDataset, { date: '2026-11-25', url: 'https://x/?v=1' })).toContain('- Data: November 2026 refresh, as of November 2026 (data version 2)');
  });

  it('takes a new edition from its file alone: the newest is current, and each edition knows which one to set itself against', () => {
    const later = { ...editionFile(), id: '2027-05', label: 'May 2027 refresh', asOf: '2027-05', dataVersion: 3 };
    const assembled = assembleEditions(dataFiles, { ...editionFiles, 'editions/2027-05.json': later });
    expect(assembled.editions.map((d) => d.meta.edition.id)).toEqual(['2027-05', '2026-11', 'seed']);
    expect(assembled.current.meta.edition.id).toBe('2027-05');
    // The newest against its base (the seed), every older one against the newest.
    const [newest, middle, seed] = assembled.editions as [Dataset, Dataset, Dataset];
    expect(editionToCompare(assembled.editions, newest)?.meta.edition.id).toBe('seed');
    expect(editionToCompare(assembled.editions, middle)?.meta.edition.id).toBe('2027-05');
    expect(editionToCompare(assembled.editions, seed)?.meta.edition.id).toBe('2027-05');
    expect(editionToCompare([assembleEditions(dataFiles, {}).seed], seed)).toBeNull();
  });
});
