import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The project's own lint configuration, on imports that break a layer. Type information
// is turned off for these probes only: they are files that do not exist on disk, and the
// layer rules need none.
const eslint = new ESLint({ overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }] });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || (m.ruleId === 'no-restricted-syntax' && m.message.startsWith('Layer rule'))).map((m) => m.message);
}

describe('the layers, as npm run lint enforces them', () => {
  it('fail an engine module that imports a data module, naming the rule', async () => {
    const errors = await layerErrors('src/engine/layer-probe.ts', "import { currentDataset } from '../data/editions.ts';\nexport const probe = currentDataset;\n");
    expect(errors).toEqual([expect.stringContaining('Layer rule “the engine is pure and takes its dataset”')]);
  });

  it('fail an engine module that imports the JSON in data/ or React', async () => {
    expect(await layerErrors('src/engine/layer-probe.ts', "import criteria from '../../data/criteria.json';\nexport const probe = criteria;\n")).toContainEqual(expect.stringContaining('only src/data imports data/'));
    expect(await layerErrors('src/engine/layer-probe.ts', "import { useState } from 'react';\nexport const probe = useState;\n")).toEqual([expect.stringContaining('no React, store or chart code')]);
  });

  it('fail a feature that imports another feature, naming the rule', async () => {
    const errors = await layerErrors('src/features/wizard/layer-probe.tsx', "import { Compare } from '../results/compare.tsx';\nexport const probe = Compare;\n");
    expect(errors).toEqual([expect.stringContaining('Layer rule “features never import each other”')]);
  });

  it('fail the share codec, the schema and the flow when they reach up to the store', async () => {
    for (const folder of ['share', 'schema', 'flow']) {
      const errors = await layerErrors(`src/${folder}/layer-probe.ts`, "import { useAnswers } from '../state/wizard-store.ts';\nexport const probe = useAnswers;\n");
      expect(errors, folder).toEqual([expect.stringContaining('Layer rule')]);
    }
  });

  it('cannot be slipped past with a leading ./, a dynamic import(), or a climb out of src/', async () => {
    expect(await layerErrors('src/engine/layer-probe.ts', "import { currentDataset } from './../data/editions.ts';\nexport const probe = currentDataset;\n")).toHaveLength(1);
    expect(await layerErrors('src/engine/layer-probe.ts', "export const probe = () => import('../data/editions.ts');\n")).toEqual([expect.stringContaining('the engine is pure')]);
    expect(await layerErrors('src/features/wizard/layer-probe.tsx', "export const probe = () => import('./../results/compare.tsx');\n")).toEqual([expect.stringContaining('features never import each other')]);
    expect(await layerErrors('src/features/results/layer-probe.tsx', "import criteria from '../../../data/criteria.json';\nexport const probe = criteria;\n")).toEqual([expect.stringContaining('only src/data imports data/')]);
    expect(await layerErrors('src/state/layer-probe.ts', "import criteria from '../../data/criteria.json';\nexport const probe = criteria;\n")).toEqual([expect.stringContaining('only src/data imports data/')]);
  });

  it('pass the imports the layers allow', async () => {
    expect(await layerErrors('src/engine/layer-probe.ts', "import type { Dataset } from '../schema/dataset.ts';\nexport type Probe = Dataset;\n")).toEqual([]);
    expect(await layerErrors('src/features/results/layer-probe.tsx', "import { recommend } from '../../engine/index.ts';\nimport { ScoreTable } from './score-table.tsx';\nexport const probe = [recommend, ScoreTable, () => import('./radar-chart.tsx')];\n")).toEqual([]);
    expect(await layerErrors('src/data/layer-probe.ts', "import criteria from '../../data/criteria.json';\nexport const probe = criteria;\n")).toEqual([]);
  });
});
