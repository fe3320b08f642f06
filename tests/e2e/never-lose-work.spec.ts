import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { headline } from '../../src/words/explain.ts';
import { SECURITY_HEADERS } from '../../scripts/build/content-security-policy-plugin.ts';
import { currentDataset, seedDataset } from '../support/editions.ts';
import { labelPattern, title } from '../support/questionnaire.ts';
import { answerWizard, expect, expected, openFold, showChart, test, weightSlider } from './fixtures.ts';

const STORAGE_KEY = 'ml-framework-advisor:progress';
const research = { goal: 'research', modelSource: 'custom', data: ['text'], workload: ['classic'], targets: ['server'], hardware: ['nvidia'], scale: 'single', team: 'pytorch', codebase: 'none' };
const theirLink = '?v=1&e=seed&dv=1&goal=production&modelSource=custom&data=vision&targets=mobile&hardware=gpu&scale=single&team=none&codebase=none';

test.describe('a share link over saved progress', () => {
  test('asks first; keeping mine, opening theirs and bringing mine back lose nothing', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByLabel(labelPattern('goal', 'production')).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel(labelPattern('modelSource', 'finetune')).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title('data') })).toBeVisible();

    // A colleague's link, opened in this browser: nothing is replaced without asking.
    await page.goto(`./${theirLink}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open this shared result?');
    await expect(page.getByText('You have answers of your own in progress (2 answers)')).toBeVisible();
    await page.getByRole('button', { name: 'Keep working on mine' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title('data') })).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByLabel(labelPattern('modelSource', 'finetune'))).toBeChecked();

    // Opened after all: theirs is shown, mine is put aside, one click away.
    await page.goto(`./${theirLink}`);
    await page.getByRole('button', { name: 'Open the shared result' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('TensorFlow is the better fit');
    const aside = page.getByRole('region', { name: 'Answers put aside' });
    await expect(aside).toContainText('Your own answers are put aside');
    // A reload keeps both.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('TensorFlow is the better fit');
    await page.getByRole('region', { name: 'Answers put aside' }).getByRole('button', { name: 'Bring back my answers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title('modelSource') })).toBeVisible();
    await expect(page.getByLabel(labelPattern('modelSource', 'finetune'))).toBeChecked();
    // ...and theirs is kept aside in turn.
    const asideNow = page.getByRole('region', { name: 'Answers put aside' });
    await expect(asideNow.getByRole('button', { name: 'Back to the shared answers' })).toBeVisible();
    // Forgetting asks once more.
    await asideNow.getByRole('button', { name: 'Forget them' }).click();
    await expect(asideNow.getByRole('status')).toHaveText('Forget the shared answers? Their link still holds them.');
    await asideNow.getByRole('button', { name: 'Keep them' }).click();
    await asideNow.getByRole('button', { name: 'Forget them' }).click();
    await asideNow.getByRole('button', { name: 'Forget them for good' }).click();
    await expect(page.getByRole('region', { name: 'Answers put aside' })).toHaveCount(0);
  });

  test('a second link, opened while looking at a first, never pushes my own answers out', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByLabel(labelPattern('goal', 'both')).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.goto(`./${theirLink}`);
    await page.getByRole('button', { name: 'Open the shared result' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('TensorFlow is the better fit');
    // A change to their answers, while mine are the ones put aside: the next link says it would replace it.
    const slider = await weightSlider(page, 'Mobile and edge');
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/priorities=mobile:/);
    await page.goto('./?v=1&e=seed&dv=1&goal=production&modelSource=hosted');
    await expect(page.getByText('You are looking at answers from another link, with changes you made')).toBeVisible();
    await expect(page.getByText('Your own answers stay put aside whatever you choose; your changes to the answers on screen are in no link, so keep working on them to keep them.')).toBeVisible();
    await expect(page.getByText('The answers on screen, and your changes to them, are replaced.')).toBeVisible();
    await page.getByRole('button', { name: 'Open the shared result' }).click();
    await page.getByRole('region', { name: 'Answers put aside' }).getByRole('button', { name: 'Bring back my answers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title('modelSource') })).toBeVisible();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.getByLabel(labelPattern('goal', 'both'))).toBeChecked();
  });

  test('a link that cannot be read at all offers nothing to open, and my progress stays as it was', async ({ page }) => {
    await answerWizard(page, research);
    const mine = headline(expected(research, currentDataset), currentDataset).title;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(mine);
    for (const link of ['?v=99&goal=research', '?v=1&goal=nonsense&team=nobody']) {
      await page.goto(`./${link}`);
      const notice = page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: 'could not be read, so nothing was opened' });
      await expect(notice).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(mine);
      await expect(page.getByRole('button', { name: /Open the shared result|Compare it with/ })).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Answers put aside' })).toHaveCount(0);
    }
  });

  test('my own answers reopened, from my link or the same answers on another edition, open without a question', async ({ page }) => {
    await answerWizard(page, research);
    const mine = headline(expected(research, currentDataset), currentDataset).title;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(mine);
    const myLink = new URL(page.url()).search;
    // The edition before, from "What changed"; then my own link again.
    const changed = page.getByRole('region', { name: /^What changed from / });
    await changed.getByRole('button', { name: /^Compare the verdict with the / }).click();
    await changed.getByRole('button', { name: /^See it with the / }).click();
    await expect(page).not.toHaveURL(new RegExp(`e=${currentDataset.meta.edition.id}&`));
    const olderLink = new URL(page.url()).search;
    await page.goto(`./${myLink}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(mine);
    await expect(page).toHaveURL(new RegExp(`e=${currentDataset.meta.edition.id}&`));
    // And the older edition's link of the same answers.
    await page.goto(`./${olderLink}`);
    await expect(page.getByRole('group', { name: /^Made with the / })).toBeVisible();
    await expect(page.getByText('Open this shared result?')).toHaveCount(0);
  });

  test('answers I changed after opening a link are mine: the next link asks, and puts them aside', async ({ page }) => {
    await page.goto(`./${theirLink}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('TensorFlow is the better fit');
    // A weight moved on their result.
    const slider = await weightSlider(page, 'Mobile and edge');
    await slider.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('PyTorch is the better fit');
    // All ten presses in the link (it follows the slider in a deferred render).
    await expect(page).toHaveURL(/priorities=mobile:0(&|$)/);
    const edited = new URL(page.url()).search;
    await page.goto('./?v=1&e=seed&dv=1&goal=production&modelSource=hosted');
    await expect(page.getByText('You have answers of your own in progress')).toBeVisible();
    await page.getByRole('button', { name: 'Open the shared result' }).click();
    await page.getByRole('region', { name: 'Answers put aside' }).getByRole('button', { name: 'Bring back my answers' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('PyTorch is the better fit');
    await expect(page).toHaveURL(new RegExp(edited.replace(/[?.]/g, '\\$&')));
  });

  test('compares theirs with my result when mine is complete', async ({ page }) => {
    await answerWizard(page, research);
    const mine = headline(expected(research, currentDataset), currentDataset).title;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(mine);
    await page.goto(`./${theirLink}`);
    await page.getByRole('button', { name: 'Compare it with my result' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(mine);
    const compare = page.getByRole('region', { name: 'Compare with a colleague' });
    await expect(compare.getByRole('table', { name: 'Answers side by side' })).toBeVisible();
    // Compared on the data my result uses.
    const theirs = headline(expected({ goal: 'production', modelSource: 'custom', data: ['vision'], workload: ['classic'], targets: ['mobile'], hardware: ['nvidia'], scale: 'single', team: 'none', codebase: 'none' }, currentDataset), currentDataset).title;
    await expect(compare.locator('p', { hasText: /^Yours:/ })).toContainText(`Theirs: ${theirs}.`);
    await expect(compare.getByRole('heading', { level: 2 })).toBeFocused();
  });

  test('says which answers in a link do not apply, and leaves them out of the result and its link', async ({ page }) => {
    // Tabular only skips the hardware question: an answer to it is not counted, and said so.
    await page.goto('./?v=1&e=seed&dv=1&goal=production&modelSource=custom&data=tabular&hardware=tpu&team=none&codebase=none');
    await expect(page.getByRole('status').filter({ hasText: 'does not apply' })).toContainText(`The link also answers “${title('hardware')}”, which does not apply to its other answers`);
    await expect(page).not.toHaveURL(/hardware=/);
  });
});

test('Start over is undone in one click: the result comes back as it was', async ({ page }) => {
  await answerWizard(page, research);
  const mine = headline(expected(research, currentDataset), currentDataset).title;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mine);
  const link = new URL(page.url()).search;
  await page.getByRole('button', { name: 'Start over' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which ML framework should you build on?');
  const aside = page.getByRole('region', { name: 'Answers put aside' });
  await expect(aside).toContainText('You started over');
  // Kept across a reload, like any answers put aside.
  await page.reload();
  await page.getByRole('region', { name: 'Answers put aside' }).getByRole('button', { name: 'Undo Start over' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mine);
  await expect(page).toHaveURL(new RegExp(`${link.replace(/[?.]/g, '\\$&')}$`));
});

test('Start over, then Back, never shows a result for no answers', async ({ page }) => {
  await page.goto(`./${theirLink}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('TensorFlow is the better fit');
  await page.getByRole('button', { name: 'Start over' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which ML framework should you build on?');
  const entries = await page.evaluate(() => history.length);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('goal'));
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/better fit|close call/i);
  // The redirect took the result's entry: Back is not stuck, and history did not grow.
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which ML framework should you build on?');
});

test('each step keeps its own history entry: after Change answers and the result again, Back shows the answer sheet with a bare URL', async ({ page }) => {
  await page.goto(`./${theirLink}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('TensorFlow is the better fit');
  // Change answers opens every answer on one page, the verdict beside it.
  await page.getByRole('button', { name: 'Change answers' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All questions on one page');
  await expect(page.getByRole('complementary', { name: 'Your result' }).getByRole('status')).toHaveText('TensorFlow is the better fit');
  await page.getByRole('button', { name: 'See the full result' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('TensorFlow is the better fit');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All questions on one page');
  expect(new URL(page.url()).search).toBe('');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All questions on one page');
  // The wizard is one click away, at the review.
  await page.getByRole('button', { name: 'One question at a time instead' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
});

test('a complete link with only a bad weight opens its result, the weight left at its suggestion', async ({ page }) => {
  await page.goto(`./${theirLink}&priorities=mobile:0x5`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('TensorFlow is the better fit');
  await expect(page.getByRole('alert')).toContainText('The weight for “Mobile and edge”');
});

test('the same answers on other data open without a question, on the data the link names', async ({ page }) => {
  await page.goto(`./${theirLink.replace('e=seed&dv=1', `e=${currentDataset.meta.edition.id}&dv=${currentDataset.meta.dataVersion}`)}`);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Open this shared result?');
  await page.goto(`./${theirLink}`);
  // Nothing on screen would be lost: the link's own data, with today's one click away.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('TensorFlow is the better fit');
  await expect(page.getByRole('group', { name: /^Made with the April 2026 data/ })).toBeVisible();
  await expect(page).toHaveURL(/\?v=1&e=seed&/);
});

test.describe('what-if sliders do what they say on every kind of verdict', () => {
  test('a clear winner and a close call: a slider moves the scores, the link and the verdict, and the verdict change is announced', async ({ page }) => {
    await page.goto(`./${theirLink}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('TensorFlow is the better fit');
    const whatIf = page.getByRole('region', { name: 'What would change this' });
    const slider = await weightSlider(page, 'Mobile and edge');
    await slider.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('PyTorch is the better fit');
    await expect(page).toHaveURL(/priorities=mobile:0/);
    await expect(page.getByRole('status').filter({ hasText: 'The recommendation is now' })).toHaveText('The recommendation is now: PyTorch is the better fit.');
    // Back to the suggestion: no override left, in the link or on screen.
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(page).not.toHaveURL(/priorities=/);
    await expect(slider).toHaveAccessibleDescription('');
    await expect(whatIf.getByRole('button', { name: 'Back to my answers' })).toBeDisabled();
    // A close call (seed, in-browser demo): its sliders move its scores too.
    await page.goto('./?v=1&e=seed&dv=1&goal=production&modelSource=finetune&data=vision&targets=browser&hardware=gpu&scale=single&team=none&codebase=none');
    // (The weights just set are progress: opening another link asks first.)
    await page.getByRole('button', { name: 'Open the shared result' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^A close call/);
    const browserSlider = await weightSlider(page, 'Browser runtime');
    await browserSlider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/priorities=browser:/);
  });

  test('a wrong comparison offers no sliders that would change nothing', async ({ page }) => {
    const tabular = { goal: 'production', modelSource: 'custom', data: ['tabular'], team: 'none', codebase: 'none' };
    await page.goto('./?v=1&e=seed&dv=1&goal=production&modelSource=custom&data=tabular&team=none&codebase=none');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected(tabular, seedDataset).verdict.wrongComparison!.title);
    await openFold(page);
    const whatIf = page.getByRole('region', { name: 'What would change this' });
    await expect(whatIf).toContainText('there are no weights to try here');
    await expect(whatIf.getByRole('slider')).toHaveCount(0);
    await expect(whatIf.getByRole('listitem')).toHaveCount(0);
  });
});

