import { criterionName } from '../../src/words/dataset-names.ts';
import { headline } from '../../src/words/explain.ts';
import { currentDataset } from '../support/editions.ts';
import { label, labelPattern, title } from '../support/questionnaire.ts';
import { expect, expected, test } from './fixtures.ts';
import { answerByKeyboard, tabTo } from './keyboard.ts';

test('a whole journey by keyboard alone, with the browser back and forward buttons between steps', async ({ page }) => {
  await page.goto('./');
  await tabTo(page, /^Start$/);
  await page.keyboard.press('Enter');

  await answerByKeyboard(page, 'goal', ['research']);
  await answerByKeyboard(page, 'modelSource', ['custom']);
  await expect(page.getByRole('heading', { level: 1, name: title('data') })).toBeFocused();

  // The browser's Back returns to the previous step with the answer kept; Forward comes back.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: title('modelSource') })).toBeVisible();
  await expect(page.getByLabel(labelPattern('modelSource', 'custom'))).toBeChecked();
  await page.goBack();
  await expect(page.getByLabel(labelPattern('goal', 'research'))).toBeChecked();
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: title('data') })).toBeFocused();

  // Radio groups are one tab stop: arrows move the choice.
  await answerByKeyboard(page, 'data', ['text', 'vision']);
  await answerByKeyboard(page, 'workload', ['classic']);
  await answerByKeyboard(page, 'targets', ['server']);
  await expect(page.getByRole('heading', { level: 1, name: title('hardware') })).toBeFocused();
  await tabTo(page, labelPattern('hardware', 'nvidia'));
  await page.keyboard.press('Space');
  await tabTo(page, /^Next$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title('scale') })).toBeFocused();
  await tabTo(page, labelPattern('scale', 'single'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel(labelPattern('scale', 'multi-gpu'))).toBeChecked();
  await tabTo(page, /^Next$/);
  await page.keyboard.press('Enter');

  await answerByKeyboard(page, 'team', ['pytorch']);
  await answerByKeyboard(page, 'codebase', ['none']);

  // Priorities: a slider moves with the arrow keys.
  await expect(page.getByRole('heading', { level: 1, name: title('priorities') })).toBeFocused();
  const moved = criterionName(currentDataset, 'distributed');
  await tabTo(page, new RegExp(`^${moved}$`));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('slider', { name: moved })).toHaveValue('1.5');
  await tabTo(page, /^Next$/);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
  await expect(page.getByText(`${label('data', 'text')}, ${label('data', 'vision')}`)).toBeVisible();
  await expect(page.getByText(`${moved} 1.5`)).toBeVisible();
  await tabTo(page, /^See the recommendation$/);
  await page.keyboard.press('Enter');
  // The verdict the engine gives these answers on the current edition, as heading and page title.
  const result = expected({ goal: 'research', modelSource: 'custom', data: ['text', 'vision'], workload: ['classic'], targets: ['server'], hardware: ['nvidia'], scale: 'multi-gpu', team: 'pytorch', codebase: 'none', priorities: { distributed: 1.5 } }, currentDataset);
  const verdict = headline(result, currentDataset).title;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(verdict);
  await expect(page).toHaveTitle(`${verdict} — ML Framework Advisor`);
});

test('progress survives a reload', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByLabel(labelPattern('goal', 'production')).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title('modelSource') })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: title('modelSource') })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel(labelPattern('goal', 'production'))).toBeChecked();
});

test('corrupt saved progress is dropped with a notice, never a crash', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => { localStorage.setItem('ml-framework-advisor:progress', '{"state":{"answers":{"goal":["x",'); });
  await page.reload();
  await expect(page.getByRole('status')).toContainText('could not be read');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which ML framework should you build on?');
});
