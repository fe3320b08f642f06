import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { toPatch } from '../../src/schema/assemble-dataset.ts';
import type { EditionFile } from '../../src/schema/dataset.ts';

/**
 * `data/editions/<id>.json?patch`: the edition as the page needs it to assemble its data,
 * each change cut to what applying it takes (src/schema/assemble-dataset.ts: toPatch). The
 * record of the changes (titles, reasons, sources, old values) is the plain file, which the
 * page imports only when someone opens "What changed": it is a third of the edition's bytes,
 * and a shared result does not need it to show the advice. The files are validated whole
 * at build time (validate-data-plugin.ts), so this trusts them.
 */
const PREFIX = '\0edition-patch:';
// An id that does not end in .json, so that Vite's JSON plugin leaves the module alone.
const SUFFIX = '.patch.js';

export function editionPatches(): Plugin {
  return {
    name: 'edition-patches',
    enforce: 'pre',
    async resolveId(source, importer) {
      const [file, query] = source.split('?');
      if (query !== 'patch' || file === undefined || !file.endsWith('.json')) return null;
      const resolved = await this.resolve(file, importer, { skipSelf: true });
      return resolved && /\/data\/editions\/[^/]+\.json$/.test(resolved.id.replaceAll('\\', '/')) ? `${PREFIX}${resolved.id}${SUFFIX}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX) || !id.endsWith(SUFFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(toPatch(JSON.parse(readFileSync(file, 'utf8')) as EditionFile))};\n`;
    },
  };
}
