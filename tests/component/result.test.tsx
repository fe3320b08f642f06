import type { EditionFile } from '../../src/schema/dataset.ts';
import { datasetFor, editionFiles, seedDataset } from '../support/editions.ts';
import { shortName } from '../support/questionnaire.ts';
import { criterionName } from '../../src/words/dataset-names.ts';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { loadApp } from '../support/app.ts';
import { setupUser } from '../support/user.ts';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/components/error-boundary.tsx';
import { currentDataset } from '../../src/data/editions.ts';
import { formatAsOf } from '../../src/words/format-date.ts';
import { recommend } from '../../src/engine/index.ts';
import { headline } from '../../src/words/explain.ts';
import { onOtherEdition } from '../../src/features/results/edition/edition-changes.ts';

/**
 * Opens the app as a returning user whose saved progress is on the result. Pinned to the
 * seed edition, which never changes, so the numbers here stay put as data is refreshed.
 */
async function openResult(answers: Record<string, unknown>, editionId: string | null = 'seed', { olderEditions = true } = {}) {
  localStorage.setItem('ml-framework-advisor:progress', JSON.stringify({ state: { answers, step: 'result', returnToReview: false, editionId }, version: 1 }));
  vi.resetModules();
  const App = await loadApp({ olderEditions });
  const user = setupUser();
  render(<App />);
  await screen.findByRole('article', {}, { timeout: 5000 });
  // The sections after the headline arrive one per task; the sources come last.
  await screen.findByRole('region', { name: 'Scores and their sources' }, { timeout: 5000 });
  return user;
}

const research = { goal: 'research', modelSource: 'custom', data: ['text', 'vision'], targets: ['server'], hardware: ['gpu'], scale: 'multi-gpu', team: 'pytorch', codebase: 'none' };
const mobile = { goal: 'production', modelSource: 'custom', data: ['vision'], targets: ['mobile'], hardware: ['gpu'], scale: 'single', team: 'none', codebase: 'none' };

