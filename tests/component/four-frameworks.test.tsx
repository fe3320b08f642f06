import { cleanup, render, screen, within } from '@testing-library/react';
import { loadApp } from '../support/app.ts';
import { setupUser } from '../support/user.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { frameworksEdition } from '../support/add-frameworks.ts';
import { dataFiles } from '../support/editions.ts';

// Adding a framework is a data change: an edition adds two (four in all) and the whole result
// page renders them, with no code change. The README's "A framework" steps are exactly the
// changes tests/support/add-frameworks.ts makes.
const answers = { goal: 'both', modelSource: 'custom', data: ['text', 'vision'], targets: ['server', 'mobile'], hardware: ['gpu', 'tpu'], scale: 'multi-gpu', team: 'probe', codebase: 'tf2', projectSize: 'medium' };

async function openWithFourFrameworks() {
  vi.resetModules();
  // The page's data as the build would compose it with a third edition on top (scripts/build/edition-data-plugin.ts).
  const { editionIndex } = await import('../../scripts/build/edition-data-plugin.ts');
  const { assembleEditions } = await import('../../src/schema/assemble-dataset.ts');
  const edition = frameworksEdition(dataFiles, ['probe', 'quill'], { id: '2027-01', asOf: '2027-01' });
  const assembled = assembleEditions(dataFiles, { 'editions/2027-01.json': edition });
  vi.doMock('virtual:editions', () => ({
    ...editionIndex(assembled),
    datasetLoaders: Object.fromEntries(assembled.editions.filter((d) => d !== assembled.current).map((d) => [d.meta.edition.id, () => Promise.resolve({ default: d })])),
  }));
  vi.doMock('../../src/data/editions.ts', async () => {
    const real = await vi.importActual<typeof import('../../src/data/editions.ts')>('../../src/data/editions.ts');
    return { ...real, loadEditionRecord: (id: string) => (id === '2027-01' ? Promise.resolve({ summary: edition.summary, unverified: edition.unverified, changes: edition.changes }) : real.loadEditionRecord(id)) };
  });
  localStorage.setItem('ml-framework-advisor:progress', JSON.stringify({ state: { answers, step: 'result', returnToReview: false, editionId: null }, version: 1 }));
  const App = await loadApp();
  const { currentDataset } = await import('../../src/data/editions.ts');
  const { recommend } = await import('../../src/engine/index.ts');
  const user = setupUser();
  render(<App />);
  await screen.findByRole('article', {}, { timeout: 5000 });
  await screen.findByRole('region', { name: 'Scores and their sources' }, { timeout: 5000 });
  const result = recommend(answers, currentDataset);
  if (!result.ok) throw new Error('the answers must fit the probe edition');
  return { user, result, dataset: currentDataset };
}

afterEach(() => {
  cleanup();
  vi.doUnmock('../../src/data/editions.ts');
  vi.doUnmock('virtual:editions');
  localStorage.clear();
});

describe('a result with four frameworks, added by data alone', () => {
  it('renders the whole page for every framework: headline, why, chart, tables, breakdown and facts', async () => {
    const { result, dataset } = await openWithFourFrameworks();
    const names = dataset.frameworks.map((f) => f.name);
    expect(names).toEqual(['TensorFlow', 'PyTorch', 'Probe', 'Quill']);
    // The headline's scores name all four, in ranking order.
    const order = result.ranking.map((r) => dataset.frameworks.find((f) => f.id === r.frameworkId)!.name);
    expect(screen.getByText(new RegExp(`^${order.map((n, i) => `${n} ${result.ranking[i]!.score.toFixed(result.verdict.isCloseCall ? 2 : 1)}`).join(', ')} out of 10`))).toBeInTheDocument();
    // One sentence for each framework behind the runner-up.
    for (const name of order.slice(2)) expect(screen.getByText(new RegExp(`^${name} trails ${order[0]} by `))).toBeInTheDocument();
    // The chart: four series, named in its accessible name and in the legend, each with its own line.
    const chart = await screen.findByRole('img', { name: /^Radar chart of TensorFlow, PyTorch, Probe and Quill over \d+ weighted criteria/ });
    const legend = screen.getByRole('list', { name: 'Legend: pick a framework out' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(names);
    const dashes = [...legend.querySelectorAll('line')].map((l) => l.getAttribute('stroke-dasharray') ?? '');
    expect(new Set(dashes).size).toBe(4);
    expect(chart).toBeInTheDocument();
    // The score table and the breakdown: a column for each framework.
    const table = screen.getByRole('table', { name: 'Scores (1–10) on the criteria that carry weight' });
    for (const name of names) expect(within(table).getByRole('columnheader', { name: new RegExp(`^${name}`) })).toBeInTheDocument();
    const breakdown = screen.getByRole('region', { name: 'Contribution of each criterion' });
    for (const name of names) expect(within(breakdown).getByRole('columnheader', { name: new RegExp(`^${name}`) })).toBeInTheDocument();
    // The facts table has a value for each.
    const facts = await screen.findByRole('region', { name: 'Facts table' });
    expect(within(facts).getAllByText('Probe fact').length).toBeGreaterThan(0);
    expect(within(facts).getAllByText('Quill fact').length).toBeGreaterThan(0);
  });

  it('copies a Markdown record that ranks all four', async () => {
    const { user, result, dataset } = await openWithFourFrameworks();
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: (text: string) => { writes.push(text); return Promise.resolve(); } }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await vi.waitFor(() => { expect(writes).toHaveLength(1); });
    for (const [i, r] of result.ranking.entries()) expect(writes[0]).toContain(`| ${i + 1} | ${dataset.frameworks.find((f) => f.id === r.frameworkId)!.name} | ${r.score.toFixed(2)} |`);
  });
});