test('two tabs editing at the same moment never lose an edit: each answer keeps its latest edit, in both tabs', async ({ context }) => {
  const first = await context.newPage();
  await first.goto(`./?v=1&e=${currentDataset.meta.edition.id}&dv=${currentDataset.meta.dataVersion}&${Object.entries(research).map(([k, v]) => `${k}=${[v].flat().join(',')}`).join('&')}`);
  await expect(first.getByRole('heading', { level: 1 })).toHaveText(headline(expected(research, currentDataset), currentDataset).title);
  await first.goto('./?sheet');
  const second = await context.newPage();
  await second.goto('./?sheet');
  const sheet = (page: typeof first, questionId: string) => page.getByRole('group', { name: title(questionId) });
  const rounds = [
    ['tensorflow', 'multi-gpu'],
    ['jax', 'cluster'],
    ['none', 'single'],
    ['pytorch', 'multi-gpu'],
    ['tensorflow', 'cluster'],
  ] as const;
  for (const [team, scale] of rounds) {
    // Both at once: one tab changes the team, the other the scale.
    await Promise.all([sheet(first, 'team').getByLabel(labelPattern('team', team)).check(), sheet(second, 'scale').getByLabel(labelPattern('scale', scale)).check()]);
    for (const page of [first, second]) {
      await expect(sheet(page, 'team').getByLabel(labelPattern('team', team))).toBeChecked();
      await expect(sheet(page, 'scale').getByLabel(labelPattern('scale', scale))).toBeChecked();
    }
    await expect.poll(() => first.evaluate((key) => JSON.parse(localStorage.getItem(key)!).state.answers, STORAGE_KEY)).toMatchObject({ team, scale });
  }
});

