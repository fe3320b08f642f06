import { presetList } from '../../src/data/preset-list.ts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { loadApp } from '../support/app.ts';
import { setupUser } from '../support/user.ts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { currentDataset } from '../../src/data/editions.ts';
import { recommend } from '../../src/engine/index.ts';
import { headline } from '../../src/words/explain.ts';
import { stepsFor } from '../../src/flow/wizard-flow.ts';
import { criterionName } from '../../src/words/dataset-names.ts';
import { label, labelPattern, shortName, title } from '../support/questionnaire.ts';

type User = ReturnType<typeof setupUser>;

/** A preset's button, by its label in the data. */
const presetName = (id: string) => new RegExp(`^${presetList.find((p) => p.id === id)!.label}`);

/** Chooses options on the current step by their labels, then presses Next. */
async function answer(user: User, questionId: string, ...optionIds: string[]) {
  const group = await screen.findByRole('group', { name: title(questionId) }, { timeout: 5000 });
  for (const optionId of optionIds) await user.click(within(group).getByLabelText(labelPattern(questionId, optionId)));
  await user.click(screen.getByRole('button', { name: 'Next' }));
}

/** Answers questions in order: `{ goal: 'research', data: ['text', 'vision'] }`. */
async function answerAll(user: User, answers: Readonly<Record<string, string | readonly string[]>>) {
  for (const [questionId, value] of Object.entries(answers)) await answer(user, questionId, ...(typeof value === 'string' ? [value] : value));
}

/** Loads the app as a page load would: fresh modules, so the store reads localStorage anew. */
async function renderApp() {
  vi.resetModules();
  const App = await loadApp();
  const user = setupUser();
  render(<App />);
  return user;
}

/** A reload: the old page goes away, a new one loads. */
async function renderApp2() {
  cleanup();
  return renderApp();
}

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '');
});

