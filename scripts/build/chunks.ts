import { relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The `core` chunk: what every page past the start screen needs (engine, data, schemas,
 * links, flow, store helpers, shared components, the share-link reader), as one file rather
 * than a handful of small ones: on a phone each extra request costs a round trip before
 * the result can paint. Membership is by folder (every src/ folder but the feature views,
 * plus the JSON in data/), less whatever the start page imports statically, which
 * stays in the entry so that the start page never loads the core, and less what only one
 * view imports, which travels with that view.
 */
const CORE_FOLDERS = ['src/app/', 'src/components/', 'src/data/', 'src/engine/', 'src/flow/', 'src/schema/', 'src/share/', 'src/state/', 'data/'];
/**
 * Packages in core, matched wherever node_modules lives (a symlinked or hoisted one too). None
 * today: zod serves only the wizard's forms (the engine and the codec check answers without it),
 * so it travels with the questionnaire.
 */
const CORE_PACKAGES: readonly string[] = [];
/**
 * Modules in core although one view alone imports them, or although they live in a feature:
 * the result view and its on-demand parts (the Markdown writer, the change record) share the
 * date formatter; the result view and the answer sheet share the headline's words. Left to
 * itself the bundler gave each a chunk of its own, found only once the view had loaded: one
 * more round trip before a shared result (or the sheet) can paint.
 */
const CORE_ALWAYS: readonly string[] = ['src/components/format-date.ts', 'src/features/results/explain.ts'];
/**
 * Views that live in src/app/ because they compose two features (the answer sheet: the
 * questionnaire's questions and the result's verdict), loaded on their own like the feature
 * views, never as part of the core a shared result loads.
 */
const APP_VIEWS: readonly string[] = ['src/app/answer-sheet.tsx'];

interface ChunkingContext {
  getModuleInfo(id: string): { readonly isEntry: boolean; readonly importers: readonly string[]; readonly dynamicImporters: readonly string[] } | null;
}

/** The rolldown `codeSplitting` options that make the core chunk. */
export function coreChunk(root: string) {
  const inCoreFolder = (id: string) => {
    const path = id.replaceAll('\\', '/');
    // An edition's patch is core data; the edition file itself is its record, loaded on demand in a chunk of its own.
    if (path.startsWith('\0edition-patch:')) return true;
    if (/\/data\/editions\/[^/]+\.json$/.test(path)) return false;
    if (APP_VIEWS.includes(relative(root, id).replaceAll('\\', '/'))) return false;
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
  return {
    // Without this, a group pulls in the static imports of its modules: the start page's too.
    includeDependenciesRecursively: false,
    groups: [
      {
        name: (id: string, ctx: ChunkingContext) =>
          CORE_ALWAYS.includes(relative(root, id).replaceAll('\\', '/')) || (inCoreFolder(id) && !staticallyFromEntry(id, ctx) && !onlyOneView(id, ctx)) ? 'core' : null,
      },
    ],
  };
}

/** Writes `.vite/chunks.json`: the source modules in each emitted chunk, for `npm run size`. */
export function chunkReport(root: string): Plugin {
  return {
    name: 'chunk-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: Record<string, string[]> = {};
      for (const [file, output] of Object.entries(bundle)) {
        // Packages by their name wherever node_modules lives; the app's modules relative to the root.
        const name = (id: string) => {
          const path = id.replaceAll('\\', '/');
          const inPackage = path.lastIndexOf('/node_modules/');
          return inPackage >= 0 ? path.slice(inPackage + 1) : relative(root, id).replaceAll('\\', '/');
        };
        if (output.type === 'chunk') chunks[file] = output.moduleIds.map(name).sort();
      }
      this.emitFile({ type: 'asset', fileName: '.vite/chunks.json', source: `${JSON.stringify(chunks, null, 2)}\n` });
    },
  };
}
