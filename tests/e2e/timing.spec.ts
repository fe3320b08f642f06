import { formatWeight } from '../../src/words/format-weight.ts';
import { seedDataset } from '../support/editions.ts';
import { expect, showChart, test, weightSlider } from './fixtures.ts';

// Timing, measured on a quiet machine: this file runs after every other end-to-end test, alone
// (playwright.config.ts, project "timing"), since a second browser busy beside it can double what
// a key press costs.

test('moving a what-if slider answers each key press quickly and keeps the link in step', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?v=1&e=seed&dv=1&goal=research&modelSource=custom&data=text,vision&targets=server&hardware=gpu&scale=multi-gpu&team=pytorch&codebase=none');
  await showChart(page);
  // Event Timing: how long each key press took from input to the next paint.
  await page.evaluate(() => {
    const w = window as unknown as { keyDurations: number[] };
    w.keyDurations = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') w.keyDurations.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  });
  const slider = await weightSlider(page, 'Research adoption');
  const start = Number(await slider.inputValue());
  const presses = 6;
  await slider.focus();
  for (let i = 1; i <= presses; i++) {
    await page.keyboard.press('ArrowLeft');
    // Each press is its own interaction: wait until the slider has taken it.
    await expect(slider).toHaveValue(String(start - i * seedDataset.meta.weightRange.step));
  }
  const end = formatWeight(start - presses * seedDataset.meta.weightRange.step);
  await expect(page).toHaveURL(new RegExp(`priorities=research:${end}(&|$)`));
  await expect(page.getByRole('table', { name: 'Scores (1–10) on the criteria that carry weight' }).getByRole('row', { name: /^Research adoption/ }).getByRole('cell').first()).toHaveText(end);
  // 200 ms is the threshold of a good Interaction to Next Paint; here each press takes
  // about 15-50 ms on the 2-core CI machine (the page re-renders in a deferred pass).
  const durations = await page.evaluate(() => (window as unknown as { keyDurations: number[] }).keyDurations);
  expect(Math.max(0, ...durations), `key press durations: ${durations.join(', ')}`).toBeLessThan(200);
});