describe('the wizard', () => {
  it('answers a full journey, checks the answers, and shows the result', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const journey = { goal: 'research', modelSource: 'custom', data: ['text', 'vision'], workload: ['classic'], targets: ['server'], hardware: ['nvidia'], scale: 'multi-gpu', team: 'pytorch', codebase: 'none' };
    await answerAll(user, journey);
    // Priorities are optional: the sliders start at the suggested weights.
    expect(await screen.findByRole('heading', { level: 1, name: title('priorities') })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Research adoption' })).toHaveValue('4');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const review = await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    expect(review).toHaveFocus();
    expect(screen.getByText(`${label('data', 'text')}, ${label('data', 'vision')}`)).toBeInTheDocument();
    expect(screen.getByText('Suggested weights, unchanged')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See the recommendation' }));
    const result = recommend(journey, currentDataset);
    expect(await screen.findByRole('heading', { level: 1, name: result.ok ? headline(result, currentDataset).title : '' })).toBeInTheDocument();
  });

  it('says who leads so far only once where the model runs is answered, or the answers point away from every framework', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answerAll(user, { goal: 'production', modelSource: 'custom', data: ['vision'], workload: ['classic'] });
    await screen.findByRole('group', { name: title('targets') });
    expect(screen.queryByRole('complementary', { name: 'Leading so far' })).toBeNull();
    await answer(user, 'targets', 'mobile');
    expect(await screen.findByRole('complementary', { name: 'Leading so far' })).toHaveTextContent(/^Leading so far: /);
    // A hosted model API is the answer as soon as it is chosen: the hint says so.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    for (let i = 0; i < 3; i++) await user.click(await screen.findByRole('button', { name: 'Back' }));
    await answer(user, 'modelSource', 'hosted');
    expect(await screen.findByRole('complementary', { name: 'Leading so far' })).toHaveTextContent(/but your answers point away from all of them\.$/);
  });

  it('moves focus to each new question and gives each step its own title', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('heading', { level: 1, name: title('goal') })).toHaveFocus();
    // The review is the last step; every question that applies before any answer is one.
    const steps = stepsFor({}, currentDataset).length + 1;
    expect(document.title).toBe(`${title('goal')} (Step 1 of ${steps}) — ML Framework Advisor`);
    await answer(user, 'goal', 'production');
    expect(await screen.findByRole('heading', { level: 1, name: title('modelSource') })).toHaveFocus();
    expect(document.title).toBe(`${title('modelSource')} (Step 2 of ${stepsFor({ goal: 'production' }, currentDataset).length + 1}) — ML Framework Advisor`);
  });

  it('never holds a contradiction: an answer that stands alone clears the others, and another clears it', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answerAll(user, { goal: 'production', modelSource: 'custom', data: 'vision', workload: 'classic' });
    const targets = await screen.findByRole('group', { name: title('targets') });
    const box = (id: string) => within(targets).getByLabelText(labelPattern('targets', id));
    await user.click(box('mobile'));
    await user.click(box('server'));
    await user.click(box('undecided'));
    for (const id of ['mobile', 'server']) expect(box(id)).not.toBeChecked();
    expect(box('undecided')).toBeChecked();
    await user.click(box('browser'));
    expect(box('undecided')).not.toBeChecked();
    expect(box('browser')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await answer(user, 'hardware', 'nvidia', 'cpu');
    // "CPUs only" cleared "NVIDIA GPUs": going back shows the one answer that was kept.
    await user.click(await screen.findByRole('button', { name: 'Back' }));
    const hardware = await screen.findByRole('group', { name: title('hardware') });
    expect(within(hardware).getByLabelText(labelPattern('hardware', 'nvidia'))).not.toBeChecked();
    expect(within(hardware).getByLabelText(labelPattern('hardware', 'cpu'))).toBeChecked();
  });

  it('keeps the answers when going back', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, 'goal', 'production');
    await answer(user, 'modelSource', 'finetune');
    await user.click(await screen.findByRole('button', { name: 'Back' }));
    expect(await screen.findByLabelText(labelPattern('modelSource', 'finetune'))).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByLabelText(labelPattern('goal', 'production'))).toBeChecked();
    // The progress list lets an answered step be revisited.
    const progress = screen.getByRole('navigation', { name: 'Progress' });
    expect(within(progress).getByRole('listitem', { current: 'step' })).toHaveTextContent(shortName('goal'));
    await user.click(within(progress).getByRole('button', { name: new RegExp(shortName('modelSource')) }));
    expect(await screen.findByRole('heading', { level: 1, name: title('modelSource') })).toBeInTheDocument();
  });

  it('announces a validation error, links it to the field and moves focus to it; the step cannot be left', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByRole('heading', { name: title('goal') });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('There is a problem');
    expect(alert).toHaveTextContent('Choose an answer.');
    const first = screen.getByLabelText(labelPattern('goal', 'research'));
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(first).toHaveAccessibleDescription(/Choose an answer\./);
    expect(first).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: title('goal') })).toBeInTheDocument();

    // Fixing it clears the error and moves on.
    await answer(user, 'goal', 'research');
    expect(await screen.findByRole('heading', { level: 1, name: title('modelSource') })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a multiple-choice step needs at least one answer', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, 'goal', 'production');
    await answer(user, 'modelSource', 'custom');
    await screen.findByRole('group', { name: title('data') });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose at least one answer.');
  });

  it('skips the deep-learning questions after a hosted-API answer, and the progress counts only the real steps', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, 'goal', 'production');
    expect(await screen.findByText(`Step 2 of ${stepsFor({ goal: 'production' }, currentDataset).length + 1}`)).toBeInTheDocument();
    await answer(user, 'modelSource', 'hosted');
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    const progress = screen.getByRole('navigation', { name: 'Progress' });
    expect(within(progress).getAllByRole('listitem').map((li) => li.textContent)).toEqual([`${shortName('goal')} (answered)`, `${shortName('modelSource')} (answered)`, 'Check your answers']);
    await user.click(screen.getByRole('button', { name: 'See the recommendation' }));
    const hosted = recommend({ goal: 'production', modelSource: 'hosted' }, currentDataset);
    expect(await screen.findByRole('heading', { level: 1, name: hosted.ok ? hosted.verdict.wrongComparison?.title : '' })).toBeInTheDocument();
  });

  it('skips the priorities when tables alone are better served by trees, and asks them for a recommender over tables', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const tabular = { goal: 'production', modelSource: 'custom', data: ['tabular'], workload: ['classic'], targets: ['server'], hardware: ['cpu'], scale: 'single', team: 'none', codebase: 'none' };
    await answerAll(user, tabular);
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(stepsFor(tabular, currentDataset).map((q) => q.id)).not.toContain('priorities');
    // Embeddings over user and item tables are deep learning: the frameworks are compared.
    expect(stepsFor({ ...tabular, workload: ['recommender'] }, currentDataset).map((q) => q.id)).toContain('priorities');
  });

  it('asks the migration size whenever there is existing code, whichever framework leads', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answerAll(user, { goal: 'research', modelSource: 'custom', data: 'text', workload: 'classic', targets: 'server', hardware: 'nvidia', scale: 'single', team: 'none', codebase: 'tf2' });
    expect(await screen.findByRole('heading', { level: 1, name: title('projectSize') })).toBeInTheDocument();
    // PyTorch code, in the framework that leads: still asked, so a size given is never dropped when the leader changes.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await answer(user, 'codebase', 'pytorch');
    expect(await screen.findByRole('heading', { level: 1, name: title('projectSize') })).toBeInTheDocument();
    // A new project has nothing to migrate.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await answer(user, 'codebase', 'none');
    expect(await screen.findByRole('heading', { level: 1, name: title('priorities') })).toBeInTheDocument();
  });

  it('changes an answer from the review and comes back to the review', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: presetName('mobile-app') }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Change your answer to “${title('goal')}”` }));
    await answer(user, 'goal', 'both');
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(screen.getByText(label('goal', 'both'))).toBeInTheDocument();
  });

  it('overrides a weight with a slider, shows it as such, and resets to the suggestion', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: presetName('research-lab') }));
    await user.click(await screen.findByRole('button', { name: `Change your answer to “${title('priorities')}”` }));
    const slider = await screen.findByRole('slider', { name: criterionName(currentDataset, 'distributed') });
    const definition = currentDataset.criteria.find((c) => c.id === 'distributed')!.description;
    // Each slider says what its criterion means; "changed" appears only once a weight is moved.
    expect(slider).toHaveAccessibleDescription(definition);
    // jsdom does not move a range input with arrow keys (the browser test does); set it as a drag would.
    fireEvent.change(slider, { target: { value: '2' } });
    expect(slider).toHaveValue('2');
    expect(slider).toHaveAccessibleDescription(`Changed; your answers suggest 1. ${definition}`);
    await user.click(screen.getByRole('button', { name: 'Reset to suggested' }));
    expect(slider).toHaveValue('1');
    // Criteria no answer weighs (TPU support, for a lab on NVIDIA GPUs) wait one click away.
    const more = screen.getByText(/^More criteria, which your answers do not weigh/).closest('details')!;
    expect(more).not.toHaveAttribute('open');
    expect(within(more).getByRole('slider', { name: criterionName(currentDataset, 'tpu'), hidden: true })).toHaveValue('0');
    expect(within(more).queryByRole('slider', { name: criterionName(currentDataset, 'distributed'), hidden: true })).toBeNull();
    fireEvent.change(slider, { target: { value: '3' } });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText(new RegExp(`${criterionName(currentDataset, 'distributed')} 3`))).toBeInTheDocument();
  });

  it('fills every answer from a preset, and the user can still change them', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: presetName('tabular-analytics') }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(screen.getByText(label('data', 'tabular'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See the recommendation' }));
    const preset = recommend(presetList.find((p) => p.id === 'tabular-analytics')!.answers, currentDataset);
    expect(await screen.findByRole('heading', { level: 1, name: preset.ok ? headline(preset, currentDataset).title : '' })).toBeInTheDocument();
  });

  it('restores progress after a reload, and start over clears it', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, 'goal', 'production');
    await screen.findByRole('heading', { level: 1, name: title('modelSource') });
    const saved = JSON.parse(localStorage.getItem('ml-framework-advisor:progress')!);
    expect(saved.state).toMatchObject({ answers: { goal: 'production' }, step: 'question:modelSource' });
    // A reload lands on the same question with the answer kept.
    const reloaded = await renderApp2();
    expect(await screen.findByRole('heading', { level: 1, name: title('modelSource') })).toBeInTheDocument();
    await reloaded.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByLabelText(labelPattern('goal', 'production'))).toBeChecked();
    await reloaded.click(screen.getByRole('button', { name: 'Start over' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Which ML framework should you build on?' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('ml-framework-advisor:progress')!).state.answers).toEqual({});
  });
});

describe('saved progress', () => {
  it('drops only the answers that no longer match the questionnaire, with a notice, and keeps the rest', async () => {
    const saved = { goal: 'fun', modelSource: 'custom', data: ['text', 'hologram'], colour: '<b>zebra-crossing</b>' };
    localStorage.setItem('ml-framework-advisor:progress', JSON.stringify({ state: { answers: saved, step: 'review', returnToReview: false }, version: 1 }));
    const user = await renderApp();
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Some of your saved answers no longer match the questionnaire, so they were left out; every other answer was kept.');
    expect(within(status).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `${shortName('goal')}: the saved answer (or part of it) is not an option any more.`,
      `${shortName('data')}: the saved answer (or part of it) is not an option any more.`,
      '1 answer to a question this app no longer asks.',
    ]);
    // Saved text is never shown.
    expect(document.body.textContent).not.toContain('zebra');
    expect(document.body.textContent).not.toContain('hologram');
    // The wizard opens at the answer that is missing now; the others are kept.
    expect(await screen.findByRole('heading', { level: 1, name: title('goal') })).toBeInTheDocument();
    await answer(user, 'goal', 'research');
    expect(await screen.findByLabelText(labelPattern('modelSource', 'custom'))).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByLabelText(labelPattern('data', 'text'))).toBeChecked();
  });

  it.each([
    ['not JSON', '{not json'],
    ['the wrong shape', JSON.stringify({ state: { answers: 'x', step: 12 }, version: 1 })],
    ['an older version', JSON.stringify({ state: { answers: {} }, version: 0 })],
  ])('is discarded with a notice when it is %s', async (_, raw) => {
    localStorage.setItem('ml-framework-advisor:progress', raw);
    await renderApp();
    expect(await screen.findByRole('status')).toHaveTextContent(/saved progress .* (cleared|starts afresh)/);
    expect(screen.getByRole('heading', { level: 1, name: 'Which ML framework should you build on?' })).toBeInTheDocument();
  });

  it.each([null, 0, -1, 'Infinity', '0.5'])('with an unusable version (%s) keeps its valid answers, with a notice, and saves them again as this version', async (version) => {
    localStorage.setItem('ml-framework-advisor:progress', JSON.stringify({ state: { answers: { goal: 'research', modelSource: 'custom', data: ['text'] }, step: 'review', returnToReview: false }, version }));
    await renderApp();
    expect(await screen.findByText(/saved in a format this version of the app does not know\. The answers it could read were kept/)).toBeInTheDocument();
    await waitFor(() => {
      const saved = JSON.parse(localStorage.getItem('ml-framework-advisor:progress')!);
      expect(saved.version).toBe(1);
      expect(saved.state.answers).toMatchObject({ goal: 'research', modelSource: 'custom' });
    });
  });
});
