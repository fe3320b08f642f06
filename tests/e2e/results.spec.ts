import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameworkName, joinWords, optionLabel } from '../../src/words/dataset-names.ts';
import { formatWeight } from '../../src/words/format-weight.ts';
import { headline, robustnessSentence } from '../../src/words/explain.ts';
import { scorePast, scoreTipSentence } from '../../src/words/tipping-sentences.ts';
import { findAnswerTippingPoints, type Recommendation } from '../../src/engine/index.ts';
import { answersForEdition, keepValidAnswers } from '../../src/schema/answers.ts';
import type { Dataset } from '../../src/schema/dataset.ts';
import { currentDataset, editions, seedDataset } from '../support/editions.ts';
import { answerWizard, expect, expected, openFold, showChart, weightSlider, test, weightedScoreCells } from './fixtures.ts';

// Journeys through the wizard use the current edition; what the page must show is
// computed from the engine and the data, so a data refresh breaks none of these tests.

/** Every cell of the score table as the page must show it: the weight, then each framework's score, with the seed's own where the edition moved it. */
function scoreRows(result: Recommendation, dataset: Dataset): string[][] {
  const seedScore = (criterionId: string, frameworkId: string) => seedDataset.criteria.find((c) => c.id === criterionId)?.scores[frameworkId]?.score;
  return result.weights
    .filter((w) => w.weight > 0)
    .map((w) => [
      formatWeight(w.weight),
      ...result.ranking.map(({ frameworkId }) => {
        const score = result.scores[w.criterionId]![frameworkId]!;
        const seed = seedScore(w.criterionId, frameworkId);
        // Under a product's bar: the score that counts, then the data's (or the tried one).
        if (score.belowFloor) return `${score.score} (${score.tried ? 'tried' : 'data'}: ${score.belowFloor.dataScore})`;
        const moved = dataset !== seedDataset && !score.fromAnswer && seed !== undefined && seed !== score.score;
        return moved ? `${score.score} (Apr 2026: ${seed})` : String(score.score);
      }),
    ]);
}

async function expectScoreTable(page: import('@playwright/test').Page, result: Recommendation, dataset: Dataset) {
  const table = page.getByRole('table', { name: 'Scores (1–10) on the criteria that carry weight' });
  const rows = table.getByRole('row');
  const expectedRows = scoreRows(result, dataset);
  // A header row, one row per weighted criterion, the weighted score.
  await expect(rows).toHaveCount(expectedRows.length + 2);
  for (const [i, cells] of expectedRows.entries()) await expect(rows.nth(i + 1).getByRole('cell')).toHaveText(cells);
  await expect(table.getByRole('row', { name: /Weighted score/ }).getByRole('cell')).toHaveText(weightedScoreCells(result));
}

const alternativeNames = (result: Recommendation, dataset: Dataset) => result.alternatives.map((a) => dataset.alternatives.find((x) => x.id === a.alternativeId)!.name);

test('a research profile: the engine’s verdict, the chart with one series per framework, the table and the matching alternatives', async ({ page }) => {
  const answers = { goal: 'research', modelSource: 'custom', data: ['text'], workload: ['classic'], targets: ['server'], hardware: ['nvidia'], scale: 'multi-gpu', team: 'pytorch', codebase: 'none' };
  await answerWizard(page, answers);
  const result = expected(answers, currentDataset);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(result, currentDataset).title);
  const chart = await showChart(page);
  await expect(chart).toHaveAccessibleName(new RegExp(joinWords(currentDataset.frameworks.map((f) => f.name), 'and')));
  await expect(page.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveText(currentDataset.frameworks.map((f) => f.name));
  await expectScoreTable(page, result, currentDataset);
  const alternatives = page.getByRole('region', { name: 'Alternatives worth a look' });
  await expect(alternatives.getByRole('heading', { level: 3 })).toHaveText(alternativeNames(result, currentDataset));
});

