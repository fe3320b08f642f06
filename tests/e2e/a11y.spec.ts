import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { title } from '../support/questionnaire.ts';
import { answerWizard, expect, openFold, showChart, test } from './fixtures.ts';

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
      await expect(page.getByRole('heading', { level: 1, name: title('goal') })).toBeVisible();
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoViolations(page, 'a step with an error');
      // Every step the wizard asks for these answers.
      const asked: string[] = [];
      const answers = { goal: 'research', modelSource: 'custom', data: ['text', 'vision'], workload: ['classic'], targets: ['server'], hardware: ['nvidia'], scale: 'single', team: 'tensorflow', codebase: 'pytorch', projectSize: 'medium' };
      await answerWizard(page, answers, {
        fromStart: false,
        openResult: false,
        onStep: async (questionId) => {
          asked.push(questionId);
          await expectNoViolations(page, `“${title(questionId)}”`);
        },
      });
      expect(asked).toContain('priorities');
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

    test('a link over saved progress, the answers put aside, and a wrong comparison’s what-if have no axe violations', async ({ page }) => {
      // Answers of the user's own (a preset), then a colleague's link.
      await page.goto('./');
      await page.getByRole('button', { name: /^Research lab/ }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
      await page.goto('./?v=1&e=seed&dv=1&goal=production&modelSource=custom&data=tabular&team=none&codebase=none');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open this shared result?');
      await expectNoViolations(page, 'the question before a link replaces saved progress');
      await page.getByRole('button', { name: 'Open the shared result' }).click();
      await expect(page.getByRole('region', { name: 'Answers put aside' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'What to use' })).toBeVisible();
      await openFold(page);
      await page.getByRole('region', { name: 'Scores and their sources' }).waitFor();
      await expectNoViolations(page, 'a wrong comparison with answers put aside, its fold opened');
    });

    test('the answer sheet, empty and complete, has no axe violations', async ({ page }) => {
      await page.goto('./');
      await page.getByRole('button', { name: 'All questions on one page' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('All questions on one page');
      await expectNoViolations(page, 'the empty answer sheet');
      await page.goto('./?v=1&e=2026-11&dv=4&goal=research&modelSource=finetune&data=text&workload=llm-finetune&targets=server&hardware=nvidia&scale=single&team=pytorch&codebase=none');
      await page.getByRole('button', { name: 'Change answers' }).first().click();
      await expect(page.getByRole('button', { name: 'See the full result' })).toBeVisible();
      await expectNoViolations(page, 'the complete answer sheet');
    });

    test('a damaged share link and its notice have no axe violations', async ({ page }) => {
      await page.goto('./?v=1&goal=fun&colour=red');
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoViolations(page, 'a damaged link');
    });
  });
}