test('two tabs stay in step: an answer in one shows in the other', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('./');
  await second.goto('./');
  await first.getByRole('button', { name: 'Start' }).click();
  await first.getByLabel(labelPattern('goal', 'research')).check();
  await first.getByRole('button', { name: 'Next' }).click();
  await expect(first.getByRole('heading', { level: 1, name: title('modelSource') })).toBeVisible();
  // The other tab follows, and builds on it rather than writing over it.
  await expect(second.getByRole('heading', { level: 1, name: title('modelSource') })).toBeVisible();
  await second.getByLabel(labelPattern('modelSource', 'custom')).check();
  await second.getByRole('button', { name: 'Next' }).click();
  await expect(first.getByRole('heading', { level: 1, name: title('data') })).toBeVisible();
  const saved = await first.evaluate((key) => JSON.parse(localStorage.getItem(key)!).state.answers, STORAGE_KEY);
  expect(saved).toEqual({ goal: 'research', modelSource: 'custom' });
  // What another tab writes and this version cannot read never wipes this tab's answers.
  await second.evaluate((key) => { localStorage.setItem(key, '{garbage'); }, STORAGE_KEY);
  await second.evaluate((key) => { localStorage.setItem(key, JSON.stringify({ state: { answers: {} }, version: 99 })); }, STORAGE_KEY);
  await first.getByLabel(labelPattern('data', 'text')).check();
  await expect(first.getByRole('heading', { level: 1, name: title('data') })).toBeVisible();
  await first.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(first.getByLabel(labelPattern('modelSource', 'custom'))).toBeChecked();
});

