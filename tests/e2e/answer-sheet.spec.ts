import { headline } from '../../src/words/explain.ts';
import { currentDataset } from '../support/editions.ts';
import { labelPattern, title } from '../support/questionnaire.ts';
import { encodeAnswers } from '../../src/share/share-link.ts';
import { expect, expected, test } from './fixtures.ts';

// A PhD student fine-tuning Hugging Face models: nine answers.
const answers = { goal: 'research', modelSource: 'finetune', data: ['text'], workload: ['llm-finetune'], targets: ['server'], hardware: ['nvidia'], scale: 'single', team: 'pytorch', codebase: 'none' } as const;

for (const width of [390, 1280]) {
  test(`at ${String(width)} px, the answer sheet reaches the verdict in 10 clicks from the start page, live, on the wizard's own link`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    let clicks = 0;
    await page.getByRole('button', { name: 'All questions on one page' }).click();
    clicks += 1;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All questions on one page');
    const verdict = page.getByRole('complementary', { name: 'Your result' }).getByRole('status');
    await expect(verdict).toHaveText(/questions left$/);
    for (const [questionId, value] of Object.entries(answers)) {
      for (const optionId of [value].flat()) {
        await page.getByRole('group', { name: title(questionId) }).getByLabel(labelPattern(questionId, optionId)).click();
        clicks += 1;
      }
    }
    const result = expected(answers, currentDataset);
    await expect(verdict).toHaveText(headline(result, currentDataset).title);
    await expect(verdict).toBeInViewport();
    expect(clicks).toBeLessThanOrEqual(10);
    // The full result opens on the share link of these answers: the one the wizard's result has.
    await page.getByRole('button', { name: 'See the full result' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(result, currentDataset).title);
    expect(new URL(page.url()).search).toBe(`?${encodeAnswers(result.answers, currentDataset)}`);
  });
}

test('the sheet branches live and loses nothing: a hosted API drops the questions after it, and taking it back restores them with their answers', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'All questions on one page' }).click();
  for (const [questionId, value] of Object.entries(answers)) {
    for (const optionId of [value].flat()) await page.getByRole('group', { name: title(questionId) }).getByLabel(labelPattern(questionId, optionId)).click();
  }
  await page.getByRole('group', { name: title('modelSource') }).getByLabel(labelPattern('modelSource', 'hosted')).click();
  await expect(page.getByRole('group', { name: title('team') })).toHaveCount(0);
  const hosted = expected({ goal: 'research', modelSource: 'hosted' }, currentDataset);
  await expect(page.getByRole('complementary', { name: 'Your result' }).getByRole('status')).toHaveText(hosted.verdict.wrongComparison!.title);
  await page.getByRole('group', { name: title('modelSource') }).getByLabel(labelPattern('modelSource', 'finetune')).click();
  await expect(page.getByRole('group', { name: title('team') }).getByLabel(labelPattern('team', 'pytorch'))).toBeChecked();
  // Unticking the last box of a multiple choice leaves it unanswered, and the sheet says what is left.
  await page.getByRole('group', { name: title('targets') }).getByLabel(labelPattern('targets', 'server')).click();
  await expect(page.getByRole('complementary', { name: 'Your result' }).getByRole('status')).toHaveText('1 question left');
});
