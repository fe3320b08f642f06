import { expect, test } from './fixtures.ts';

test('the page loads and shows the framework ranking for the default answers', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ML Framework Advisor');
  const table = page.getByRole('table', { name: 'Framework ranking' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1)).toContainText('PyTorch');
  await expect(table.getByRole('row').nth(1)).toContainText('8.5');
  await expect(table.getByRole('row').nth(2)).toContainText('TensorFlow');
  await expect(table.getByRole('row').nth(2)).toContainText('7.5');
});
