import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

const dist = join(import.meta.dirname, '..', '..', 'dist');
/** The width and height a PNG file says it has (its IHDR chunk). */
const pngSize = (file: Buffer) => [file.readUInt32BE(16), file.readUInt32BE(20)];

test('a pasted link unfurls: the built page carries Open Graph and X card tags, and the preview image is in the build', async ({ page }) => {
  await page.goto('./');
  const meta = (selector: string) => page.locator(selector).getAttribute('content');
  expect(await meta('meta[property="og:title"]')).toBe('ML Framework Advisor');
  expect(await meta('meta[property="og:description"]')).toMatch(/TensorFlow, PyTorch, JAX/);
  expect(await meta('meta[name="description"]')).toMatch(/TensorFlow, PyTorch, JAX/);
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  const image = (await meta('meta[property="og:image"]'))!;
  expect(image).toMatch(/og\.png$/);
  expect(pngSize(readFileSync(join(dist, 'og.png')))).toEqual([1200, 630]);
  // Served from the app itself: nothing fetched from elsewhere.
  const response = await page.request.get(new URL(image, page.url()).href);
  expect(response.headers()['content-type']).toBe('image/png');
});

test('the app installs: a favicon, and a manifest with icons that exist at the sizes it names', async ({ page }) => {
  await page.goto('./');
  const favicon = await page.request.get(new URL((await page.locator('link[rel="icon"]').getAttribute('href'))!, page.url()).href);
  expect(await favicon.text()).toMatch(/^<svg /);
  const manifestUrl = new URL((await page.locator('link[rel="manifest"]').getAttribute('href'))!, page.url());
  const manifest = (await (await page.request.get(manifestUrl.href)).json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string; purpose: string }[] };
  expect(manifest).toMatchObject({ name: 'ML Framework Advisor', start_url: './', display: 'standalone' });
  for (const icon of manifest.icons) {
    const file = await (await page.request.get(new URL(icon.src, manifestUrl).href)).body();
    expect(pngSize(file).map(String).join('x')).toBe(icon.sizes);
  }
  expect(manifest.icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable')).toBe(true);
  // Offline too: the service worker caches the icons and the manifest with the rest of the build.
  expect(await (await page.request.get(new URL('sw.js', page.url()).href)).text()).toContain('./manifest.webmanifest');
});

test('?sheet opens every question on one page', async ({ page }) => {
  await page.goto('./?sheet');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All questions on one page');
});
