import { render, screen, waitFor, within } from '@testing-library/react';
import { loadApp } from '../support/app.ts';
import { setupUser } from '../support/user.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { label, shortName, title } from '../support/questionnaire.ts';

const research = 'v=1&e=seed&dv=1&goal=research&modelSource=custom&data=text,vision&targets=server&hardware=gpu&scale=multi-gpu&team=pytorch&codebase=none';

/** Opens the app at a URL, as a fresh browser would. */
async function openAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  vi.resetModules();
  const App = await loadApp();
  const user = setupUser();
  render(<App />);
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  return user;
}

/** Opens a share link and waits for the whole result (its later sections render in a transition). */
async function openResultAt(search: string) {
  const user = await openAt(search);
  // The sections after the headline arrive one per task; the sources come last.
  await screen.findByRole('region', { name: 'Scores and their sources' }, { timeout: 5000 });
  return user;
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe('opening a share link', () => {
  it('shows the result without any saved state, and keeps the link in the URL', async () => {
    await openAt(`?${research}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'PyTorch is the better fit' })).toBeInTheDocument();
    expect(window.location.search).toBe(`?${research}`);
  });

  it('says so when the data changed since the link was made', async () => {
    await openAt(`?${research.replace('dv=1', 'dv=3')}`);
    await screen.findByRole('heading', { level: 1, name: 'PyTorch is the better fit' });
    expect(screen.getByText(/^This link was made with data version 3; the data has changed since \(now version 1\)/).closest('[role="status"]')).not.toBeNull();
  });

  it('keeps the valid answers of a damaged link and opens the wizard where an answer is missing', async () => {
    await openAt('?v=1&goal=research&data=text,fun');
    expect(await screen.findByRole('heading', { level: 1, name: title('modelSource') })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This share link could not be read in full. The valid answers are kept; please answer the rest.');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(`“fun” is not an answer to “${title('data')}”; it was left out.`);
  });

  it('ignores a query string that is not a share link', async () => {
    await openAt('?utm_source=newsletter');
    expect(screen.getByRole('heading', { level: 1, name: 'Which ML framework should you build on?' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('share actions', () => {
  it('copies the link with the Clipboard API', async () => {
    const user = await openResultAt(`?${research}`);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(writeText).toHaveBeenCalledWith(`http://localhost:3000/?${research}`);
    // The confirmation follows the clipboard's promise: waited for, as a slow machine needs.
    expect(await screen.findByText('Link copied to the clipboard.')).toBeInTheDocument();
    // The confirmation is on the button that was pressed, too.
    expect(await screen.findByRole('button', { name: 'Link copied ✓' })).toBeInTheDocument();
  });

  it('falls back to selected text when the clipboard is refused', async () => {
    const user = await openResultAt(`?${research}`);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(await screen.findByText(/Copying was not allowed here\. The link is selected below/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Text to copy' })).toHaveValue(`http://localhost:3000/?${research}`);
  });

  it('copies a Markdown decision record', async () => {
    const user = await openResultAt(`?${research}`);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    // The Markdown writer loads on the click.
    await waitFor(() => { expect(writeText).toHaveBeenCalled(); });
    const markdown = writeText.mock.calls[0]![0];
    expect(markdown).toMatch(/^# Framework decision: PyTorch is the better fit\n/);
    expect(markdown).toMatch(/- Date: \d{4}-\d{2}-\d{2}\n/);
    expect(markdown).toContain('- Data: The comparison as first published, as of April 2026 (data version 1)');
    expect(markdown).toContain(`- Live result: http://localhost:3000/?${research}`);
    expect(markdown).toContain('| 1 | PyTorch | 9.15 |');
    expect(markdown).toContain(`- ${title('data')} ${label('data', 'text')}, ${label('data', 'vision')}`);
    expect(markdown).toContain('| Research adoption | 4 | 10 | 5 |');
    expect(markdown).toContain('## Alternatives');
  });
});

describe('compare', () => {
  it("shows both answer sets, weights and winners side by side, highlighting the differences", async () => {
    const user = await openResultAt(`?${research}`);
    const section = screen.getByRole('region', { name: 'Compare with a colleague' });
    await user.type(within(section).getByLabelText('Their share link'), 'https://example.test/advisor/?v=1&goal=production&modelSource=custom&data=vision&targets=mobile&hardware=gpu&scale=single&team=none&codebase=none');
    await user.click(within(section).getByRole('button', { name: 'Compare' }));
    // The comparison loads when there is a link to compare.
    expect((await within(section).findByText(/Yours:/)).closest('p')).toHaveTextContent('Yours: PyTorch is the better fit. Theirs: TensorFlow is the better fit. 5 answers differ, highlighted below.');
    const answers = within(section).getByRole('table', { name: 'Answers side by side' });
    const purpose = within(answers).getByRole('row', { name: new RegExp(shortName('goal')) });
    expect(within(purpose).getByRole('rowheader')).toHaveTextContent(/differs$/);
    expect(within(purpose).getAllByRole('cell').map((c) => c.textContent)).toEqual([label('goal', 'research'), label('goal', 'production')]);
    expect(within(answers).getByRole('row', { name: new RegExp(shortName('modelSource')) })).not.toHaveTextContent('differs');
    const weights = within(section).getByRole('table', { name: 'Weights side by side' });
    expect(within(within(weights).getByRole('row', { name: /Mobile and edge/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '5']);
    expect(await within(section).findByRole('img', { name: /your weights and theirs/ })).toBeInTheDocument();
  });

  it('says what is wrong with a link it cannot compare', async () => {
    const user = await openResultAt(`?${research}`);
    const section = screen.getByRole('region', { name: 'Compare with a colleague' });
    await user.type(within(section).getByLabelText('Their share link'), 'hello there');
    await user.click(within(section).getByRole('button', { name: 'Compare' }));
    expect(within(section).getByRole('alert')).toHaveTextContent('That link could not be compared.');
    expect(within(section).getByLabelText('Their share link')).toHaveAttribute('aria-invalid', 'true');
  });
});
