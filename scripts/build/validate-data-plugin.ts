import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { DataFiles } from '../../src/schema/dataset.ts';
import { validateData } from '../../src/schema/validate-data.ts';

/**
 * Validates data/ (every file against its schema, the references between them, and
 * each edition's changes) when the app is built or served: bad data fails the build
 * with every problem named, and the page ships without the dataset's schemas.
 */
export function validateShippedData(): Plugin {
  return {
    name: 'validate-data',
    buildStart() {
      // The JSON files of a folder, keyed by name (with `prefix`), read fresh and watched.
      const readJsonFiles = (dir: string, prefix = ''): Record<string, unknown> =>
        Object.fromEntries(
          readdirSync(dir)
            .filter((f) => f.endsWith('.json'))
            .map((f) => {
              this.addWatchFile(join(dir, f));
              return [`${prefix}${f}`, JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown];
            }),
        );
      const seedFiles = readJsonFiles('data');
      const problems = validateData(seedFiles as DataFiles, readJsonFiles('data/editions', 'editions/'), seedFiles['presets.json']);
      if (problems.length > 0) this.error(`The data in data/ is invalid:\n${problems.join('\n')}`);
    },
  };
}