test.describe('storage that refuses', () => {
  test('a full quota is said on screen, and the answers stay in the tab', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('./');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByLabel(labelPattern('goal', 'research')).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'not being saved' })).toContainText('storage for the site is full');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByLabel(labelPattern('goal', 'research'))).toBeChecked();
  });

  test('blocked storage: the app still works, and says progress is not saved', async ({ page }) => {
    await page.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: refuse });
    });
    await answerWizard(page, research);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(expected(research, currentDataset), currentDataset).title);
    await expect(page.getByRole('alert').filter({ hasText: 'not being saved' })).toContainText('does not let the site store anything');
  });
});

test.describe('hostile saved state', () => {
  const states: [string, string][] = [
    ['a notice whose message is not text', JSON.stringify({ state: { answers: {}, step: 'start', returnToReview: false, notice: { kind: 'info', message: { x: 1 }, details: 'no' } }, version: 1 })],
    ['a planted notice', JSON.stringify({ state: { answers: {}, step: 'start', returnToReview: false, notice: { kind: 'problem', message: 'PLANTED: call +1 555 0100' } }, version: 1 })],
    ['answers that are a list', JSON.stringify({ state: { answers: ['goal'], step: 'review', returnToReview: false }, version: 1 })],
    ['a step that is a number', JSON.stringify({ state: { answers: { goal: 'research' }, step: 42, returnToReview: 'yes' }, version: 1 })],
    ['a result step with answers missing', JSON.stringify({ state: { answers: { goal: 'research' }, step: 'result', returnToReview: false }, version: 1 })],
    ['a stale option id among valid answers', JSON.stringify({ state: { answers: { goal: 'research', data: ['text', 'hologram'] }, step: 'review', returnToReview: false }, version: 1 })],
    ['a stash that is not one', JSON.stringify({ state: { answers: {}, step: 'start', returnToReview: false, stash: 'PLANTED' }, version: 1 })],
    ['a newer version', JSON.stringify({ state: { answers: { goal: 'research' }, step: 'review', anything: true }, version: 99 })],
    ['an older version', JSON.stringify({ state: { answers: {} }, version: 0 })],
    ['not JSON', '{"state":{"answers":{"goal":["x",'],
    ['null', 'null'],
  ];
  for (const [what, raw] of states) {
    test(`${what}: never a blank page, never saved text on screen`, async ({ page }) => {
      await page.goto('./');
      await page.evaluate(([key, value]) => { localStorage.setItem(key, value); }, [STORAGE_KEY, raw] as const);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('body')).not.toContainText('PLANTED');
      await expect(page.locator('body')).not.toContainText('hologram');
    });
  }

  test('a newer version’s progress is kept as it was, not written over', async ({ page }) => {
    const newer = JSON.stringify({ state: { answers: { goal: 'research' }, step: 'review', fromTheFuture: true }, version: 99 });
    await page.goto('./');
    await page.evaluate(([key, value]) => { localStorage.setItem(key, value); }, [STORAGE_KEY, newer] as const);
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'newer version' })).toContainText('It is kept as it was');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByLabel(labelPattern('goal', 'production')).check();
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(newer);
  });
});

