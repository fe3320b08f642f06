import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { chunkReport, coreChunk } from './scripts/build/chunks.ts';
import { contentSecurityPolicy } from './scripts/build/content-security-policy-plugin.ts';
import { editionData } from './scripts/build/edition-data-plugin.ts';
import { serviceWorker } from './scripts/build/service-worker-plugin.ts';
import { unusedChartParts } from './scripts/build/unused-chart-parts.ts';
import { validateShippedData } from './scripts/build/validate-data-plugin.ts';
import { appImages } from './scripts/build/app-images-plugin.ts';

// Wiring only: each plugin and the chunk rule live in scripts/build/, with their reasons.
const root = import.meta.dirname;

export default defineConfig({
  // Relative asset URLs: the built app works from any static host and any sub-path.
  base: './',
  plugins: [react(), unusedChartParts(), editionData(root), validateShippedData(), contentSecurityPolicy(), appImages(), serviceWorker(), chunkReport(root)],
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    // No <link rel=modulepreload> helper: it cost a phone ~30 ms of main thread per dynamic
    // import, and every chunk it would fetch early is requested directly (docs/decisions/0003).
    modulePreload: false,
    rolldownOptions: {
      output: {
        codeSplitting: coreChunk(root),
        // A virtual module's chunk would start with "_" (from its \0), which hosts that run Jekyll (GitHub Pages) leave out.
        chunkFileNames: (chunk) => `assets/${chunk.name.replace(/^_+/, '')}-[hash].js`,
      },
    },
  },
  test: {
    // A worker per core: Vitest's default (cores - 1) leaves one of a 2-core machine's two idle
    // while the main process only waits and reports (70 s in one worker, 53 s in two, measured
    // on the same suite).
    maxWorkers: Math.max(2, availableParallelism()),
    // Pure unit tests run in node (no DOM to set up); only components render in jsdom.
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], setupFiles: ['tests/fast-check-seed.ts'] } },
      { extends: true, test: { name: 'component', environment: 'jsdom', include: ['tests/component/**/*.test.tsx'], setupFiles: ['tests/fast-check-seed.ts', 'tests/setup.ts'] } },
    ],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
