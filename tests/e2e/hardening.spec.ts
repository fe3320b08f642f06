import { readFileSync } from 'node:fs';
import { currentDataset } from '../support/editions.ts';
import { answerWizard, expect, expected, showChart, test } from './fixtures.ts';

test('the page ships a Content-Security-Policy with no inline script', async ({ page }) => {
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).toContain("form-action 'none'");
  expect(policy).not.toContain('unsafe-inline');
  const html = readFileSync('dist/index.html', 'utf8');
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

test('saved state carrying script and HTML is never run or rendered as HTML', async ({ page }) => {
  await page.goto('./');
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  await page.evaluate((p) => {
    localStorage.setItem(
      'ml-framework-advisor:progress',
      JSON.stringify({ state: { answers: { goal: p, data: [p], priorities: { [p]: 1 } }, step: 'review', returnToReview: false }, version: 1 }),
    );
  }, payload);
  await page.reload();
  await expect(page.getByRole('status')).toContainText('no longer match the questionnaire');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('once loaded, the app works with the network cut: a whole journey offline', async ({ page, context, guard }) => {
  // The worker's "not found (offline)" page is a 404, which Chromium logs.
  guard.allowConsoleError(/status of 404/);
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which ML framework should you build on?');
  await page.getByRole('button', { name: 'Start' }).click();
  const hosted = expected({ goal: 'production', modelSource: 'hosted' }, currentDataset);
  await answerWizard(page, { goal: 'production', modelSource: 'hosted' }, { fromStart: false });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hosted.verdict.wrongComparison!.title);
  await showChart(page);
  // A share link opened offline, too.
  await page.goto('./?v=1&goal=research&modelSource=custom&data=text&targets=server&hardware=gpu&scale=single&team=pytorch&codebase=none');
  // Over the progress of the journey above: the app asks before replacing it.
  await page.getByRole('button', { name: 'Open the shared result' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PyTorch is the better fit');
  // A path the app does not serve: a page that says so, not a blank one.
  await page.goto('./deep/path/?v=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found (offline)');
  await page.getByRole('link', { name: 'Open ML Framework Advisor' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PyTorch is the better fit');
  await context.setOffline(false);
});
