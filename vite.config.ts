import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import type { DataFiles } from './src/schema/dataset.ts';
import { validateData } from './src/schema/validate-data.ts';

/** The page's Content-Security-Policy (QUALITY.md). Only in the build: the dev server needs inline scripts. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * Validates data/ (every file against its schema, the references between them, and
 * each edition's changes) when the app is built or served: bad data fails the build
 * with every problem named, and the page ships without the dataset's schemas.
 */
function validateShippedData(): Plugin {
  return {
    name: 'validate-data',
    buildStart() {
      // The JSON files of a folder, keyed by name (with `prefix`), read fresh and watched.
      const readJsonFiles = (dir: string, prefix = ''): Record<string, unknown> =>
        Object.fromEntries(
          readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => {
            this.addWatchFile(join(dir, f));
            return [`${prefix}${f}`, JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown];
          }),
        );
      const problems = validateData(readJsonFiles('data') as DataFiles, readJsonFiles('data/editions', 'editions/'));
      if (problems.length > 0) this.error(`The data in data/ is invalid:\n${problems.join('\n')}`);
    },
  };
}

/**
 * Emits sw.js with this build's asset list, so the app works offline once loaded.
 * Hand-written (about 40 lines) rather than a plugin dependency: the app has no requests
 * besides its own files, so precaching them all is the whole job.
 */
function serviceWorker(): Plugin {
  return {
    name: 'service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const assets = ['./', './index.html', ...Object.keys(bundle).filter((f) => !f.startsWith('.vite/') && f !== 'index.html').map((f) => `./${f}`)].sort();
      const version = createHash('sha256').update(assets.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync('scripts/service-worker.template.js', 'utf8').replace('__VERSION__', version).replace('__ASSETS__', JSON.stringify(assets));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

/** Modules shared by the wizard and the result: the engine, the data, answers and links. */
const CORE_MODULES = [
  '/src/engine/',
  '/src/schema/',
  '/src/share/',
  '/src/data/default-dataset',
  '/src/state/use-dataset',
  '/src/features/wizard/wizard-flow',
  '/src/app/open-share-link',
  '/src/components/weight-slider',
  '/src/components/format-',
  '/src/components/dataset-names',
  '/node_modules/zod/',
];

export default defineConfig({
  // Relative asset URLs: the built app works from any static host and any sub-path.
  base: './',
  plugins: [react(), validateShippedData(), contentSecurityPolicy(), serviceWorker()],
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    // Each lazy chunk fetches its own imports: Vite's preload helper, which would add a
    // <link rel=modulepreload> per import, costs a phone ~30 ms of main thread per call,
    // and every import it would fetch early is in the `core` chunk below, which the
    // share-link reader and the wizard's prefetch request directly.
    modulePreload: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          // What every page past the start screen needs travels as one file, not a handful
          // of small ones: on a phone each extra request costs a round trip before the
          // result can paint. The start screen's own modules stay out, so it never loads it.
          groups: [{ name: 'core', test: (id: string) => CORE_MODULES.some((part) => id.includes(part)) || /\/data\/(?!presets\.json)[\w/-]+\.json$/.test(id) }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
