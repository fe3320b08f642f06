import { test as base, expect } from '@playwright/test';

/**
 * Every page in these tests fails its test on a console error, an uncaught page
 * error, a Content-Security-Policy violation, or a request that leaves the app's origin.
 */
export interface Guard {
  /** Another origin of the test's own (a second local server) that the page may use. */
  allowOrigin(origin: string): void;
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origins = [new URL(baseURL!).origin];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
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
      await use({ allowOrigin: (origin) => origins.push(origin) });
      expect(problems, 'console errors, page errors, CSP violations or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Scrolls the result's chart into view (it is drawn when it comes into view) and waits for it. */
export async function showChart(page: import('@playwright/test').Page) {
  await page.getByRole('region', { name: 'Scores on what matters to you' }).scrollIntoViewIfNeeded();
  const chart = page.getByRole('img', { name: /^Radar chart/ }).first();
  await expect(chart.locator('svg.recharts-surface').first()).toBeVisible();
  return chart;
}

/** On the step that asks `question`, chooses each option by its label (a step without options, the priorities, just waits for its heading). */
export async function choose(page: import('@playwright/test').Page, question: string, options: readonly string[]) {
  await expect(page.getByRole('heading', { level: 1, name: question })).toBeVisible();
  const group = page.getByRole('group', { name: question });
  for (const option of options) await group.getByLabel(new RegExp(`^${option}`)).check();
}
