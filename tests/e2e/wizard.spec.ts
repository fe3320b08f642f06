import { expect, test } from './fixtures.ts';
import { answerByKeyboard, tabTo } from './keyboard.ts';

test('a whole journey by keyboard alone, with the browser back and forward buttons between steps', async ({ page }) => {
  await page.goto('./');
  await tabTo(page, /^Start$/);
  await page.keyboard.press('Enter');

  await answerByKeyboard(page, 'What is the framework mainly for?', [/^Research and experiments/]);
  await answerByKeyboard(page, 'Do you need to build models yourself?', [/^Design and train our own/]);
  await expect(page.getByRole('heading', { level: 1, name: 'What data will the models work on?' })).toBeFocused();

  // The browser's Back returns to the previous step with the answer kept; Forward comes back.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Do you need to build models yourself?' })).toBeVisible();
  await expect(page.getByLabel(/^Design and train our own/)).toBeChecked();
  await page.goBack();
  await expect(page.getByLabel(/^Research and experiments/)).toBeChecked();
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'What data will the models work on?' })).toBeFocused();

  // Radio groups are one tab stop: arrows move the choice.
  await answerByKeyboard(page, 'What data will the models work on?', [/^Text/, /^Images and video/]);
  await answerByKeyboard(page, 'Where will trained models run?', [/^Cloud or our own servers/]);
  await expect(page.getByRole('heading', { level: 1, name: 'What will you train on?' })).toBeFocused();
  await tabTo(page, /^GPUs/);
  await page.keyboard.press('Space');
  await tabTo(page, /^Next$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'How large will training get?' })).toBeFocused();
  await tabTo(page, /^One machine/);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel(/^Several GPUs in one machine/)).toBeChecked();
  await tabTo(page, /^Next$/);
  await page.keyboard.press('Enter');

  await answerByKeyboard(page, 'Which framework does the team know best?', [/^PyTorch/]);
  await answerByKeyboard(page, 'What code exists already?', [/^None: a new project/]);

  // Priorities: a slider moves with the arrow keys.
  await expect(page.getByRole('heading', { level: 1, name: 'How much does each criterion matter?' })).toBeFocused();
  await tabTo(page, /^Mobile and edge$/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('slider', { name: 'Mobile and edge' })).toHaveValue('1.5');
  await tabTo(page, /^Next$/);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
  await expect(page.getByText('Text, Images and video')).toBeVisible();
  await expect(page.getByText('Mobile and edge 1.5')).toBeVisible();
  await tabTo(page, /^See the recommendation$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PyTorch is the better fit');
  await expect(page).toHaveTitle('PyTorch is the better fit — ML Framework Advisor');
});

test('progress survives a reload', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByLabel(/^Shipping a product/).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Do you need to build models yourself?' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Do you need to build models yourself?' })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel(/^Shipping a product/)).toBeChecked();
});

test('corrupt saved progress is dropped with a notice, never a crash', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => { localStorage.setItem('ml-framework-advisor:progress', '{"state":{"answers":{"goal":["x",'); });
  await page.reload();
  await expect(page.getByRole('status')).toContainText('could not be read');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which ML framework should you build on?');
});
