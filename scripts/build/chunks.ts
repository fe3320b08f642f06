import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { RESOLVED_INDEX } from './edition-data-plugin.ts';

/**
 * The `core` chunk: what every page past the start screen needs (engine, data, schemas,
 * links, flow, store helpers, words, shared components, the share-link reader), as one file
 * rather than a handful of small ones: on a phone each extra request costs a round trip before
 * the result can paint. Membership is by layer, never by file: every src/ folder but the
 * feature views, plus the JSON in data/, less
 * - whatever the start page imports statically (it stays in the entry, so that the start page
 *   never loads the core),
 * - what a single feature alone imports (it travels with that feature's view), and
 * - a part nothing imports statically (a view or a part loaded with `import()`, such as the
 *   answer sheet in src/app or the Markdown writer in src/words): it is the root of its own
 *   chunk, loaded when it is asked for.
 * Moving a file within the layers therefore never moves it between chunks; moving it into or
 * out of a feature does, and `npm run size` shows where each module landed.
 */
const CORE_FOLDERS = ['src/app/', 'src/components/', 'src/data/', 'src/engine/', 'src/flow/', 'src/schema/', 'src/share/', 'src/state/', 'src/words/', 'data/'];
/**
 * Packages in core, matched wherever node_modules lives (a symlinked or hoisted one too). None
 * today: zod serves only the wizard's forms (the engine and the codec check answers without it),
 * so it travels with the questionnaire.
 */
const CORE_PACKAGES: readonly string[] = [];

/** An edition's record (data/editions/<id>.json): loaded on request, in a chunk of its own. */
const isEditionRecord = (id: string) => /\/data\/editions\/[^/]+\.json$/.test(id.replaceAll('\\', '/'));

interface ChunkingContext {
  getModuleInfo(id: string): { readonly isEntry: boolean; readonly importers: readonly string[]; readonly dynamicImporters: readonly string[] } | null;
}

/** The rolldown `codeSplitting` options that make the core chunk. */
export function coreChunk(root: string) {
  const inCoreFolder = (id: string) => {
    const path = id.replaceAll('\\', '/');
    // The current edition's data is core; an older edition's, and an edition file itself (its record), load on demand in chunks of their own.
    if (path === RESOLVED_INDEX) return true;
    if (isEditionRecord(path)) return false;
    return CORE_PACKAGES.some((name) => path.includes(`/node_modules/${name}/`)) || (!path.includes('/node_modules/') && CORE_FOLDERS.some((folder) => relative(root, id).replaceAll('\\', '/').startsWith(folder)));
  };
  const fromEntry = new Map<string, boolean>();
  // Whether the entry reaches a module through static imports alone (then it is part of the start page).
  const staticallyFromEntry = (id: string, ctx: ChunkingContext): boolean => {
    const known = fromEntry.get(id);
    if (known !== undefined) return known;
    const seen = new Set<string>();
    const stack = [id];
    let found = false;
    while (stack.length > 0 && !found) {
      const current = stack.pop()!;
      if (seen.has(current)) continue;
      seen.add(current);
      const info = ctx.getModuleInfo(current);
      if (info?.isEntry) found = true;
      else stack.push(...(info?.importers ?? []));
    }
    fromEntry.set(id, found);
    return found;
  };
  // A module that only one view imports (a wizard-only component, say) travels with that view.
  const viewOf = (id: string) => /\/src\/features\/([\w-]+)\//.exec(id.replaceAll('\\', '/'))?.[1] ?? null;
  const onlyOneView = (id: string, ctx: ChunkingContext) => {
    const info = ctx.getModuleInfo(id);
    const importers = [...(info?.importers ?? []), ...(info?.dynamicImporters ?? [])];
    const views = new Set(importers.map(viewOf));
    return importers.length > 0 && views.size === 1 && !views.has(null);
  };
  // A part loaded with import() alone: the root of its own chunk.
  const loadedLazily = (id: string, ctx: ChunkingContext) => {
    const info = ctx.getModuleInfo(id);
    return info !== null && info.importers.length === 0 && info.dynamicImporters.length > 0;
  };
  return {
    // Without this, a group pulls in the static imports of its modules: the start page's too.
    includeDependenciesRecursively: false,
    groups: [
      {
        name: (id: string, ctx: ChunkingContext) =>
          inCoreFolder(id) && !staticallyFromEntry(id, ctx) && !onlyOneView(id, ctx) && !loadedLazily(id, ctx) ? 'core' : null,
      },
    ],
  };
}

// `import(/* on-request */ 'spec')`: a part loaded only when the reader asks for it.
const ON_REQUEST_IMPORT = /import\(\s*\/\*\s*on-request\s*\*\/\s*(['"])([^'"]+)\1\s*\)/g;

// Writes `.vite/chunks.json` for `npm run size`: the source modules in each emitted chunk, and
// which chunks load only on request. A part is on request when the code that loads it says so,
// `import(/* on-request */ './change-record.tsx')`, so the size check follows the code, not a
// list of file names; an edition's record (data/editions/*.json) is on request by its folder.
export function chunkReport(root: string): Plugin {
  const requested = new Set<string>();
  return {
    name: 'chunk-report',
    apply: 'build',
    // Before the TypeScript transform, which may drop comments.
    enforce: 'pre',
    async transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('on-request')) return null;
      for (const [, , spec] of code.matchAll(ON_REQUEST_IMPORT)) {
        const resolved = await this.resolve(spec!, id);
        if (!resolved) this.error(`${id}: cannot resolve the on-request import '${spec}'.`);
        requested.add(resolved.id);
      }
      return null;
    },
    generateBundle(_options, bundle) {
      // Packages by their path from node_modules wherever it lives; the app's modules relative to the root.
      const name = (id: string) => {
        // A virtual module (the editions composed, rolldown's runtime) by its id, without the `\0` that marks it.
        if (id.startsWith('\0')) return `virtual:${id.slice(1)}`;
        const path = id.replaceAll('\\', '/');
        const inPackage = path.lastIndexOf('/node_modules/');
        return inPackage >= 0 ? path.slice(inPackage + 1) : relative(root, id).replaceAll('\\', '/');
      };
      const chunks: Record<string, string[]> = {};
      const onRequest: string[] = [];
      for (const [file, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[file] = output.moduleIds.map(name).sort();
        const facade = output.facadeModuleId;
        if (facade && (requested.has(facade) || isEditionRecord(facade))) onRequest.push(file);
      }
      // A marked part that lost its own chunk (imported statically somewhere too) would load with the page.
      // (A facade chunk that only re-exports it from the page's chunk does not count.)
      const facades = new Set(Object.values(bundle).flatMap((output) => (output.type === 'chunk' && output.facadeModuleId && output.moduleIds.includes(output.facadeModuleId) ? [output.facadeModuleId] : [])));
      const merged = [...requested].filter((id) => !facades.has(id));
      if (merged.length > 0) this.error(`Imported on request but bundled with the page: ${merged.map(name).join(', ')} (is it also imported statically?)`);
      this.emitFile({ type: 'asset', fileName: '.vite/chunks.json', source: `${JSON.stringify({ chunks, onRequest: onRequest.sort() }, null, 2)}\n` });
    },
  };
}
