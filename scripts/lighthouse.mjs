// Lighthouse (mobile preset) on the production build, served gzipped, with the system
// Chromium: the start page, a shared result URL and the answer sheet, RUNS times each (default 5), median
// reported. A benchmark, not part of npm test.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from './serve.mjs';

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const server = await serve();
const { port } = server.address();
const base = `http://127.0.0.1:${port}/`;
const pages = [
  ['start page', base],
  ['shared result', `${base}?v=1&dv=1&goal=production&modelSource=custom&data=vision&targets=mobile&hardware=gpu&scale=single&team=none&codebase=none`],
  ['answer sheet', `${base}?sheet`],
];

// ONLY="answer sheet" measures one page.
const measured = process.env.ONLY ? pages.filter(([name]) => name === process.env.ONLY) : pages;
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
mkdirSync('.lighthouse', { recursive: true });
// Lighthouse's own advice for a noisy machine: run several times and report the median.
const runs = Math.max(1, Number(process.env.RUNS ?? 5));
const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const ms = (lhr, id) => lhr.audits[id]?.numericValue ?? NaN;
let failed = false;
try {
  for (const [name, url] of measured) {
    const results = [];
    for (let run = 1; run <= runs; run++) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      results.push(lhr);
      console.log(`${name}, run ${run}: performance ${score(lhr, 'performance')} (LCP ${Math.round(ms(lhr, 'largest-contentful-paint'))} ms, TBT ${Math.round(ms(lhr, 'total-blocking-time'))} ms)`);
    }
    const sorted = [...results].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
    const lhr = sorted[Math.floor((sorted.length - 1) / 2)];
    writeFileSync(`.lighthouse/${name.replace(/\s+/g, '-')}.json`, JSON.stringify(lhr, null, 2));
    const audit = (id) => lhr.audits[id]?.displayValue ?? 'n/a';
    const lcpElement = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? 'n/a';
    const range = `${score(sorted[0], 'performance')}–${score(sorted.at(-1), 'performance')}`;
    console.log(`${name} (median of ${runs}): performance ${score(lhr, 'performance')} (range ${range}), accessibility ${score(lhr, 'accessibility')}, best practices ${score(lhr, 'best-practices')}, SEO ${score(lhr, 'seo')}`);
    console.log(`  LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')}, FCP ${audit('first-contentful-paint')}`);
    console.log(`  LCP element: ${lcpElement}`);
    if (score(lhr, 'performance') < 98 || score(lhr, 'accessibility') < 100 || score(lhr, 'best-practices') < 100 || score(lhr, 'seo') < 100) failed = true;
  }
} finally {
  await chrome.kill();
  server.close();
}
if (failed) console.log('Below the aim (performance 98+, the others 100): see .lighthouse/*.json, the median runs.');
