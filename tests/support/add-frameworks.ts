import type { DataFiles } from '../../src/schema/dataset.ts';

/**
 * An edition that adds frameworks to the seed by data alone, with every change the README's
 * "A framework" steps list: the framework, a score on every criterion, a value for every fact,
 * a deployment path on every target, and team and code options that stand for it.
 * `frameworksEdition(seedFiles, ['probe'])` -> an edition file (plain JSON) for `data/editions/`.
 */
export function frameworksEdition(seedFiles: DataFiles, ids: readonly string[], meta: { id?: string; asOf?: string } = {}) {
  const seed = seedFiles as any;
  const names = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);
  const score = (n: number) => ({ score: n, estimate: true, reason: 'A probe framework, scored as the project would.', sources: ['project'], asOf: '2026-11' });
  const changes: any[] = [];
  const change = (c: Record<string, unknown>) => changes.push({ id: `probe-${changes.length}`, title: 'Probe', date: '2026-11', sources: ['project'], reason: 'Adds a framework to test the route.', ...c });
  change({ op: 'add', file: 'frameworks.json', path: 'frameworks', values: ids.map((id) => ({ id, name: names(id), maintainer: 'Nobody', summary: 'A framework for tests.' })) });
  // Scores differ between the probes (and from the seed's), so the ranking has no ties to hide a bug.
  for (const [ci, c] of seed['criteria.json'].criteria.entries()) {
    change({ op: 'merge', file: 'criteria.json', path: `criteria/${c.id}/scores`, old: {}, new: Object.fromEntries(ids.map((id, i) => [id, score(1 + ((ci * 3 + i * 5) % 10))])) });
  }
  for (const f of seed['facts.json'].facts) change({ op: 'merge', file: 'facts.json', path: `facts/${f.id}/values`, old: {}, new: Object.fromEntries(ids.map((id) => [id, `${names(id)} fact`])) });
  for (const t of seed['deployment.json'].targets) {
    change({ op: 'add', file: 'deployment.json', path: `targets/${t.target}/paths`, values: ids.map((id) => ({ framework: id, runtime: `${names(id)} runtime`, maturity: 'unrated', sources: ['project'], asOf: '2026-11', note: 'A probe.' })) });
  }
  const all = [...seed['frameworks.json'].frameworks.map((f: any) => f.id), ...ids];
  for (const q of seed['questions.json'].questions) {
    q.options.forEach((o: any) =>
      o.scores?.forEach((_: unknown, i: number) => { change({ op: 'merge', file: 'questions.json', path: `questions/${q.id}/options/${o.id}/scores/${i}/values`, old: {}, new: Object.fromEntries(ids.map((id) => [id, 3])) }); }),
    );
    const scored = q.options.flatMap((o: any) => o.scores ?? []).map((e: any) => e.criterion)[0];
    if (!scored) continue;
    for (const id of ids) {
      const effect = { framework: id, scores: [{ criterion: scored, values: Object.fromEntries(all.map((f) => [f, f === id ? 10 : 4])), reason: 'Probe.' }] };
      // An option that already names the framework (the team's "JAX") is given its effect; otherwise one is added.
      if (q.options.some((o: any) => o.id === id)) change({ op: 'merge', file: 'questions.json', path: `questions/${q.id}/options/${id}`, old: {}, new: effect });
      else change({ op: 'add', file: 'questions.json', path: `questions/${q.id}/options`, values: [{ id, label: names(id), weights: [], ...effect }] });
    }
  }
  return { id: meta.id ?? '2026-12', label: 'Probe edition', asOf: meta.asOf ?? '2026-12', dataVersion: 9, base: 'seed', summary: 'A probe.', unverified: [], changes };
}
