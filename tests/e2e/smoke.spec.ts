import { frameworkName } from '../../src/words/dataset-names.ts';
import { headline } from '../../src/words/explain.ts';
import { currentDataset, presetList } from '../support/editions.ts';
import { expect, expected, test } from './fixtures.ts';

test('the start page loads; a preset leads to a result with the framework ranking', async ({ page }) => {
  const preset = presetList.find((p) => p.id === 'research-lab')!;
  const result = expected(preset.answers, currentDataset);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which ML framework should you build on?');
  await page.getByRole('button', { name: new RegExp(`^${preset.label}`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await page.getByRole('button', { name: 'See the recommendation' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(result, currentDataset).title);
  const table = page.getByRole('table', { name: 'Scores (1–10) on the criteria that carry weight' });
  await expect(table.getByRole('columnheader')).toHaveText(['Criterion', 'Weight', ...result.ranking.map((r) => frameworkName(currentDataset, r.frameworkId))]);
});
