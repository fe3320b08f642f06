import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The project's own lint configuration, on probe files that break a layer. The probes do
// not exist on disk, so type information is turned off for them; the layer rules resolve
// the files the probes import, which do exist.
const eslint = new ESLint({ overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }] });
const LAYER_RULES = new Set(['import-x/no-restricted-paths', 'no-restricted-globals', 'no-restricted-properties']);

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result!.messages.filter((m) => m.fatal === true);
  expect(fatal, 'the probe parses').toEqual([]);
  return result!.messages.filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId)).map((m) => m.message);
}

describe('the layers, as npm run lint enforces them', () => {
  it('fail an engine module that imports a data module, naming the rule', async () => {
    const errors = await layerErrors('src/engine/layer-probe.ts', "import { currentDataset } from '../data/editions.ts';\nexport const probe = currentDataset;\n");
    expect(errors).toEqual([expect.stringContaining('Layer rule “the engine is pure and takes its dataset”')]);
  });

  it('fail an engine module that imports the JSON in data/, React or zod', async () => {
    expect(await layerErrors('src/engine/layer-probe.ts', "import criteria from '../../data/criteria.json';\nexport const probe = criteria;\n")).toEqual([expect.stringContaining('only src/data imports data/')]);
    expect(await layerErrors('src/engine/layer-probe.ts', "import { useState } from 'react';\nexport const probe = useState;\n")).toEqual([expect.stringContaining('no React, store or chart code')]);
    expect(await layerErrors('src/engine/layer-probe.ts', "import { z } from 'zod';\nexport const probe = z;\n")).toEqual([expect.stringContaining('no zod on the result page')]);
  });

  it('fail zod on the result page, and in words and flow', async () => {
    for (const file of ['src/features/results/chart/layer-probe.tsx', 'src/app/layer-probe.tsx', 'src/words/layer-probe.ts', 'src/flow/layer-probe.ts']) {
      expect(await layerErrors(file, "import { z } from 'zod';\nexport const probe = z;\n"), file).toEqual([expect.stringContaining('no zod on the result page')]);
    }
  });

  it('fail a feature that imports another feature, from any depth, naming the rule', async () => {
    const rule = 'Layer rule “features never import each other”';
    expect(await layerErrors('src/features/wizard/layer-probe.tsx', "import { Compare } from '../results/share-print/compare.tsx';\nexport const probe = Compare;\n")).toEqual([expect.stringContaining(rule)]);
    expect(await layerErrors('src/features/results/chart/layer-probe.tsx', "import { LeaderHint } from '../../wizard/leader-hint.tsx';\nexport const probe = LeaderHint;\n")).toEqual([expect.stringContaining(rule)]);
  });

  it('fail the share codec, the schema, the flow and the words when they reach up to the store', async () => {
    for (const folder of ['share', 'schema', 'flow', 'words']) {
      const errors = await layerErrors(`src/${folder}/layer-probe.ts`, "import { useAnswers } from '../state/wizard-store.ts';\nexport const probe = useAnswers;\n");
      expect(errors, folder).toContainEqual(expect.stringContaining('Layer rule'));
    }
  });

  it('cannot be slipped past with a leading ./, a dynamic import(), a re-export or a climb out of src/', async () => {
    expect(await layerErrors('src/engine/layer-probe.ts', "import { currentDataset } from './../data/editions.ts';\nexport const probe = currentDataset;\n")).toHaveLength(1);
    expect(await layerErrors('src/engine/layer-probe.ts', "export const probe = () => import('../data/editions.ts');\n")).toEqual([expect.stringContaining('the engine is pure')]);
    expect(await layerErrors('src/engine/layer-probe.ts', "export { currentDataset } from '../data/editions.ts';\n")).toEqual([expect.stringContaining('the engine is pure')]);
    expect(await layerErrors('src/features/wizard/layer-probe.tsx', "export const probe = () => import('./../results/share-print/compare.tsx');\n")).toEqual([expect.stringContaining('features never import each other')]);
    expect(await layerErrors('src/features/results/chart/layer-probe.tsx', "import criteria from '../../../../data/criteria.json';\nexport const probe = criteria;\n")).toEqual([expect.stringContaining('only src/data imports data/')]);
    expect(await layerErrors('src/state/layer-probe.ts', "import criteria from '../../data/criteria.json';\nexport const probe = criteria;\n")).toEqual([expect.stringContaining('only src/data imports data/')]);
  });

  it('keep the pure layers deterministic: no clock, randomness, storage or DOM', async () => {
    const rule = 'Layer rule “pure layers are deterministic”';
    for (const folder of ['engine', 'share', 'words', 'flow', 'schema']) {
      const file = `src/${folder}/layer-probe.ts`;
      expect(await layerErrors(file, "export const probe = () => sessionStorage.getItem('answers');\n"), folder).toEqual([expect.stringContaining(rule)]);
      expect(await layerErrors(file, 'export const probe = () => new Date().getFullYear();\n'), folder).toEqual([expect.stringContaining(rule)]);
      expect(await layerErrors(file, 'export const probe = () => Math.random();\n'), folder).toEqual([expect.stringContaining(rule)]);
      expect(await layerErrors(file, 'export const probe = () => globalThis.localStorage;\n'), folder).toEqual([expect.stringContaining(rule)]);
    }
    // The store and the features may.
    expect(await layerErrors('src/state/layer-probe.ts', "export const probe = () => sessionStorage.getItem('answers');\n")).toEqual([]);
  });

  it('let the data layer take the one loader it names from components, and nothing else of it', async () => {
    expect(await layerErrors('src/data/layer-probe.ts', "import { loadOnce } from '../components/load-once.ts';\nexport const probe = loadOnce;\n")).toEqual([]);
    expect(await layerErrors('src/data/layer-probe.ts', "import { Notice } from '../components/notice.tsx';\nexport const probe = Notice;\n")).toEqual([expect.stringContaining('src/data/ may import only src/schema/, src/components/load-once.ts')]);
  });

  it('pass the imports the layers allow', async () => {
    expect(await layerErrors('src/engine/layer-probe.ts', "import type { Dataset } from '../schema/dataset.ts';\nexport type Probe = Dataset;\n")).toEqual([]);
    expect(await layerErrors('src/features/results/chart/layer-probe.tsx', "import { recommend } from '../../../engine/index.ts';\nimport { ScoreTable } from '../scores/score-table.tsx';\nexport const probe = [recommend, ScoreTable, () => import('./radar-chart.tsx')];\n")).toEqual([]);
    expect(await layerErrors('src/words/layer-probe.ts', "import { recommend } from '../engine/index.ts';\nexport const probe = recommend;\n")).toEqual([]);
    expect(await layerErrors('src/data/layer-probe.ts', "import criteria from '../../data/criteria.json';\nexport const probe = criteria;\n")).toEqual([]);
    expect(await layerErrors('src/features/wizard/layer-probe.tsx', "import { z } from 'zod';\nexport const probe = z;\n")).toEqual([]);
  });
});

describe('lazy parts, as npm run lint enforces them', () => {
  const loaderErrors = async (code: string) => {
    const [result] = await eslint.lintText(code, { filePath: 'src/features/results/loader-probe.tsx' });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
  };
  const refused = [expect.stringContaining('Load a part with loadOnce(() => import(…))')];

  it('refuse an import() that bypasses the guarded loader, however it is wrapped', async () => {
    expect(await loaderErrors("export const probe = () => import('./result-view.tsx');\n")).toEqual(refused);
    expect(await loaderErrors("import { lazy } from 'react';\nexport const Probe = lazy(() => import('./result-view.tsx'));\n")).toEqual(refused);
    expect(await loaderErrors("export async function probe() { return (await import('./result-view.tsx')).default; }\n")).toEqual(refused);
  });

  it('pass one through loadOnce', async () => {
    expect(await loaderErrors("import { loadOnce } from '../../components/load-once.ts';\nexport const probe = loadOnce(() => import(/* on-request */ './result-view.tsx'));\n")).toEqual([]);
  });
});
