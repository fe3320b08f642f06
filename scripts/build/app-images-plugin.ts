import type { Plugin } from 'vite';
import { Canvas } from './png.ts';

/** The chart's first three series colours (src/features/results/chart/chart-palette.ts) and the page's accent. */
const SERIES = ['#e8590c', '#3b82f6', '#2f9e44'] as const;
const ACCENT = '#0b57d0';
const INK = '#1b1f24';

const TITLE = 'ML Framework Advisor';
const DESCRIPTION = 'Which ML framework should you build on? A short questionnaire, then a cited, explainable answer: TensorFlow, PyTorch, JAX, or none of them.';

/** The corners of a six-sided radar at these scores (0-10). */
const radar = (cx: number, cy: number, r: number, scores: readonly number[]) =>
  scores.map((s, i) => {
    const angle = (2 * Math.PI * i) / scores.length - Math.PI / 2;
    return [cx + (Math.cos(angle) * r * s) / 10, cy + (Math.sin(angle) * r * s) / 10] as const;
  });

/** An illustrative radar (not a real result): three frameworks over six criteria, on its grid. */
function drawRadar(canvas: Canvas, cx: number, cy: number, r: number, grid: string, lineWidth: number) {
  for (const ring of [4, 7, 10]) canvas.polygon(radar(cx, cy, r, Array(6).fill(ring)), { stroke: grid, strokeWidth: lineWidth / 2 });
  const shapes = [
    [9, 8, 5, 8, 9, 6],
    [6, 9, 9, 6, 7, 9],
    [8, 5, 7, 10, 5, 7],
  ];
  shapes.forEach((scores, i) => { canvas.polygon(radar(cx, cy, r, scores), { fill: SERIES[i], fillAlpha: 0.18, stroke: SERIES[i], strokeWidth: lineWidth }); });
}

/** The link preview: the app's name, what it answers, and an illustrative radar (1200 x 630, as Open Graph and X ask). */
function previewImage(): Buffer {
  const c = new Canvas(1200, 630, '#ffffff');
  c.rect(0, 0, 24, 630, ACCENT);
  c.text(80, 96, 'ML Framework', 10, INK);
  c.text(80, 186, 'Advisor', 10, INK);
  c.text(80, 320, 'TensorFlow, PyTorch, JAX', 4, ACCENT);
  c.text(80, 362, 'or none of them?', 4, ACCENT);
  c.text(80, 480, 'Cited scores, how sure,', 4, '#4a5560');
  c.text(80, 522, 'what would change it.', 4, '#4a5560');
  drawRadar(c, 980, 330, 190, '#c5ccd3', 5);
  return c.toPng();
}

/** The app's icon at one size: the radar in white on the accent colour, filling the square (safe as a maskable icon). */
function icon(size: number): Buffer {
  const c = new Canvas(size, size, ACCENT);
  const r = size * 0.3;
  for (const ring of [5, 10]) c.polygon(radar(size / 2, size / 2, r, Array(6).fill(ring)), { stroke: '#9fbdf0', strokeWidth: size / 96 });
  c.polygon(radar(size / 2, size / 2, r, [9, 6, 8, 5, 9, 7]), { fill: '#ffffff', fillAlpha: 0.9, stroke: '#ffffff', strokeWidth: size / 64 });
  return c.toPng();
}

/** The same icon as SVG, for the browser tab. */
function faviconSvg(): string {
  const points = (scores: readonly number[]) => radar(32, 32, 20, scores).map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="${ACCENT}"/><polygon points="${points(Array(6).fill(10))}" fill="none" stroke="#9fbdf0" stroke-width="2"/><polygon points="${points([9, 6, 8, 5, 9, 7])}" fill="#fff"/></svg>\n`;
}

const manifest = {
  name: TITLE,
  short_name: 'Framework Advisor',
  description: DESCRIPTION,
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: ACCENT,
  icons: [
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

/**
 * The link preview card, the icons and the web app manifest, made at build time (nothing fetched
 * from elsewhere), with their tags in the page. `og:image` is an absolute address when the build
 * knows where the app will live (`SITE_URL`, e.g. https://example.org/advisor/); without it the
 * address is relative, which browsers follow and most link unfurlers do not (README, Deploying).
 */
export function appImages(siteUrl = process.env.SITE_URL ?? ''): Plugin {
  const base = siteUrl === '' ? './' : siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return {
    name: 'app-images',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'link', attrs: { rel: 'icon', href: './favicon.svg', type: 'image/svg+xml' }, injectTo: 'head' },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: './apple-touch-icon.png' }, injectTo: 'head' },
        { tag: 'link', attrs: { rel: 'manifest', href: './manifest.webmanifest' }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'theme-color', content: ACCENT }, injectTo: 'head' },
        { tag: 'meta', attrs: { property: 'og:type', content: 'website' }, injectTo: 'head' },
        { tag: 'meta', attrs: { property: 'og:title', content: TITLE }, injectTo: 'head' },
        { tag: 'meta', attrs: { property: 'og:description', content: DESCRIPTION }, injectTo: 'head' },
        { tag: 'meta', attrs: { property: 'og:image', content: `${base}og.png` }, injectTo: 'head' },
        { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' }, injectTo: 'head' },
        { tag: 'meta', attrs: { property: 'og:image:height', content: '630' }, injectTo: 'head' },
        { tag: 'meta', attrs: { property: 'og:image:alt', content: 'ML Framework Advisor: TensorFlow, PyTorch, JAX or none of them? Cited scores, how sure, what would change it.' }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'twitter:title', content: TITLE }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'twitter:description', content: DESCRIPTION }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'twitter:image', content: `${base}og.png` }, injectTo: 'head' },
      ],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'og.png', source: previewImage() });
      this.emitFile({ type: 'asset', fileName: 'icon-192.png', source: icon(192) });
      this.emitFile({ type: 'asset', fileName: 'icon-512.png', source: icon(512) });
      this.emitFile({ type: 'asset', fileName: 'apple-touch-icon.png', source: icon(180) });
      this.emitFile({ type: 'asset', fileName: 'favicon.svg', source: faviconSvg() });
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}
