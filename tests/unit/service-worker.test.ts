import { describe, expect, it } from 'vitest';
import { serviceWorker } from '../../scripts/build/service-worker-plugin.ts';

/** The worker the build would emit for a bundle of these files (name -> content). */
function workerFor(files: Record<string, string>): string {
  const bundle = Object.fromEntries(Object.entries(files).map(([name, content]) => [name, name.endsWith('.js') ? { type: 'chunk', code: content } : { type: 'asset', source: content }]));
  let emitted = '';
  const plugin = serviceWorker() as unknown as { generateBundle: (this: { emitFile: (file: { source: string }) => void }, options: unknown, bundle: unknown) => void };
  plugin.generateBundle.call({ emitFile: (file) => { emitted = file.source; } }, {}, bundle);
  return emitted;
}
const versionOf = (worker: string) => /const VERSION = '(\w+)'/.exec(worker)![1];

describe('the service worker the build emits', () => {
  const build = { 'index.html': '<!doctype html>', 'assets/core-abc.js': 'core()', 'manifest.webmanifest': '{"name":"A"}', 'favicon.svg': '<svg/>' };

  it('precaches every file of the build but its notes and the host headers', () => {
    const worker = workerFor({ ...build, '.vite/manifest.json': '{}', _headers: '/*' });
    expect(JSON.parse(/const ASSETS = (\[.*\]);/.exec(worker)![1]!)).toEqual(['./', './assets/core-abc.js', './favicon.svg', './index.html', './manifest.webmanifest']);
  });

  it('is a new version when only a file’s content changes (the manifest, an icon), and the same for the same build', () => {
    const v = versionOf(workerFor(build));
    expect(versionOf(workerFor({ ...build }))).toBe(v);
    expect(versionOf(workerFor({ ...build, 'manifest.webmanifest': '{"name":"B"}' }))).not.toBe(v);
    expect(versionOf(workerFor({ ...build, 'favicon.svg': '<svg id="b"/>' }))).not.toBe(v);
    // The build's own notes change nothing a page loads.
    expect(versionOf(workerFor({ ...build, '.vite/chunks.json': '{"x":1}' }))).toBe(v);
  });
});
