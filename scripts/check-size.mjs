// Prints the gzip size of the JS the start page loads before any interaction (the
// entry and its static imports) and of all JS a shared result URL can load (every
// chunk), what lands in each chunk, and fails when either is over budget (QUALITY.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = { start: 90, result: 140 };
const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
if (!entry) throw new Error('No entry chunk in the Vite manifest.');

// What each chunk holds and which load only when the reader asks (written by
// scripts/build/chunks.ts): an edition's record of changes (the "Every change" list, never
// printed; tests/e2e/results.spec.ts checks on the network that a shared result never loads
// it), the words of that record, the Markdown writer (on "Copy as Markdown"), the comparison
// with a colleague's link and the QR encoder of the printed link (when a print is on its way).
// The code marks them where it loads them: import(/* on-request */ '…').
const { chunks, onRequest: requested } = JSON.parse(readFileSync(join(dist, '.vite', 'chunks.json'), 'utf8'));
const onRequest = (key) => requested.includes(manifest[key].file);

/** Chunk keys reachable from `key` through static imports (and dynamic ones if asked). */
function closure(key, withDynamic, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  const chunk = manifest[key];
  // The entry's own lazy imports are other views (the questionnaire): not part of this page.
  const lazy = withDynamic && !chunk.isEntry ? (chunk.dynamicImports ?? []).filter((k) => !onRequest(k)) : [];
  for (const next of [...(chunk.imports ?? []), ...lazy]) closure(next, withDynamic, seen);
  return seen;
}
const jsOf = (keys) => [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
const sum = (files) => files.reduce((total, f) => total + gzipKb(f), 0);

// A shared result URL loads the entry, the share-link reader, then the result view with
// everything it imports (statically or lazily: the chart). The questionnaire's chunk is not
// needed there.
const chunkOf = (pattern) => {
  const key = Object.keys(manifest).find((k) => pattern.test(k));
  if (!key) throw new Error(`No chunk for ${pattern} in the Vite manifest.`);
  return key;
};
const start = jsOf(closure(entry[0], false));
const result = [...new Set([...start, ...jsOf(closure(chunkOf(/open-share-link\.tsx$/), false)), ...jsOf(closure(chunkOf(/result-view\.tsx$/), true))])];
const rows = [
  ['start page (before interaction)', sum(start), BUDGET_KB.start, start],
  ['shared result URL (all JS it loads)', sum(result), BUDGET_KB.result, result],
];
let failed = false;
for (const [label, kb, budget, files] of rows) {
  const over = kb > budget;
  failed ||= over;
  console.log(`${over ? 'OVER' : 'ok  '} ${label}: ${kb.toFixed(1)} KB gzip (budget ${budget} KB) — ${files.length} file(s)`);
}
if (requested.length > 0) console.log(`     on request only (older editions' data, the editions' records of changes, the Markdown writer, the comparison, the QR encoder for print): ${sum(requested).toFixed(1)} KB gzip — ${requested.length} file(s)`);
// What lands in each chunk: the app's own modules by folder, and the packages, so a stray
// import into the wrong chunk shows at a glance.
const describe = (modules) => {
  const groups = new Map();
  for (const id of modules) {
    if (/^virtual:(rolldown|vite)\//.test(id) || id === 'index.html') continue;
    const parts = id.split('/');
    // Features by feature (a wizard module in the result's chunk shows), other src/ folders, data/, packages.
    const depth = parts[0] === 'src' ? (parts[1] === 'features' ? 3 : 2) : 1;
    const key = parts[0] === 'node_modules' ? `package ${parts[1].startsWith('@') ? parts.slice(1, 3).join('/') : parts[1]}` : parts.length > depth ? `${parts.slice(0, depth).join('/')}/` : id;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].map(([key, n]) => (key.startsWith('package') ? key.slice(8) : `${key} (${n})`)).join(', ');
};
console.log('\nWhat each chunk holds:');
for (const file of Object.keys(chunks).sort()) {
  const where = [start.includes(file) ? 'start page' : null, result.includes(file) ? 'shared result' : null, requested.includes(file) ? 'on request' : null].filter(Boolean).join(', ') || 'questionnaire';
  console.log(`     ${file}: ${gzipKb(file).toFixed(1)} KB gzip, loaded by: ${where}`);
  console.log(`       ${describe(chunks[file])}`);
}
// The start page must never pull in the result view, the engine, the data, zod or the chart library.
const leaked = start.flatMap((file) => (chunks[file] ?? []).filter((id) => /^src\/(features\/results|engine|share)\/|^data\/(?!presets\.json)|^virtual:edition|^node_modules\/(zod|recharts)\//.test(id)));
if (leaked.length > 0) {
  console.error(`The start page loads modules it should not: ${leaked.join(', ')}`);
  failed = true;
}
if (failed) {
  console.error('Bundle budget exceeded.');
  process.exit(1);
}
