import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Emits sw.js with this build's asset list, so the app works offline once loaded.
 * Hand-written (about 40 lines) rather than a plugin dependency: the app has no requests
 * besides its own files, so precaching them all is the whole job.
 */
export function serviceWorker(): Plugin {
  return {
    name: 'service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      // Everything the page can load; not the build's notes (.vite/) or the host's headers file.
      const assets = ['./', './index.html', ...Object.keys(bundle).filter((f) => !f.startsWith('.vite/') && f !== 'index.html' && f !== '_headers').map((f) => `./${f}`)].sort();
      // The version follows every file's content, not only the names: a deploy that changes only the
      // manifest or an icon (same names) is a new worker, which reaches the pages it controls.
      const hash = createHash('sha256');
      for (const name of Object.keys(bundle).filter((f) => !f.startsWith('.vite/')).sort()) {
        const item = bundle[name]!;
        hash.update(`${name}\n`).update(item.type === 'chunk' ? item.code : item.source).update('\n');
      }
      const version = hash.digest('hex').slice(0, 12);
      const template = readFileSync(new URL('service-worker.template.js', import.meta.url), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: template.replace('__VERSION__', version).replace('__ASSETS__', JSON.stringify(assets)) });
    },
  };
}