test('a mobile production profile: the current edition by default with its verdict alone, the edition before one click away, and an old link on its own data', async ({ page }) => {
  const answers = { goal: 'production', modelSource: 'custom', data: ['vision'], workload: ['classic'], targets: ['mobile'], hardware: ['nvidia'], scale: 'single', team: 'none', codebase: 'none' };
  await answerWizard(page, answers);
  const current = expected(answers, currentDataset);
  const base = editions.find((d) => d.meta.edition.id === currentDataset.history.base)!;
  const [currentTitle, baseTitle] = [headline(current, currentDataset).title, headline(expected(answers, base), base).title];
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(currentTitle);
  // The edition it rests on, and no other verdict on the first screen.
  const bar = page.getByText('Data:', { exact: true }).locator('..');
  await expect(bar).toHaveText(`Data: ${currentDataset.meta.edition.label}.`);
  await showChart(page);
  await expectScoreTable(page, current, currentDataset);
  await expect(page.getByRole('region', { name: 'Alternatives worth a look' }).getByRole('heading', { level: 3 })).toHaveText(alternativeNames(current, currentDataset));
  const leader = frameworkName(currentDataset, current.verdict.leaderId);
  await expect(page.getByRole('region', { name: `Next steps with ${leader}` })).toContainText(current.nextSteps[0]!.paths[0]!.runtime);

  // "What changed" compares with the edition it builds on, and switches to it in one click; one click at the top comes back.
  // The base edition's data loads only when the reader asks for the comparison.
  const changed = page.getByRole('region', { name: /^What changed from / });
  await expect(changed).not.toContainText('the verdict would be');
  // An older edition's data is a chunk of its own (scripts/build/edition-data-plugin.ts): the page has not loaded it (the offline cache may hold it).
  const dataLoaded = () => page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('edition-dataset')).length);
  expect(await dataLoaded()).toBe(0);
  await changed.getByRole('button', { name: `Compare the verdict with the ${base.meta.edition.label}` }).click();
  await expect(changed).toContainText(`With the ${base.meta.edition.label} the verdict would be`);
  expect(await dataLoaded()).toBe(1);
  await expect(changed.locator('p[tabindex="-1"]')).toBeFocused();
  await changed.getByRole('button', { name: `See it with the ${base.meta.edition.label}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(baseTitle);
  await expect(page).toHaveURL(new RegExp(`\\?v=1&e=${base.meta.edition.id}&`));
  await page.getByRole('group', { name: /^Made with the / }).getByRole('button', { name: 'Use today’s data' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(currentTitle);
  await expect(page).toHaveURL(new RegExp(`\\?v=1&e=${currentDataset.meta.edition.id}&`));

  // A link from before editions opens on the seed's data, as its sender saw it (pinned numbers: the seed never changes).
  await page.evaluate(() => { localStorage.clear(); });
  await page.goto('./?v=1&dv=1&goal=production&modelSource=custom&data=vision&targets=mobile&hardware=gpu&scale=single&team=none&codebase=none');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('TensorFlow is the better fit');
  await expect(page.getByRole('group', { name: /^Made with the April 2026 data/ })).toContainText('asks one more question');
  const seed = expected(keepValidAnswers(answersForEdition(answers, currentDataset, seedDataset), seedDataset).answers, seedDataset);
  await expectScoreTable(page, seed, seedDataset);
  await expect(page.getByRole('region', { name: 'Next steps with TensorFlow' })).toContainText('TensorFlow Lite');

  // What-if: dropping mobile's weight hands the lead to PyTorch, live.
  const slider = await weightSlider(page, 'Mobile and edge');
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PyTorch is the better fit');
  await page.getByRole('button', { name: 'Back to my answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('TensorFlow is the better fit');
});

test.describe('an older edition whose data does not arrive', () => {
  // The offline cache would answer from its copy: this is the first visit of a browser with none.
  test.use({ serviceWorkers: 'block' });

  test('a seed link says which data could not be loaded, after one reload at most, keeps trying on request only, and shows the result on Try again', async ({ page, guard }) => {
    guard.allowConsoleError(/Failed to fetch dynamically imported module|net::ERR_FAILED|Failed to load resource|could not be loaded/);
    let requests = 0;
    let reachable = false;
    await page.route('**/*edition-dataset*', async (route) => {
      requests += 1;
      await (reachable ? route.continue() : route.abort('internetdisconnected'));
    });
    await page.goto('./?v=1&dv=1&goal=production&modelSource=custom&data=vision&targets=mobile&hardware=gpu&scale=single&team=none&codebase=none');
    const failure = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await expect(failure).toContainText('Sorry, the April 2026 data could not be loaded. Check the connection and try again');
    await expect(failure).toContainText('your answers are kept');
    // Not a load per render: one attempt, and one more after the one reload at most.
    await page.waitForTimeout(1500);
    expect(requests).toBeGreaterThan(0);
    expect(requests).toBeLessThanOrEqual(2);
    reachable = true;
    await failure.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('TensorFlow is the better fit');
    await expect(page).toHaveURL(/\?v=1&e=seed&dv=1&goal=production/);
  });
});

test('a tabular profile: the wrong comparison leads with the tools it names and their first steps; the ranking is one click away', async ({ page }) => {
  const answers = { goal: 'production', modelSource: 'custom', data: ['tabular'], workload: ['classic'], targets: ['server'], hardware: ['cpu'], scale: 'single', team: 'none', codebase: 'none' };
  await answerWizard(page, answers);
  const result = expected(answers, currentDataset);
  const rule = result.verdict.wrongComparison!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(rule.title);
  await expect(page.getByText(rule.explanation)).toBeVisible();
  const named = rule.alternativeIds.map((id) => currentDataset.alternatives.find((a) => a.id === id)!.name);
  const lead = page.getByRole('region', { name: 'What to use' });
  await expect(lead.getByRole('heading', { level: 3 })).toHaveText(named);
  const steps = currentDataset.wrongComparisons.find((r) => r.id === rule.ruleId)!.nextSteps!;
  await expect(lead.getByRole('list', { name: 'First steps' }).getByRole('listitem')).toHaveCount(steps.length);
  // The framework ranking is folded away, and whole once opened.
  await expect(page.getByRole('region', { name: 'Scores on what matters to you' })).toBeHidden();
  await showChart(page);
  await expectScoreTable(page, result, currentDataset);
});

test('the radar is drawn without the chart library; pointing at it loads the interactive one, which names each framework’s value', async ({ page }) => {
  const manifest = JSON.parse(readFileSync(join(process.cwd(), 'dist/.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
  const library = manifest['src/features/results/chart/radar-chart.tsx']!.file;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const answers = { goal: 'research', modelSource: 'custom', data: ['text'], workload: ['llm-finetune'], targets: ['server'], hardware: ['nvidia'], scale: 'multi-gpu', team: 'pytorch', codebase: 'none' };
  await page.goto(`./?v=1&e=${currentDataset.meta.edition.id}&dv=${currentDataset.meta.dataVersion}&${Object.entries(answers).map(([k, v]) => `${k}=${[v].flat().join(',')}`).join('&')}`);
  const chart = await showChart(page);
  expect(await chart.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
  expect(requested.filter((path) => path.endsWith(library))).toEqual([]);
  const box = (await chart.boundingBox())!;
  // Towards the first criterion, at the top.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 20);
  await expect.poll(() => requested.filter((path) => path.endsWith(library)).length).toBe(1);
  await expect(page.getByRole('img', { name: /^Radar chart/ }).first().locator('svg')).toBeVisible();
  await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2 - 40);
  const tooltip = page.locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toContainText('PyTorch');
  await expect(tooltip).toContainText('JAX');
});

test('at 320 px no result scrolls sideways: a three-framework result, a migration, a wrong comparison', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const links = [
    { goal: 'research', modelSource: 'custom', data: ['text'], workload: ['llm-finetune'], targets: ['server'], hardware: ['nvidia'], scale: 'multi-gpu', team: 'pytorch', codebase: 'none' },
    { goal: 'production', modelSource: 'custom', data: ['vision'], workload: ['classic'], targets: ['mobile', 'server'], hardware: ['nvidia'], scale: 'single', team: 'tensorflow', codebase: 'tf1', projectSize: 'large' },
    { goal: 'production', modelSource: 'custom', data: ['tabular'], workload: ['classic'], targets: ['server'], hardware: ['cpu'], scale: 'single', team: 'none', codebase: 'none' },
  ].map((answers) => `./?v=1&e=${currentDataset.meta.edition.id}&dv=${currentDataset.meta.dataVersion}&${Object.entries(answers).map(([k, v]) => `${k}=${[v].flat().join(',')}`).join('&')}`);
  for (const link of links) {
    // Each as a first visit (a second link over the first would ask first).
    await page.goto('./');
    await page.evaluate(() => { localStorage.clear(); });
    await page.goto(link);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Everything on the page, folds open.
    await openFold(page);
    await page.locator('#reasons-heading').waitFor({ state: 'attached' });
    await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; window.scrollTo(0, document.body.scrollHeight); });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: link }).toBeLessThanOrEqual(320);
  }
});

test('the record of an edition’s changes loads only when the reader opens it', async ({ page }) => {
  // The chunk the build made of the edition file (its patch travels in the core).
  const manifest = JSON.parse(readFileSync(join(process.cwd(), 'dist/.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
  const record = manifest[`data/editions/${currentDataset.meta.edition.id}.json`]!.file;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const answers = { goal: 'production', modelSource: 'custom', data: ['vision'], workload: ['classic'], targets: ['mobile'], hardware: ['nvidia'], scale: 'single', team: 'none', codebase: 'none' };
  await page.goto(`./?v=1&e=${currentDataset.meta.edition.id}&dv=${currentDataset.meta.dataVersion}&${Object.entries(answers).map(([k, v]) => `${k}=${[v].flat().join(',')}`).join('&')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(expected(answers, currentDataset), currentDataset).title);
  const section = page.getByRole('region', { name: /^What changed from / });
  await section.scrollIntoViewIfNeeded();
  await showChart(page);
  expect(requested.filter((path) => path.endsWith(record))).toEqual([]);
  await section.getByText('Every change, with its reason and sources').click();
  await expect(section.getByRole('heading', { name: /Changes that touch your answers|Other changes/ }).first()).toBeVisible();
  expect(requested.filter((path) => path.endsWith(record))).toHaveLength(1);
});

