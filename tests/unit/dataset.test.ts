import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentDataset } from '../../src/data/editions.ts';
import { dataFiles, seedDataset } from '../support/editions.ts';
import { presetList } from '../../src/data/preset-list.ts';
import { checkPresets } from '../../src/schema/check-presets.ts';
import { DATA_FILE_SCHEMAS, type DataFileName, type DataFiles } from '../../src/schema/dataset.ts';
import { formatDatasetProblem, parseDataset } from '../../src/schema/parse-dataset.ts';

const dataDir = join(process.cwd(), 'data');
const readData = (): Record<string, unknown> =>
  Object.fromEntries(readdirSync(dataDir).filter((f) => f.endsWith('.json')).map((f) => [f, JSON.parse(readFileSync(join(dataDir, f), 'utf8'))]));

/** A deep copy of the shipped files with one change applied. */
function broken(change: (files: Record<string, any>) => void): DataFiles {
  const files = structuredClone(dataFiles) as Record<string, any>;
  change(files);
  return files as DataFiles;
}

function problemsOf(files: DataFiles): string[] {
  const result = parseDataset(files);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(formatDatasetProblem);
}

describe('the shipped dataset', () => {
  it('has exactly one schema per JSON file in data/, and every file validates', () => {
    // presets.json is the start page's, checked against the newest edition (below).
    expect(Object.keys(readData()).sort()).toEqual([...Object.keys(DATA_FILE_SCHEMAS), 'presets.json'].sort());
    const result = parseDataset(readData() as DataFiles);
    expect(result.ok ? [] : result.problems.map(formatDatasetProblem)).toEqual([]);
  });

  it('scores every framework on every criterion, within the scale, with a source and a date', () => {
    for (const criterion of seedDataset.criteria) {
      for (const framework of seedDataset.frameworks) {
        const score = criterion.scores[framework.id];
        expect(score, `${criterion.id}/${framework.id}`).toBeDefined();
        expect(score!.score).toBeGreaterThanOrEqual(1);
        expect(score!.score).toBeLessThanOrEqual(10);
        expect(score!.sources.length).toBeGreaterThan(0);
        expect(score!.asOf).toMatch(/^\d{4}-\d{2}/);
      }
    }
  });

  it('keeps the seed six criteria with the seed scores, and marks every capability score as an estimate', () => {
    const seed = { research: [5, 10], production: [9, 7], devex: [6, 9], mobile: [10, 6], ecosystem: [8, 9], community: [7, 10] };
    for (const [id, [tf, pt]] of Object.entries(seed)) {
      const criterion = seedDataset.criteria.find((c) => c.id === id)!;
      expect(criterion.kind).toBe('opinion');
      expect([criterion.scores.tensorflow!.score, criterion.scores.pytorch!.score]).toEqual([tf, pt]);
      expect(criterion.scores.tensorflow!.estimate).toBe(false);
    }
    const capabilities = seedDataset.criteria.filter((c) => c.kind === 'capability');
    expect(capabilities.map((c) => c.id)).toEqual(['tpu', 'browser', 'distributed', 'modelHub']);
    for (const c of capabilities) for (const s of Object.values(c.scores)) expect(s.estimate && s.basis).toBeTruthy();
  });

  it('gives every fact a source and an as-of date', () => {
    expect(seedDataset.facts).toHaveLength(12);
    for (const fact of seedDataset.facts) {
      expect(fact.sources.length).toBeGreaterThan(0);
      expect(fact.asOf).toMatch(/^\d{4}-\d{2}/);
    }
  });

  it('uses the public answer vocabulary of PRODUCT.md', () => {
    const vocabulary = Object.fromEntries(seedDataset.questions.map((q) => [q.id, q.options.map((o) => o.id)]));
    expect(vocabulary).toEqual({
      goal: ['research', 'production', 'both'],
      modelSource: ['custom', 'finetune', 'pretrained', 'hosted'],
      data: ['tabular', 'text', 'vision', 'audio', 'timeseries', 'generative'],
      targets: ['server', 'mobile', 'edge', 'browser', 'undecided'],
      hardware: ['gpu', 'tpu', 'cpu', 'unsure'],
      scale: ['single', 'multi-gpu', 'cluster'],
      team: ['pytorch', 'tensorflow', 'jax', 'none'],
      codebase: ['none', 'tf2', 'tf1', 'pytorch'],
      projectSize: ['small', 'medium', 'large'],
      priorities: [],
      // Scores tried from the result's "what would change this" (docs/decisions/0010): never asked.
      scores: [],
    });
  });

  it('carries none of the seed\'s sales lines', () => {
    const text = JSON.stringify(readData()).toLowerCase();
    for (const line of ['free consultation', 'talk to us', '500+', 'senior architects', 'get help']) expect(text).not.toContain(line);
  });
});