describe('the result page', () => {
  it('heads with the recommendation, the scores and the margin, then why in plain words', async () => {
    await openResult(research);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('PyTorch is the better fit');
    expect(screen.getByText('PyTorch 9.2, TensorFlow 6.5 out of 10: a lead of 2.7 points.')).toBeInTheDocument();
    expect(screen.getByText(/^PyTorch's lead comes mostly from research adoption \(10 vs 5\)/)).toBeInTheDocument();
  });

  it('draws the radar chart and gives the same numbers in a table', async () => {
    const user = await openResult(mobile);
    // Drawn at once as our own SVG: one outline per framework, one label per weighted criterion.
    const chart = await screen.findByRole('img', { name: /Radar chart of TensorFlow and PyTorch over 6 weighted criteria/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.querySelectorAll('.radar-series polygon')).toHaveLength(2);
    expect(chart.querySelectorAll('.radar-tick')).toHaveLength(6);
    // One picture with a name: its labels and ticks are hidden from assistive technology (the table has the numbers).
    expect(chart.querySelector(':scope > g')).toHaveAttribute('aria-hidden', 'true');
    // A legend entry picks its framework out; pressed again, all are equal.
    const legend = screen.getByRole('list', { name: 'Legend: pick a framework out' });
    const pytorch = within(legend).getByRole('button', { name: 'PyTorch' });
    fireEvent.click(pytorch);
    expect(pytorch).toHaveAttribute('aria-pressed', 'true');
    expect([...chart.querySelectorAll('.radar-series')].map((g) => g.getAttribute('opacity'))).toEqual(['0.25', '1']);
    fireEvent.click(pytorch);
    expect([...chart.querySelectorAll('.radar-series')].map((g) => g.getAttribute('opacity'))).toEqual(['1', '1']);
    // Pointing at the chart swaps in the interactive one (recharts, with its tooltip), in the same place and with the same name.
    await user.hover(chart.parentElement!);
    await waitFor(() => { expect(screen.getByRole('img', { name: /Radar chart of TensorFlow and PyTorch/ }).tagName.toLowerCase()).toBe('div'); });
    const table = screen.getByRole('table', { name: 'Scores (1–10) on the criteria that carry weight' });
    const row = within(table).getByRole('row', { name: /Mobile and edge/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['5', '10', '6']);
    expect(within(within(table).getByRole('row', { name: /Weighted score/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['', '8.28', '7.72']);
  });

  it('breaks every score down into weight x score and says which side each criterion favours', async () => {
    await openResult(research);
    const region = screen.getByRole('region', { name: 'Contribution of each criterion' });
    const row = within(region).getByRole('row', { name: /Research adoption/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['4', '10 → 2.00', '5 → 1.00', 'PyTorch (+1.00)']);
    // The criterion links to its scores' reasons and sources.
    expect(within(row).getByRole('link', { name: 'Research adoption' })).toHaveAttribute('href', '#reasons-research');
    expect(document.getElementById('reasons-research')).toHaveTextContent(/The large majority of recent papers/);
  });

  it('says what would change the recommendation, and the sliders re-rank live; back to my answers restores it', async () => {
    const user = await openResult(mobile);
    const section = screen.getByRole('region', { name: 'What would change this' });
    expect(within(section).getAllByRole('listitem')[0]).toHaveTextContent(/PyTorch would lead\.$/);
    fireEvent.change(within(section).getByRole('slider', { name: 'Mobile and edge' }), { target: { value: '0' } });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('PyTorch is the better fit');
    expect(within(section).getByRole('slider', { name: 'Mobile and edge' })).toHaveAccessibleDescription('Changed; your answers suggest 5');
    expect(window.location.search).toMatch(/&priorities=mobile:0$/);
    // Dragged back to the suggestion, the weight is no override: not "Changed", not in the link.
    fireEvent.change(within(section).getByRole('slider', { name: 'Mobile and edge' }), { target: { value: '5' } });
    expect(within(section).getByRole('slider', { name: 'Mobile and edge' })).toHaveAccessibleDescription('');
    expect(window.location.search).not.toContain('priorities');
    expect(within(section).getByRole('button', { name: 'Back to my answers' })).toBeDisabled();
    fireEvent.change(within(section).getByRole('slider', { name: 'Mobile and edge' }), { target: { value: '0' } });
    await user.click(within(section).getByRole('button', { name: 'Back to my answers' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('TensorFlow is the better fit');
  });

  it('leads a wrong comparison with the right tool and its first steps, and folds the framework ranking away', async () => {
    await openResult({ goal: 'production', modelSource: 'custom', data: ['tabular'], workload: ['classic'], targets: ['server'], hardware: ['cpu'], scale: 'single', team: 'none', codebase: 'none' }, '2026-11');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Use scikit-learn, XGBoost or LightGBM');
    const lead = screen.getByRole('region', { name: 'What to use' });
    expect(within(lead).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['XGBoost, LightGBM or CatBoost', 'scikit-learn']);
    expect(within(lead).getByRole('list', { name: 'First steps' }).children[0]).toHaveTextContent(/^Set a baseline you can beat\./);
    // The ranking is there, folded: the alternatives under it leave out the tools already leading the page.
    const fold = screen.getByText('If you later need a neural network').closest('details')!;
    expect(fold.open).toBe(false);
    expect(within(fold).getByRole('table', { name: 'Scores (1–10) on the criteria that carry weight' })).toBeInTheDocument();
    const others = within(within(fold).getByRole('region', { name: 'Alternatives worth a look' })).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(others).not.toContain('scikit-learn');
    // The in-page navigation names only what is outside the fold.
    expect(within(screen.getByRole('navigation', { name: 'On this page' })).getAllByRole('link').map((a) => a.textContent)).toEqual(['What to use', 'Your answers', 'Compare', 'What changed']);
  });

  it('lists the matching alternatives with why on a framework verdict, and keeps the others collapsed', async () => {
    await openResult(research);
    const section = screen.getByRole('region', { name: 'Alternatives worth a look' });
    expect(within(section).getAllByRole('heading', { level: 3 }).length).toBeGreaterThan(0);
    expect(within(section).getByText(/^Other alternatives \(\d+\)$/)).toBeInTheDocument();
    const links = within(screen.getByRole('navigation', { name: 'On this page' })).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['Next steps', 'Scores', 'What if', 'Breakdown', 'Alternatives', 'Pitfalls', 'Your answers', 'Compare', 'Facts', 'Sources']);
    // Every link leads to a heading on the page.
    for (const link of links) expect(document.getElementById(link.getAttribute('href')!.slice(1))?.tagName).toBe('H2');
  });

  it('estimates the migration and lists the pitfalls when the code is in the other framework', async () => {
    await openResult({ ...research, team: 'tensorflow', codebase: 'tf1', projectSize: 'medium' });
    const section = screen.getByRole('region', { name: 'Migration estimate and pitfalls' });
    expect(within(within(section).getByRole('row', { name: /Medium/ })).getAllByRole('cell').map((c) => c.textContent).slice(0, 2)).toEqual(['$30K–$120K', '10–20 weeks']);
    expect(within(section).getByText(/TensorFlow 1 graph code read with TensorFlow 2 habits/)).toBeInTheDocument();
    expect(within(section).getByText(/Saved models tied to one PyTorch version/)).toBeInTheDocument();
  });

  it("gives the winner's deployment path on each chosen target, with its maturity", async () => {
    await openResult(mobile);
    const section = screen.getByRole('region', { name: 'Next steps with TensorFlow' });
    expect(section).toHaveTextContent('Android or iOS apps');
    expect(section).toHaveTextContent('TensorFlow Lite');
    expect(section).toHaveTextContent('mature');
  });

  it('shows the facts with sources and dates, how old the data is, and marks stale facts', async () => {
    await openResult(research);
    const section = screen.getByRole('region', { name: 'The facts behind the scores' });
    expect(section).toHaveTextContent(/The comparison as first published, as of April 2026/);
    const version = within(section).getByRole('row', { name: /Current stable version/ });
    expect(version).toHaveTextContent('possibly stale');
    expect(within(version).getByRole('link', { name: 'TensorFlow versions' })).toHaveAttribute('href', 'https://www.tensorflow.org/versions');
    expect(within(section).getByRole('row', { name: /Main maintainer/ })).not.toHaveTextContent('possibly stale');
  });
});

describe('data editions', () => {
  // The current questionnaire also asks the kind of workload (the seed's does not).
  const mobileNow = { ...mobile, workload: ['classic'] };
  // The current edition's numbers are computed from the engine and the data, so a refresh breaks nothing here.
  const current = recommend(mobileNow, currentDataset);
  const seed = recommend(mobile, seedDataset);
  if (!current.ok || !seed.ok) throw new Error('the mobile answers must be valid');
  const [currentTitle, seedTitle] = [headline(current, currentDataset).title, headline(seed, seedDataset).title];

  const base = datasetFor(currentDataset.history.base!)!;
  const baseResult = recommend(mobileNow, base);
  if (!baseResult.ok) throw new Error('the mobile answers must be valid on the base edition');
  const changedTitle = `What changed from ${formatAsOf(base.meta.edition.asOf)} to ${formatAsOf(currentDataset.meta.edition.asOf)}`;

  it('names a product’s target a framework cannot yet ship on, under the headline and in the score table', async () => {
    const mcu = { goal: 'production', modelSource: 'custom', data: ['audio'], workload: ['classic'], targets: ['microcontroller'], hardware: ['nvidia'], scale: 'single', team: 'pytorch', codebase: 'none' };
    const december = datasetFor('2026-12')!;
    await openResult(mcu, '2026-12');
    const result = recommend(mcu, december);
    if (!result.ok) throw new Error('valid answers');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(headline(result, december).title);
    expect(screen.getByText(/Under this guide's bar of 5 for shipping \(beta or prototype-grade\), so counted as 1: PyTorch's path to microcontrollers \(4\)\.$/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Scores (1–10) on the criteria that carry weight' });
    const row = within(table).getByRole('row', { name: /^Microcontrollers/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['7', '9', '1 (data: 4)', '1 (data: 3)']);
    expect(screen.getByText('A score under this guide\'s bar of 5 for shipping on a product\'s target counts as 1; the data\'s own is in brackets.')).toBeInTheDocument();
  });

  it('uses the current edition by default, shows its verdict alone, and lists the changes that touch the answers', async () => {
    const user = await openResult(mobileNow, null, { olderEditions: false });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(currentTitle);
    const bar = screen.getByText('Data:', { selector: 'strong' }).closest('p')!;
    expect(bar).toHaveTextContent(`Data: ${currentDataset.meta.edition.label}.`);
    // One verdict on the first screen: the other edition's is in "What changed".
    expect(bar).not.toHaveTextContent(/With |verdict|data \(/);
    expect(within(bar.closest('header')!).queryByRole('button', { name: /today’s data|See it with/ })).not.toBeInTheDocument();
    const section = screen.getByRole('region', { name: changedTitle });
    // The base edition's verdict is there when asked for: its data loads then, and the line takes the focus.
    expect(section).not.toHaveTextContent('verdict would be');
    await user.click(within(section).getByRole('button', { name: `Compare the verdict with the ${base.meta.edition.label}` }));
    const line = await within(section).findByText(new RegExp(`^With the ${base.meta.edition.label} the verdict would be`), { selector: 'p, strong' });
    await waitFor(() => { expect(line.closest('p')).toHaveFocus(); });
    expect(line.closest('p')).toHaveTextContent(`the verdict would be ${onOtherEdition(mobileNow, current, base)!.differs ? 'different' : 'the same'}: ${headline(baseResult, base).title}.`);
    // The record of the changes loads when the reader opens it.
    expect(within(section).queryByRole('heading', { name: /Changes that touch your answers/ })).not.toBeInTheDocument();
    await user.click(within(section).getByText('Every change, with its reason and sources'));
    await within(section).findByRole('heading', { name: /Changes that touch your answers|Other changes/ });
    // Every change to a score is listed with its before and after, among the changes that touch these answers when it bears on a weighted criterion.
    const weighted = new Set(current.weights.filter((w) => w.weight > 0).map((w) => w.criterionId));
    const changes = (editionFiles[`editions/${currentDataset.meta.edition.id}.json`] as EditionFile).changes;
    const moved = changes.filter((c) => c.op === 'merge' && c.file === 'criteria.json' && 'score' in c.old);
    const touching = within(section).queryByRole('heading', { name: /Changes that touch your answers/ })?.nextElementSibling as HTMLElement | undefined;
    expect(moved.length).toBeGreaterThan(0);
    for (const change of moved) {
      const criterionId = change.path.split('/')[1]!;
      const item = within(section).getByText(change.title).closest('li')!;
      if (change.op === 'merge') expect(item).toHaveTextContent(change.old.score === change.new.score ? `Score: ${String(change.new.score)}, as before` : `Score: ${String(change.old.score)} → ${String(change.new.score)}`);
      expect(touching?.contains(item) ?? false, change.title).toBe((change.touches?.criteria ?? [criterionId]).some((c) => weighted.has(c)) || (change.touches?.targets ?? []).some((t) => mobileNow.targets.includes(t)));
    }
    // The published score stays visible beside the estimate, whichever edition moved it.
    const table = screen.getByRole('table', { name: 'Scores (1–10) on the criteria that carry weight' });
    const mobileRow = within(table).getByRole('row', { name: new RegExp(criterionName(currentDataset, 'mobile')) });
    const pytorch = current.ranking.findIndex((r) => r.frameworkId === 'pytorch');
    const seedScore = seedDataset.criteria.find((c) => c.id === 'mobile')!.scores.pytorch!.score;
    const score = current.scores.mobile!.pytorch!.score;
    expect(within(mobileRow).getAllByRole('cell')[pytorch + 1]).toHaveTextContent(score === seedScore ? String(score) : `${score} (Apr 2026: ${seedScore})`);
  });

  it('switches to the edition it builds on from "What changed", and back with the one button at the top', async () => {
    const user = await openResult(mobileNow, null, { olderEditions: false });
    const section = screen.getByRole('region', { name: changedTitle });
    await user.click(within(section).getByRole('button', { name: `Compare the verdict with the ${base.meta.edition.label}` }));
    await user.click(await within(section).findByRole('button', { name: `See it with the ${base.meta.edition.label}` }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(headline(baseResult, base).title);
    const older = screen.getByRole('group', { name: /^Made with the / });
    expect(older).toHaveTextContent(`Made with the ${base.meta.edition.label}.`);
    await user.click(within(older).getByRole('button', { name: 'Use today’s data' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(currentTitle);
    expect(window.location.search).toMatch(new RegExp(`^\\?v=1&e=${currentDataset.meta.edition.id}&dv=${currentDataset.meta.dataVersion}&`));
  });

  it('opens an old link on its own data, and reaches today’s in three clicks, asking only the new question in place', async () => {
    const user = await openResult(mobile, 'seed');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(seedTitle);
    const older = screen.getByRole('group', { name: /^Made with the April 2026 data/ });
    expect(older).toHaveTextContent(`Today’s data (${currentDataset.meta.edition.label}) asks one more question, about ${shortName('workload').toLowerCase()}; before it: `);
    await user.click(within(older).getByRole('button', { name: 'Use today’s data' }));
    // The one question the seed did not ask, here on the result page; nothing else is asked again.
    const workload = currentDataset.questions.find((q) => q.id === 'workload')!;
    expect(within(older).getAllByRole('group').map((g) => g.getAttribute('aria-labelledby'))).toEqual(['newer-workload']);
    await user.click(within(older).getByRole('button', { name: 'Show the result with today’s data' }));
    expect(within(older).getByRole('alert')).toHaveTextContent(`Choose an answer to “${workload.title}” first.`);
    await user.click(within(older).getByRole('checkbox', { name: new RegExp(workload.options.find((o) => o.id === 'classic')!.label) }));
    await user.click(within(older).getByRole('button', { name: 'Show the result with today’s data' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(currentTitle);
    expect(window.location.search).toMatch(new RegExp(`^\\?v=1&e=${currentDataset.meta.edition.id}&.*workload=classic`));
    expect(screen.queryByRole('group', { name: /^Made with/ })).not.toBeInTheDocument();
  });
});

describe('a toss-up', () => {
  it('says so above the headline and in it, naming each framework that comes first often', async () => {
    // Three frameworks within half a point (odd weights from a link): none comes first in most plausible scorings.
    const answers = { goal: 'production', team: 'jax', modelSource: 'finetune', data: ['audio'], workload: ['recommender', 'forecasting'], targets: ['server'], hardware: ['tpu', 'nvidia', 'apple'], scale: 'cluster', codebase: 'none', projectSize: 'small', priorities: { ecosystem: 9.351, tpu: 9.58 }, scores: { 'amdGpu.tensorflow': 7.8, 'distributed.jax': 2, 'production.jax': 1.3, 'ecosystem.pytorch': 1.5 } };
    const result = recommend(answers, currentDataset);
    if (!result.ok || !result.verdict.tossUp) throw new Error('these answers must be a toss-up on the current edition');
    await openResult(answers, null);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(/^A toss-up: /);
    expect(heading).toHaveTextContent(headline(result, currentDataset).title);
    expect(heading.previousElementSibling).toHaveTextContent('Toss-up');
    expect(screen.getByText(/^Allowing a change of up to a point in every score/)).toHaveTextContent(/no framework comes first in most of the ways they could move/);
  });
});

describe('a failing section', () => {
  it('of the real result page is replaced by a message while the rest of the result stays usable', async () => {
    vi.doMock('../../src/features/results/scores/breakdown.tsx', () => ({
      Breakdown: () => {
        throw new Error('breakdown exploded');
      },
    }));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await openResult(research);
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('PyTorch is the better fit');
      expect(screen.getByRole('alert')).toHaveTextContent('Sorry, the breakdown could not be shown. The rest of the page still works');
      expect(screen.getByRole('region', { name: 'Alternatives worth a look' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Copy share link' })).toBeEnabled();
    } finally {
      vi.doUnmock('../../src/features/results/scores/breakdown.tsx');
    }
  });

  it('is replaced by a message while the rest stays usable', () => {
    const Broken = () => {
      throw new Error('chart exploded');
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <>
        <ErrorBoundary what="the chart">
          <Broken />
        </ErrorBoundary>
        <p>The rest of the result</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Sorry, the chart could not be shown.');
    expect(screen.getByText('The rest of the result')).toBeInTheDocument();
  });
});
