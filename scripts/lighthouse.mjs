// Lighthouse (mobile preset) on the production build, served gzipped, with the system
// Chromium: the start page and a shared result URL. A benchmark, not part of npm test.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from './serve-dist.mjs';

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const server = await serveDist();
const { port } = server.address();
const base = `http://127.0.0.1:${port}/`;
const pages = [
  ['start page', base],
  ['shared result', `${base}?v=1&dv=1&goal=production&modelSource=custom&data=vision&targets=mobile&hardware=gpu&scale=single&team=none&codebase=none`],
];

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
mkdirSync('.lighthouse', { recursive: true });
let failed = false;
try {
  for (const [name, url] of pages) {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    writeFileSync(`.lighthouse/${name.replace(/\s+/g, '-')}.json`, JSON.stringify(lhr, null, 2));
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id) => lhr.audits[id]?.displayValue ?? 'n/a';
    const lcpElement = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? 'n/a';
    console.log(`${name}: performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}`);
    console.log(`  LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')}, FCP ${audit('first-contentful-paint')}`);
    console.log(`  LCP element: ${lcpElement}`);
    if (score('performance') < 98 || score('accessibility') < 100 || score('best-practices') < 100 || score('seo') < 100) failed = true;
  }
} finally {
  await chrome.kill();
  server.close();
}
if (failed) console.log('Below the aim (performance 98+, the others 100): see .lighthouse/*.json.');