test('the result reflows at 320 px: nothing wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`./${theirLink}`);
  await showChart(page);
  await page.getByRole('region', { name: 'Scores and their sources' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('every heading of the result is in Chromium’s accessibility tree at load, and the chart has no unnamed focus stops', async ({ page }) => {
  await page.goto(`./${theirLink}`);
  await page.getByRole('region', { name: 'Scores and their sources' }).waitFor();
  // Every heading the page renders (a collapsed "Other alternatives" renders none of its own).
  const domHeadings = await page.evaluate(() => [...document.querySelectorAll('main h1, main h2, main h3')].filter((h) => h.checkVisibility()).map((h) => h.textContent.trim()));
  const client = await page.context().newCDPSession(page);
  const { nodes } = (await client.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
  const axHeadings = nodes.filter((n) => !n.ignored && n.role?.value === 'heading').map((n) => n.name?.value.trim());
  expect(domHeadings.length).toBeGreaterThan(10);
  for (const heading of domHeadings) expect(axHeadings, heading).toContain(heading);

  // Tab through the chart: its only stops are the legend's named buttons (the drawing is none of them).
  await showChart(page);
  await page.getByRole('region', { name: 'Scores on what matters to you' }).getByRole('heading').click();
  const legend: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement!;
      return { inChart: el.closest('.chart-box') !== null, inLegend: el.closest('.legend') !== null, tag: el.tagName, name: el.textContent.trim() };
    });
    if (stop.inLegend) legend.push(`${stop.tag} ${stop.name}`);
    else expect(stop.inChart, `tab stop ${i + 1}: ${stop.tag}`).toBe(false);
  }
  expect(legend).toEqual(['BUTTON TensorFlow', 'BUTTON PyTorch', 'BUTTON JAX'].slice(0, legend.length));
  expect(legend.length).toBeGreaterThan(1);
});

test('the legend keeps its colours in forced-colours mode', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`./${theirLink}`);
  await showChart(page);
  const colours = await page.getByRole('list', { name: /^Legend/ }).locator('.swatch-line line').evaluateAll((lines) => lines.map((l) => getComputedStyle(l).stroke));
  expect(colours.length).toBeGreaterThan(1);
  expect(new Set(colours).size).toBe(colours.length);
});

