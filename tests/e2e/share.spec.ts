import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { headline } from '../../src/words/explain.ts';
import { currentDataset, presetList } from '../support/editions.ts';
import { labelPattern, title } from '../support/questionnaire.ts';
import { expect, expected, showChart, test, weightedScoreCells, weightSlider } from './fixtures.ts';

const researchLink = '?v=1&dv=1&goal=research&modelSource=custom&data=text,vision&targets=server&hardware=gpu&scale=multi-gpu&team=pytorch&codebase=none';

test('the result URL is the share link: opened in a fresh browser it shows the same result', async ({ page, browser, baseURL }) => {
  await page.goto('./');
  const preset = presetList.find((p) => p.id === 'mobile-app')!;
  await page.getByRole('button', { name: new RegExp(`^${preset.label}`) }).click();
  await page.getByRole('button', { name: 'See the recommendation' }).click();
  const result = expected(preset.answers, currentDataset);
  const { id } = currentDataset.meta.edition;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(result, currentDataset).title);
  await expect(page).toHaveURL(new RegExp(`\\?v=1&e=${id}&dv=${currentDataset.meta.dataVersion}&goal=production&modelSource=custom&data=vision&workload=classic&targets=mobile`));
  const shared = page.url();

  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  await other.goto(shared);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(headline(result, currentDataset).title);
  await expect(other.getByRole('table', { name: /Scores/ }).getByRole('row', { name: /Weighted score/ }).getByRole('cell')).toHaveText(weightedScoreCells(result));
  await fresh.close();
});

test('what-if weights are part of the link', async ({ page }) => {
  await page.goto(`./${researchLink}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PyTorch is the better fit');
  const slider = await weightSlider(page, 'Mobile and edge');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/&priorities=mobile:1\.5$/);
  await page.reload();
  await expect(page.getByRole('region', { name: 'What would change this' }).getByRole('slider', { name: 'Mobile and edge' })).toHaveValue('1.5');
});

test('the app and its share links work from a sub-path of any static host', async ({ page, guard }) => {
  // A plain static server that knows nothing of the app, serving dist/ under /tools/advisor/.
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (!path.startsWith('/tools/advisor/')) {
      response.writeHead(404).end();
      return;
    }
    const file = join('dist', path.slice('/tools/advisor/'.length) || 'index.html');
    if (!existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  guard.allowOrigin(`http://127.0.0.1:${port}`);
  try {
    await page.goto(`http://127.0.0.1:${port}/tools/advisor/${researchLink}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('PyTorch is the better fit');
    await expect(page).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:${port}/tools/advisor/\\?v=1&e=seed&dv=1&goal=research`));
    // This deployment's saved progress and offline cache are its own: both carry its base path.
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['ml-framework-advisor:progress:/tools/advisor/']);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
    const cacheNames = await page.evaluate(() => caches.keys());
    for (const name of cacheNames) expect(name).toContain(`http://127.0.0.1:${port}/tools/advisor/`);
  } finally {
    server.close();
  }
});

test.describe('tampered links', () => {
  test('a bad value: clear message, valid answers kept, the wizard at the invalid answer', async ({ page }) => {
    await page.goto('./?v=1&goal=fun&modelSource=custom&data=text');
    await expect(page.getByRole('alert')).toContainText('This share link could not be read in full. The valid answers are kept; please answer the rest.');
    await expect(page.getByRole('alert')).toContainText(`“fun” is not an answer to “${title('goal')}”`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('goal'));
    await page.getByLabel(labelPattern('goal', 'research')).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByLabel(labelPattern('modelSource', 'custom'))).toBeChecked();
  });

  test('an unknown key: reported, and the result still shown', async ({ page }) => {
    await page.goto(`./${researchLink}&colour=red`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('PyTorch is the better fit');
    await expect(page.getByRole('alert')).toContainText('“colour” is not part of a share link; it was ignored.');
  });

  test('a link over 2,000 characters is refused with a message, never a blank page', async ({ page }) => {
    await page.goto(`./?v=1&goal=research&x=${'a'.repeat(5000)}`);
    await expect(page.getByRole('alert')).toContainText('links over 2,000 characters are not read');
    await expect(page.getByRole('alert')).toContainText('could not be read, so nothing was opened');
    // Nothing usable in it: the start page, as without a link.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which ML framework should you build on?');
  });

  test('script and HTML payloads in every parameter: shown as text at most, nothing runs', async ({ page }) => {
    const payloads = ['<script>window.__pwned=1</script>', '"><img src=x onerror="window.__pwned=1">', 'javascript:window.__pwned=1', '<svg onload=window.__pwned=1>'];
    for (const payload of payloads) {
      const keys = ['v', 'dv', 'goal', 'modelSource', 'data', 'targets', 'hardware', 'scale', 'team', 'codebase', 'projectSize', 'priorities', payload];
      const query = keys.map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(payload)}`).join('&');
      await page.goto(`./?${query}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Every script the page would load has loaded and run by then.
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
    }
  });
});

