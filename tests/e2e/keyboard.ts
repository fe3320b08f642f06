import { expect, type Page } from '@playwright/test';
import { labelPattern, title } from '../support/questionnaire.ts';

/** The focused element's name as a user hears it: its label's text, or its own text. */
function focusedName(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    return (el.getAttribute('aria-label') ?? label?.textContent ?? el.textContent).trim();
  });
}

/** Presses Tab until an element whose name matches has focus (at most 40 presses). */
export async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached ${name}; focus is on "${await focusedName(page)}"`);
}

/** Answers the current question by keyboard: tab to each option, Space to choose it, then tab to Next and press Enter. */
export async function answerByKeyboard(page: Page, questionId: string, optionIds: readonly string[]) {
  await expect(page.getByRole('heading', { level: 1, name: title(questionId) })).toBeFocused();
  for (const optionId of optionIds) {
    await tabTo(page, labelPattern(questionId, optionId));
    await page.keyboard.press('Space');
  }
  await tabTo(page, /^Next$/);
  await page.keyboard.press('Enter');
}
