import { test as base, expect, type Page } from '@playwright/test';
import { recommend, type Recommendation } from '../../src/engine/index.ts';
import type { Answers } from '../../src/schema/answers.ts';
import type { Dataset } from '../../src/schema/dataset.ts';
import { labelPattern, questionIdForTitle, title } from '../support/questionnaire.ts';

/**
 * Every page in these tests fails its test on a console error, an uncaught page
 * error, a Content-Security-Policy violation, or a request that leaves the app's origin.
 */
export interface Guard {
  /** Another origin of the test's own (a second local server) that the page may use. */
  allowOrigin(origin: string): void;
  /** A console error the test provokes on purpose (a chunk missing after a redeploy). */
  allowConsoleError(pattern: RegExp): void;
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origins = [new URL(baseURL!).origin];
      const allowedErrors: RegExp[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !allowedErrors.some((p) => p.test(message.text()))) problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!origins.some((o) => url.startsWith(`${o}/`)) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request left the origin: ${url}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use({ allowOrigin: (origin) => origins.push(origin), allowConsoleError: (pattern) => allowedErrors.push(pattern) });
      expect(problems, 'console errors, page errors, CSP violations or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** On a wrong comparison, opens the fold that holds the framework ranking (a no-op elsewhere). */
export async function openFold(page: Page) {
  const fold = page.locator('details.fold');
  if ((await fold.count()) > 0 && (await fold.getAttribute('open')) === null) await fold.locator(':scope > summary').click();
}

/** A what-if slider by its criterion's name, opening "More weights" when it is among the folded ones. */
export async function weightSlider(page: Page, name: string) {
  const whatIf = page.getByRole('region', { name: 'What would change this' });
  const slider = whatIf.getByRole('slider', { name });
  await whatIf.waitFor();
  if (!(await slider.isVisible())) {
    const more = whatIf.locator('details.more-weights');
    if ((await more.getAttribute('open')) === null) await more.locator('summary').click();
  }
  return slider;
}

/** Scrolls the result's chart into view (the section arrives after the headline) and waits for it, found by its accessible name. */
export async function showChart(page: Page) {
  await openFold(page);
  await page.getByRole('region', { name: 'Scores on what matters to you' }).scrollIntoViewIfNeeded();
  const chart = page.getByRole('img', { name: /^Radar chart/ }).first();
  await expect(chart).toBeVisible();
  return chart;
}

/** On the step that asks `questionId`, chooses each option by its label from the data (the priorities step just waits for its heading). */
export async function choose(page: Page, questionId: string, optionIds: readonly string[]) {
  await expect(page.getByRole('heading', { level: 1, name: title(questionId) })).toBeVisible();
  const group = page.getByRole('group', { name: title(questionId) });
  for (const optionId of optionIds) await group.getByLabel(labelPattern(questionId, optionId)).check();
}

/** The engine's result for answers on an edition: what the page must show. */
export function expected(answers: Answers, dataset: Dataset): Recommendation {
  const result = recommend(answers, dataset);
  if (!result.ok) throw new Error(`not a valid answer set: ${JSON.stringify(result.problems)}`);
  return result;
}

/** The "Weighted score" row of the score table, as the engine computes it: a blank, then each framework's score to two decimals. */
export const weightedScoreCells = (result: Recommendation) => ['', ...result.ranking.map((r) => r.score.toFixed(2))];


/**
 * From the start page, answers every question the wizard asks with `answers` (option ids),
 * in whatever order the data asks them, leaves the priorities as suggested, and opens the
 * result. A question the answers do not cover fails the test, naming it.
 */
export async function answerWizard(
  page: Page,
  answers: Readonly<Record<string, string | readonly string[]>>,
  options: { readonly fromStart?: boolean; readonly onStep?: (questionId: string) => Promise<void>; readonly openResult?: boolean } = {},
) {
  if (options.fromStart ?? true) {
    await page.goto('./');
    await page.getByRole('button', { name: 'Start' }).click();
  }
  for (let step = 0; step < 30; step++) {
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).not.toHaveText(/^(Loading|Which ML framework)/);
    const text = (await heading.textContent()) ?? '';
    if (text === 'Check your answers') break;
    const questionId = questionIdForTitle(text);
    if (questionId === 'priorities') {
      await options.onStep?.(questionId);
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(heading).not.toHaveText(text);
      continue;
    }
    const answer = answers[questionId];
    if (answer === undefined) throw new Error(`The wizard asked "${text}" (${questionId}), which these answers do not cover.`);
    await choose(page, questionId, typeof answer === 'string' ? [answer] : answer);
    await options.onStep?.(questionId);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(heading).not.toHaveText(text);
  }
  await expect(page.getByRole('heading', { level: 1 }), 'the wizard reached the review within 30 steps').toHaveText('Check your answers');
  if (options.openResult ?? true) await page.getByRole('button', { name: 'See the recommendation' }).click();
}