test.describe('print', () => {
  test('the Print button prints the chart, even when it was never scrolled to', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await page.addInitScript(() => {
      window.print = () => {
        (window as unknown as { printed: number }).printed = document.querySelectorAll('svg[role="img"][aria-label^="Radar chart"], [role="img"][aria-label^="Radar chart"] svg').length;
      };
    });
    await page.goto(`./${researchLink}`);
    await page.getByRole('button', { name: 'Print / save as PDF' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBeGreaterThan(0);
  });

  test('Ctrl+P pressed while a shared result still loads prints it whole: every section, the chart and the QR code', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await page.addInitScript(() => {
      window.print = () => {
        (window as unknown as { printed: object }).printed = {
          charts: document.querySelectorAll('svg[role="img"][aria-label^="Radar chart"], [role="img"][aria-label^="Radar chart"] svg').length,
          qr: document.querySelectorAll('svg.qr').length,
          sections: document.querySelectorAll('h2').length,
          drawing: document.querySelectorAll('.chart-box .loading').length,
        };
      };
    });
    // As soon as the app's shell is up, before the result has drawn.
    await page.goto(`./${researchLink}`, { waitUntil: 'commit' });
    await page.getByText('ML Framework Advisor').first().waitFor();
    await page.keyboard.press('Control+p');
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: object }).printed), { timeout: 10_000 }).toBeDefined();
    const printed = (await page.evaluate(() => (window as unknown as { printed: { charts: number; qr: number; sections: number; drawing: number } }).printed));
    expect(printed.charts).toBeGreaterThan(0);
    expect(printed.qr).toBe(1);
    expect(printed.drawing).toBe(0);
    // Every section of the page, as many as when it has filled in on its own.
    await page.evaluate(() => { window.scrollTo(0, document.body.scrollHeight); });
    await expect.poll(() => page.locator('h2').count()).toBe(printed.sections);
  });

  // Every option that adds a section and may be chosen with the others: alternatives for each kind of data, a migration
  // with every project size, pitfalls, and every weight set by hand.
  const longestLink =
    '?v=1&e=2026-11&dv=4&goal=both&modelSource=custom&data=tabular,text,vision,audio,timeseries,generative&workload=classic,recommender,rl,forecasting,llm-pretrain,llm-finetune' +
    '&targets=server,mobile,embedded,microcontroller,browser&hardware=nvidia,amd,apple,tpu,other-accelerator&scale=cluster&team=jax&codebase=tf1&projectSize=large' +
    '&priorities=research:10,production:10,devex:10,mobile:10,ecosystem:10,community:10,tpu:10,browser:10,distributed:10,modelHub:10,microcontroller:10,embedded:10,recommender:10,amdGpu:10';

  // On the edition the link names, and on the current one, whose extra pitfalls and bars make it longer still.
  const longestOnCurrent = longestLink.replace('e=2026-11&dv=4', `e=${currentDataset.meta.edition.id}&dv=${currentDataset.meta.dataVersion}`);
  for (const [edition, link] of [['2026-11', longestLink], ['current', longestOnCurrent]] as const) test(`prints the longest result on at most two A4 and two Letter pages (${edition} edition)`, async ({ page }, info) => {
    await page.goto(`./${link}`);
    await showChart(page);
    // No framework's column cut off: the last one's name is printed.
    for (const format of ['A4', 'Letter'] as const) {
      const path = info.outputPath(`longest-${format}.pdf`);
      writeFileSync(path, await page.pdf({ format, printBackground: true }));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString())![1]);
      expect(pages, format).toBeLessThanOrEqual(2);
      const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
      expect(text).toContain('Alternatives worth a look');
      expect(text).toContain('Your answers');
      expect(text).toMatch(/Criterion\s+Weight\s+PyTorch\s+TensorFlow\s+JAX/);
    }
  });

  test('printed at once, without scrolling, the paper has the chart, the print date and the key sources', async ({ page }, info) => {
    await page.goto(`./${researchLink}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('img', { name: /^Radar chart/ })).toBeVisible();
    for (const format of ['A4', 'Letter'] as const) {
      const path = info.outputPath(`at-once-${format}.pdf`);
      writeFileSync(path, await page.pdf({ format, printBackground: true }));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString())![1]);
      expect(pages, format).toBeLessThanOrEqual(2);
      const text = execFileSync('pdftotext', ['-layout', path, '-']).toString().replace(/\s+/g, ' ');
      // The chart's axis labels carry each weight (the table does not): the chart is on paper.
      expect(text).toMatch(/Research adoption ×\d/);
      expect(text).toMatch(/Printed on \d{1,2} [A-Z][a-z]+ \d{4}\./);
      expect(text).toContain('Key sources');
      expect(text).toContain('Next steps with PyTorch');
    }
  });

  for (const format of ['A4', 'Letter'] as const) {
    test(`prints on at most two ${format} pages, with the headline and the link`, async ({ page }, info) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`./${researchLink}&codebase=tf2&priorities=research:6`);
      await showChart(page);
      const pdf = await page.pdf({ format, printBackground: true });
      const path = info.outputPath(`result-${format}.pdf`);
      writeFileSync(path, pdf);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString())![1]);
      expect(pages).toBeLessThanOrEqual(2);
      const text = execFileSync('pdftotext', ['-layout', path, '-']).toString().replace(/\s+/g, ' ');
      expect(text).toContain('PyTorch is the better fit');
      expect(text).toContain('Live result, with every answer and weight:');
      // pdftotext may break the long URL across lines: compare it without white space.
      expect(text.replace(/\s/g, '')).toMatch(/http:\/\/127\.0\.0\.1:\d+\/\?v=1&e=seed&dv=1&goal=research&modelSource=custom/);
      // The data it rests on, and one verdict: today's data is offered on screen, not on paper.
      expect(text).toContain('Made with the April 2026 data.');
      expect(text).not.toContain('Today’s data');
      expect(text).not.toContain('Copy share link');
      expect(text).not.toContain('Try other weights');
    });
  }
});