describe('a broken data file', () => {
  it('names the file, the path inside it and what is wrong', () => {
    const problems = problemsOf(broken((f) => (f['criteria.json'].criteria[2].scores.pytorch.score = 11)));
    expect(problems).toEqual(['data/criteria.json at criteria.2.scores.pytorch.score: must be at most 10 (got 11)']);
  });

  it('reports a missing field and a wrong type', () => {
    const problems = problemsOf(
      broken((f) => {
        delete f['facts.json'].facts[0].asOf;
        f['migration.json'].sizes[1].weeksMin = 'ten';
      }),
    );
    expect(problems).toEqual([
      'data/facts.json at facts.0.asOf: is missing (expected a string)',
      'data/migration.json at sizes.1.weeksMin: must be a number (got "ten")',
    ]);
  });

  it('reports unknown keys (a typo in a field name)', () => {
    const problems = problemsOf(broken((f) => (f['alternatives.json'].alternatives[0].gotchas = 'x')));
    expect(problems).toEqual(['data/alternatives.json at alternatives.0: has unknown key "gotchas"']);
  });

  it('reports an unknown criterion in an answer effect', () => {
    const problems = problemsOf(broken((f) => (f['questions.json'].questions[0].options[0].weights[0].criterion = 'speed')));
    expect(problems).toEqual(['data/questions.json at questions.0.options.0.weights.0.criterion: names an unknown criterion "speed"']);
  });

  it('refuses a weight or an answer-set score whose condition depends on the leader (they come before the ranking)', () => {
    const problems = problemsOf(
      broken((f) => {
        f['questions.json'].questions[0].options[0].weights[0].when = { leader: 'pytorch' };
        const team = f['questions.json'].questions.find((q: any) => q.id === 'team');
        team.options[0].scores[0].when = { not: { codeInOtherFramework: true } };
      }),
    );
    expect(problems).toEqual([
      'data/questions.json at questions.0.options.0.weights.0.when: a weight comes before the ranking, so its condition may name answers only',
      expect.stringMatching(/^data\/questions\.json at questions\.\d+\.options\.0\.scores\.0\.when: answer-set scores come before the ranking, so their condition may name answers only$/),
    ]);
  });

  it('refuses a floor that depends on the leader, sits at the scale\'s lowest, names an unknown option, or is set on a criterion the answers score', () => {
    const problems = problemsOf(
      broken((f) => {
        const criteria = f['criteria.json'].criteria;
        criteria[0].floor = { score: 5, where: 'servers', when: { leader: 'pytorch' }, reason: 'A bar for the test.' };
        criteria[1].floor = { score: 1, where: 'servers', when: { question: 'goal', anyOf: ['shipping'] }, reason: 'A bar for the test.' };
        criteria.find((c: any) => c.kind === 'switching').floor = { score: 5, where: 'servers', when: { question: 'goal', anyOf: ['production'] }, reason: 'A bar for the test.' };
      }),
    );
    expect(problems).toEqual([
      'data/criteria.json at criteria.0.floor.when: a floor comes before the ranking, so its condition may name answers only',
      'data/criteria.json at criteria.1.floor.when.anyOf.0: is not an option of "goal": "shipping"',
      "data/criteria.json at criteria.1.floor.score: must be above the scale's lowest and on the scale",
      expect.stringMatching(/^data\/criteria\.json at criteria\.\d+\.floor: a criterion the answers score has no floor$/),
    ]);
  });

  it('reports an unknown framework, source, option and fact', () => {
    const problems = problemsOf(
      broken((f) => {
        f['criteria.json'].criteria[0].scores.jaxx = f['criteria.json'].criteria[0].scores.pytorch;
        f['facts.json'].facts[1].sources = ['nowhere'];
        f['pitfalls.json'].pitfalls[0].when = { question: 'codebase', anyOf: ['tf3'] };
        f['criteria.json'].criteria[6].scores.tensorflow.basis = 'tpus';
      }),
    );
    expect(problems).toEqual([
      'data/criteria.json at criteria.0.scores.jaxx: names an unknown framework "jaxx"',
      'data/criteria.json at criteria.6.scores.tensorflow.basis: names an unknown fact "tpus"',
      'data/facts.json at facts.1.sources.0: names an unknown source "nowhere"',
      'data/pitfalls.json at pitfalls.0.when.anyOf.0: is not an option of "codebase": "tf3"',
    ]);
  });

  it('reports a criterion with a framework left unscored, and a repeated id', () => {
    const problems = problemsOf(
      broken((f) => {
        delete f['criteria.json'].criteria[1].scores.tensorflow;
        f['sources.json'].sources[3].id = 'seed';
      }),
    );
    expect(problems).toEqual([
      'data/sources.json at sources.3.id: repeats the id "seed"',
      'data/criteria.json at criteria.1.scores: has no entry for the framework "tensorflow"',
      // sources.3 was "pytorch-blog": renaming it leaves its users pointing at nothing.
      'data/facts.json at facts.0.sources.1: names an unknown source "pytorch-blog"',
    ]);
  });

  it('checks the presets against the newest edition, whose questionnaire the start page offers', () => {
    const presets = { presets: structuredClone(presetList) as any[] };
    expect(checkPresets(presets, currentDataset)).toEqual([]);
    presets.presets[0].answers.goal = 'fun';
    presets.presets.push(structuredClone(presets.presets[1]));
    expect(checkPresets(presets, currentDataset)).toEqual([
      'data/presets.json at presets.0.answers.goal: must be one of "research", "production", "both" (got "fun")',
      `data/presets.json at presets.${presets.presets.length - 1}.id: repeats the id "${presetList[1]!.id}"`,
    ]);
  });

  it('refuses a capability score that is not marked as an estimate', () => {
    const problems = problemsOf(broken((f) => (f['criteria.json'].criteria[6].scores.pytorch.estimate = false)));
    expect(problems).toEqual(["data/criteria.json at criteria.6.scores.pytorch.estimate: capability scores are the project's estimates and must be marked so"]);
  });

  it('reports a missing file', () => {
    const files = broken(() => undefined) as Record<DataFileName, unknown>;
    files['facts.json'] = undefined;
    expect(problemsOf(files)).toEqual(['data/facts.json: is missing (expected a object)']);
  });
});