test('a tipping point can be tried from the list and undone, and the link follows both ways', async ({ page }) => {
  const answers = { goal: 'production', modelSource: 'custom', data: ['vision'], workload: ['classic'], targets: ['mobile', 'server'], hardware: ['nvidia'], scale: 'single', team: 'tensorflow', codebase: 'tf2', projectSize: 'small' };
  const link = `?v=1&e=${currentDataset.meta.edition.id}&dv=${currentDataset.meta.dataVersion}&${Object.entries(answers).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : v}`).join('&')}`;
  await page.goto(`./${link}`);
  const result = expected(answers, currentDataset);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(result, currentDataset).title);
  // The robustness line under the headline, in the engine's words.
  await expect(page.getByText(/^(Allowing a change|Survives)/)).toHaveText(robustnessSentence(result, currentDataset)!);
  const section = page.getByRole('region', { name: 'What would change this' });
  const tip = findAnswerTippingPoints(result.answers, currentDataset)[0]!;
  await section.getByRole('button', { name: /^Try it/ }).and(page.getByRole('button', { name: new RegExp(optionLabel(currentDataset, tip.questionId, tip.optionId).replace(/[()]/g, '.')) })).first().click();
  await expect(page).toHaveURL(new RegExp(`${tip.questionId}=${tip.optionId}(&|$)`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(frameworkName(currentDataset, tip.newLeaderId));
  await section.getByRole('button', { name: 'Undo' }).click();
  await expect(page).toHaveURL(new RegExp(`${tip.questionId}=${String(answers[tip.questionId as keyof typeof answers])}(&|$)`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(result, currentDataset).title);
  // A weight tried the same way sets the weight in the link; a second try stacks on it; Undo steps
  // back one at a time, to the answers given.
  const original = page.url();
  await section.getByRole('list').first().getByRole('button', { name: /^Try it/ }).first().click();
  await expect(page).toHaveURL(/priorities=/);
  const afterFirst = page.url();
  await expect(section.getByRole('status').filter({ hasText: /^Trying: / })).toContainText('Now: ');
  await section.getByRole('list').first().getByRole('button', { name: /^Try it/ }).first().click();
  await expect(page).not.toHaveURL(afterFirst);
  await section.getByRole('button', { name: 'Undo' }).click();
  await expect(page).toHaveURL(afterFirst);
  await section.getByRole('button', { name: 'Undo' }).click();
  await expect(page).toHaveURL(original);
  await expect(section.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});

test('a score tipping point can be tried, the link carries it, whoever opens the link sees it, and it is undone', async ({ page }) => {
  const answers = { goal: 'production', modelSource: 'custom', data: ['vision'], workload: ['classic'], targets: ['mobile', 'server'], hardware: ['nvidia'], scale: 'single', team: 'tensorflow', codebase: 'tf2', projectSize: 'small' };
  const link = `?v=1&e=${currentDataset.meta.edition.id}&dv=${currentDataset.meta.dataVersion}&${Object.entries(answers).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : v}`).join('&')}`;
  await page.goto(`./${link}`);
  const result = expected(answers, currentDataset);
  const tip = result.scoreTippingPoints[0]!;
  const past = scorePast(tip, currentDataset.meta.scale)!;
  const section = page.getByRole('region', { name: 'What would change this' });
  const original = page.url();
  await section.getByRole('listitem').filter({ hasText: scoreTipSentence(tip, currentDataset) }).getByRole('button', { name: /^Try it/ }).click();
  await expect(page).toHaveURL(new RegExp(`scores=${tip.criterionId}\\.${tip.frameworkId}:${String(past)}(&|$)`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(frameworkName(currentDataset, tip.newLeaderId));
  await expect(page.getByText(/^This result uses scores tried in place of the data’s/)).toContainText(`${frameworkName(currentDataset, tip.frameworkId)}’s`);
  await expect(page.getByRole('table', { name: /^Scores/ }).getByText(/tried; the data:/)).toHaveCount(1);
  // The link alone carries it: opened afresh, the page says so, and one click goes back to the data's scores.
  const tried = page.url();
  await page.goto(tried);
  await expect(page.getByText(/^This result uses scores tried in place of the data’s/)).toBeVisible();
  await page.getByRole('button', { name: 'Use the data’s scores' }).click();
  await expect(page).toHaveURL(original);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(result, currentDataset).title);
  await expect(page.getByText(/^This result uses scores tried/)).toHaveCount(0);
});

for (const width of [390, 1280]) {
  test(`at ${String(width)} px the verdict stays in view while a what-if slider moves it`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./?v=1&e=2026-11&dv=4&goal=production&modelSource=custom&data=vision&workload=classic&targets=mobile,server&hardware=nvidia&scale=single&team=tensorflow&codebase=tf2&projectSize=small');
    // A slider from the folded ones, scrolled to the bottom of the screen: the verdict must stick above it.
    const slider = await weightSlider(page, 'Community');
    await slider.evaluate((el) => { el.scrollIntoView({ block: 'end' }); });
    const board = page.getByRole('region', { name: 'What would change this' }).locator('.scoreboard');
    const before = await board.textContent();
    await slider.focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await expect(board).not.toHaveText(before!);
    await expect(board).toBeInViewport();
    await expect(slider).toBeInViewport();
  });
}
