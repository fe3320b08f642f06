import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { choose, expect, showChart, test } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.passes.length, 'axe ran its checks').toBeGreaterThan(10);
  const summary = results.violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('every step of the questionnaire, an error, and the review have no axe violations', async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto('./');
      await expectNoViolations(page, 'the start screen');
      await page.getByRole('button', { name: 'Start' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'What is the framework mainly for?' })).toBeVisible();
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoViolations(page, 'a step with an error');
      const answers: [string, string[]][] = [
        ['What is the framework mainly for?', ['Research and experiments']],
        ['Do you need to build models yourself?', ['Design and train our own']],
        ['What data will the models work on?', ['Text', 'Images and video']],
        ['Where will trained models run?', ['Cloud or our own servers']],
        ['What will you train on?', ['GPUs']],
        ['How large will training get?', ['One machine']],
        ['Which framework does the team know best?', ['TensorFlow or Keras']],
        ['What code exists already?', ['TensorFlow 2 or Keras']],
        ['How big is the system you would migrate?', ['Medium']],
      ];
      for (const [question, options] of answers) {
        await choose(page, question, options);
        await expectNoViolations(page, `“${question}”`);
        await page.getByRole('button', { name: 'Next' }).click();
      }
      await expect(page.getByRole('heading', { level: 1, name: 'How much does each criterion matter?' })).toBeVisible();
      await expectNoViolations(page, 'the priorities step');
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
      await expectNoViolations(page, 'the review');
    });

    test('the result, with its chart, details opened and a comparison, has no axe violations', async ({ page }) => {
      await page.goto('./?v=1&dv=1&goal=research&modelSource=custom&data=text&targets=server,mobile&hardware=gpu&scale=single&team=tensorflow&codebase=tf1&projectSize=medium');
      await showChart(page);
      await page.getByText('Other alternatives').click();
      await page.locator('details.reason summary').first().click();
      await page.getByLabel('Their share link').fill('?v=1&goal=production&modelSource=custom&data=vision&targets=mobile&hardware=gpu&scale=single&team=none&codebase=none');
      await page.getByRole('button', { name: 'Compare' }).click();
      await expect(page.getByRole('table', { name: 'Answers side by side' })).toBeVisible();
      await expectNoViolations(page, 'the result');
    });

    test('a damaged share link and its notice have no axe violations', async ({ page }) => {
      await page.goto('./?v=1&goal=fun&colour=red');
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoViolations(page, 'a damaged link');
    });
  });
}