describe('adding a framework (README: "Adding data")', () => {
  it('names every place a framework added to frameworks.json alone still needs', () => {
    const problems = problemsOf(
      broken((f) => {
        f['frameworks.json'].frameworks.push({ id: 'probe-framework', name: 'Probe framework', maintainer: 'Apache', summary: 'A framework added to the list only.' });
      }),
    );
    const places = (pattern: RegExp) => problems.filter((p) => pattern.test(p));
    // A score on every criterion,
    expect(places(/^data\/criteria\.json at criteria\.\d+\.scores: has no entry for the framework "probe-framework"$/)).toHaveLength(seedDataset.criteria.length);
    // a value in every fact,
    expect(places(/^data\/facts\.json at facts\.\d+\.values: has no entry for the framework "probe-framework"$/)).toHaveLength(seedDataset.facts.length);
    // a deployment path on every target,
    expect(places(/^data\/deployment\.json at targets\.\d+\.paths: has no deployment path for the framework "probe-framework" on "\w+"$/)).toHaveLength(seedDataset.deployment.length);
    // a value in every answer's score effect (team knowledge, existing code),
    const scoreEffects = seedDataset.questions.flatMap((q) => q.options.flatMap((o) => o.scores ?? []));
    expect(places(/^data\/questions\.json at questions\.\d+\.options\.\d+\.scores\.\d+\.values: has no entry for the framework "probe-framework"$/)).toHaveLength(scoreEffects.length);
    // and a team option and a codebase option that stand for it.
    expect(places(/no option of "team" stands for the framework "probe-framework" and scores "teamSkills"$/)).toHaveLength(1);
    expect(places(/no option of "codebase" stands for the framework "probe-framework" and scores "existingCode"$/)).toHaveLength(1);
    expect(problems).toHaveLength(seedDataset.criteria.length + seedDataset.facts.length + seedDataset.deployment.length + scoreEffects.length + 2);
  });

  it('refuses a framework that is still listed as an alternative', () => {
    const problems = problemsOf(broken((f) => f['frameworks.json'].frameworks.push({ id: 'jax', name: 'JAX', maintainer: 'Google', summary: 'x' })));
    expect(problems).toContain('data/alternatives.json at alternatives.0.id: "jax" is a scored framework now; take it out of the alternatives');
  });
});
