import { expect, test } from './fixtures.ts';

test('the start page loads; a preset leads to a result with the framework ranking', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which ML framework should you build on?');
  await page.getByRole('button', { name: /^Research lab/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await page.getByRole('button', { name: 'See the recommendation' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PyTorch is the better fit');
  const table = page.getByRole('table', { name: 'Scores (1–10) on the criteria that carry weight' });
  await expect(table.getByRole('columnheader')).toHaveText(['Criterion', 'Weight', 'PyTorch', 'TensorFlow']);
});
