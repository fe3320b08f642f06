import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every import between the app's own modules: static, type-only, re-exports and import() alike.
const root = resolve(import.meta.dirname, '../..');
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files(join(root, 'src'))) {
    const targets = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => resolve(dirname(file), m[1]!)).filter((t) => /\.tsx?$/.test(t));
    graph.set(relative(root, file), targets.map((t) => relative(root, t)));
  }
  return graph;
}

/** The circles of a graph, each as the path that closes it (depth-first, each circle once by its first module). */
export function findCircles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const circles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') circles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return circles;
}

describe('imports in src/', () => {
  it('form no circle, counting type-only and dynamic imports', () => {
    expect(findCircles(importGraph()).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('are read the way the check needs: a circle through a type import or an import() is found', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(findCircles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
    const sample = "import type { A } from './a.ts';\nexport const load = () => import('../b/c.tsx');\nexport { x } from './x.ts';\n";
    expect([...sample.matchAll(IMPORT)].map((m) => m[1])).toEqual(['./a.ts', '../b/c.tsx', './x.ts']);
  });
});

describe('the feature folders', () => {
  const features = join(root, 'src/features');
  const folders = (dir: string): string[] => [dir, ...readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => folders(join(dir, e.name)))];

  it('hold at most 15 files of their own each, none over 250 lines: a large area gets sub-folders', () => {
    const crowded = folders(features)
      .map((dir) => ({ dir: relative(root, dir), count: readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).length }))
      .filter((f) => f.count > 15);
    const long = files(features)
      .map((file) => ({ file: relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > 250);
    expect(crowded).toEqual([]);
    expect(long).toEqual([]);
  });
});