test.describe('npm start serves the build as a host should', () => {
  test('the page, the service worker and hashed assets carry the right headers; a missing asset is a 404', async ({ request, page }) => {
    const pageResponse = await request.get('./');
    expect(pageResponse.status()).toBe(200);
    const headers = pageResponse.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['cache-control']).toBe('no-cache');
    expect((await request.get('./sw.js')).headers()['cache-control']).toBe('no-cache');
    await page.goto('./');
    const script = await page.locator('script[type="module"]').first().getAttribute('src');
    const asset = await request.get(new URL(script!, page.url()).href);
    expect(asset.status()).toBe(200);
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await request.get('./assets/core-missing.js');
    expect(missing.status()).toBe(404);
    expect(missing.headers()['content-type']).not.toContain('html');
    expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(missing.headers()['x-content-type-options']).toBe('nosniff');
    // Every security header the build ships, as its README says, on the page, an asset, a 404 and the worker.
    for (const [what, response] of [['the page', pageResponse], ['an asset', asset], ['a 404', missing], ['the worker', await request.get('./sw.js')]] as const) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers()[name.toLowerCase()], `${name} on ${what}`).toBe(value);
    }
    expect((await request.get('./_headers')).status()).toBe(404);
  });
});

test.describe('a redeploy while a tab is open', () => {
  /**
   * Build A (dist/) and build B (every hashed file renamed, a new service-worker version), served
   * in turn from one origin, as a host serves one deploy after another.
   */
  async function twoDeploys(outputDir: string) {
    const a = join(outputDir, 'deploy-a');
    const b = join(outputDir, 'deploy-b');
    cpSync('dist', a, { recursive: true });
    cpSync('dist', b, { recursive: true });
    const renames = readdirSync(join(b, 'assets')).map((file) => [file, file.replace(/\.(js|css)$/, 'B.$1')] as const);
    for (const [from, to] of renames) renameSync(join(b, 'assets', from), join(b, 'assets', to));
    const texts = ['index.html', 'sw.js', ...renames.map(([, to]) => `assets/${to}`)];
    for (const file of texts) {
      let text = readFileSync(join(b, file), 'utf8');
      for (const [from, to] of renames) text = text.replaceAll(from, to);
      if (file === 'sw.js') text = text.replace(/const VERSION = '(\w+)'/, "const VERSION = '$1b'");
      writeFileSync(join(b, file), text);
    }
    let root = a;
    const types: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css' };
    const server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      const file = join(root, path === '/' ? 'index.html' : path);
      try {
        const body = readFileSync(file);
        response.writeHead(200, { 'content-type': types[file.split('.').pop()!] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/`, deployB: () => { root = b; }, close: () => server.close() };
  }

  /** The new build's service worker takes over the open tab, as it would on the next update check. */
  async function updateServiceWorker(page: import('@playwright/test').Page) {
    await page.evaluate(async () => {
      const changed = new Promise((done) => {
        navigator.serviceWorker.addEventListener('controllerchange', done, { once: true });
      });
      await (await navigator.serviceWorker.getRegistration())!.update();
      await changed;
    });
  }

  test('the old tab walks on to a result on the chunks it was built with', async ({ page, guard }, info) => {
    const deploys = await twoDeploys(info.outputPath());
    guard.allowOrigin(new URL(deploys.url).origin);
    try {
      await page.goto(deploys.url);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      deploys.deployB();
      await updateServiceWorker(page);
      // This tab still runs build A: its questionnaire, result and chart chunks are gone from the host.
      await page.getByRole('button', { name: 'Start' }).click();
      await answerWizard(page, research, { fromStart: false });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(expected(research, currentDataset), currentDataset).title);
      await showChart(page);
      // Build A's files stay while this page runs it; once it reloads onto build B, no page needs them and they go.
      const builds = () => page.evaluate(async () => (await caches.keys()).filter((k) => !k.endsWith(' builds')).length);
      expect(await builds()).toBe(2);
      await page.reload();
      await expect(page.locator('script[type="module"]').first()).toHaveAttribute('src', /B\.js$/);
      await expect.poll(builds).toBe(1);
    } finally {
      deploys.close();
    }
  });

  test('a part loaded on request that is gone: Copy as Markdown and Compare reload once, then work or say what happened', async ({ page, guard }, info) => {
    const deploys = await twoDeploys(info.outputPath());
    guard.allowOrigin(new URL(deploys.url).origin);
    guard.allowConsoleError(/status of 404|Failed to fetch dynamically imported module|Could not show the comparison|Importing a module script failed/);
    const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, { file: string }>;
    const chunk = (source: string) => join(info.outputPath(), 'deploy-a', manifest[source]!.file);
    const link = `?v=1&e=${currentDataset.meta.edition.id}&dv=${currentDataset.meta.dataVersion}&${Object.entries(research).map(([k, v]) => `${k}=${[v].flat().join(',')}`).join('&')}`;
    const title = headline(expected(research, currentDataset), currentDataset).title;
    try {
      await page.goto(`${deploys.url}${link}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await page.evaluate(async () => {
        await Promise.all((await navigator.serviceWorker.getRegistrations()).map((r) => r.unregister()));
        await Promise.all((await caches.keys()).map((k) => caches.delete(k)));
      });
      // The Markdown writer and the comparison are gone from this deploy, and come back with no other.
      rmSync(chunk('src/words/decision-record.ts'));
      rmSync(chunk('src/features/results/share-print/compare-result.tsx'));
      const status = page.locator('.copy-status');
      await page.evaluate(() => { (window as unknown as { before: boolean }).before = true; });
      await page.getByRole('button', { name: 'Copy as Markdown' }).click();
      // One reload, on the same result link.
      await expect.poll(() => page.evaluate(() => (window as unknown as { before?: boolean }).before ?? false).catch(() => true)).toBe(false);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page).toHaveURL(new RegExp(`${link.replace(/[?.]/g, '\\$&')}$`));
      // Still gone: now it says so, and every later click too.
      await page.getByRole('button', { name: 'Copy as Markdown' }).click();
      await expect(status).toContainText('The Markdown could not be made: this page needs a part of the app it could not load');
      // The reload said why it happened.
      await expect(page.getByText('The app was updated while this page was open, so it reloaded')).toBeVisible();
      // The comparison: its part is gone too. One reload (which says why), then, still gone, said in its place; the rest of the page works.
      const compareWith = async () => {
        const compare = page.getByRole('region', { name: 'Compare with a colleague' });
        await compare.getByLabel('Their share link').fill(`${deploys.url}${theirLink}`);
        await compare.getByRole('button', { name: /^Compare/ }).click();
      };
      await page.evaluate(() => { (window as unknown as { before: boolean }).before = true; });
      await compareWith();
      await expect.poll(() => page.evaluate(() => (window as unknown as { before?: boolean }).before ?? false).catch(() => true)).toBe(false);
      await expect(page.getByText('The app was updated while this page was open, so it reloaded')).toBeVisible();
      await compareWith();
      await expect(page.getByText('Sorry, the comparison could not be shown.')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    } finally {
      deploys.close();
    }
  });

  test('the interactive chart and the print’s QR code, their parts gone: the drawing stays and the page prints, after one reload at most', async ({ page, guard }, info) => {
    const deploys = await twoDeploys(info.outputPath());
    guard.allowOrigin(new URL(deploys.url).origin);
    guard.allowConsoleError(/status of 404|Failed to fetch dynamically imported module|Importing a module script failed/);
    const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, { file: string }>;
    const link = `?v=1&e=${currentDataset.meta.edition.id}&dv=${currentDataset.meta.dataVersion}&${Object.entries(research).map(([k, v]) => `${k}=${[v].flat().join(',')}`).join('&')}`;
    await page.addInitScript(() => {
      window.print = () => { (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1; };
    });
    try {
      await page.goto(`${deploys.url}${link}`);
      await page.evaluate(async () => {
        await Promise.all((await navigator.serviceWorker.getRegistrations()).map((r) => r.unregister()));
        await Promise.all((await caches.keys()).map((k) => caches.delete(k)));
      });
      for (const source of ['src/features/results/chart/radar-chart.tsx', 'uqr']) {
        const entry = Object.entries(manifest).find(([key]) => key === source || key.includes(`node_modules/${source}/`))!;
        rmSync(join(info.outputPath(), 'deploy-a', entry[1].file));
      }
      const point = async () => {
        const chart = await showChart(page);
        const box = (await chart.boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      };
      // Pointing at the chart: its interactive part is gone, so one reload (which says why), then the drawing stays.
      await point();
      await expect(page.getByText('The app was updated while this page was open, so it reloaded')).toBeVisible();
      await point();
      await page.waitForTimeout(500);
      expect(await page.getByRole('img', { name: /^Radar chart/ }).first().evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
      // Print: the QR encoder is gone too; the page still prints (the link as text).
      for (let i = 0; i < 2; i++) {
        await page.getByRole('button', { name: 'Print / save as PDF' }).click();
        await page.waitForTimeout(800);
      }
      await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed ?? 0), { timeout: 10_000 }).toBeGreaterThan(0);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(expected(research, currentDataset), currentDataset).title);
    } finally {
      deploys.close();
    }
  });

  test('a deploy that changes the manifest reaches a page the worker controls: files are taken from the newest build', async ({ page, guard }, info) => {
    const deploys = await twoDeploys(info.outputPath());
    guard.allowOrigin(new URL(deploys.url).origin);
    const manifestB = join(info.outputPath(), 'deploy-b', 'manifest.webmanifest');
    writeFileSync(manifestB, readFileSync(manifestB, 'utf8').replace('"ML Framework Advisor"', '"ML Framework Advisor (B)"'));
    try {
      await page.goto(deploys.url);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      const manifest = () => page.evaluate(async () => ((await (await fetch('./manifest.webmanifest')).json()) as { name: string }).name);
      expect(await manifest()).toBe('ML Framework Advisor');
      deploys.deployB();
      await updateServiceWorker(page);
      expect(await manifest()).toBe('ML Framework Advisor (B)');
    } finally {
      deploys.close();
    }
  });

  test('with no copy of the old build left, the tab reloads once, cleanly, and keeps the answers', async ({ page, guard }, info) => {
    const deploys = await twoDeploys(info.outputPath());
    guard.allowOrigin(new URL(deploys.url).origin);
    guard.allowConsoleError(/status of 404|Failed to fetch dynamically imported module/);
    try {
      await page.goto(deploys.url);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByLabel(labelPattern('goal', 'research')).check();
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('heading', { level: 1, name: title('modelSource') })).toBeVisible();
      deploys.deployB();
      // No service worker copy: unregister it and drop its caches, as a browser that evicted them would.
      await page.evaluate(async () => {
        await Promise.all((await navigator.serviceWorker.getRegistrations()).map((r) => r.unregister()));
        await Promise.all((await caches.keys()).map((k) => caches.delete(k)));
      });
      await page.evaluate(() => { (window as unknown as { buildA: boolean }).buildA = true; });
      // On to the review, where the result's chunk of build A is fetched, and is gone: one reload,
      // onto build B, at the same step, with every answer kept.
      await answerWizard(page, research, { fromStart: false, openResult: false });
      // Asked while the reload is under way, the old page may be gone: that counts as not yet reloaded.
      await expect.poll(() => page.evaluate(() => (window as unknown as { buildA?: boolean }).buildA ?? false).catch(() => true)).toBe(false);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
      await expect(page.locator('script[type="module"]').first()).toHaveAttribute('src', /B\.js$/);
      await page.getByRole('button', { name: 'See the recommendation' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(expected(research, currentDataset), currentDataset).title);
    } finally {
      deploys.close();
    }
  });
});
