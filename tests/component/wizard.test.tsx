import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type User = ReturnType<typeof userEvent.setup>;

/** Chooses options on the current step by their labels, then presses Next. */
async function answer(user: User, question: string, ...labels: string[]) {
  const group = await screen.findByRole('group', { name: question }, { timeout: 5000 });
  for (const label of labels) await user.click(within(group).getByLabelText(new RegExp(`^${label}`)));
  await user.click(screen.getByRole('button', { name: 'Next' }));
}

/** Loads the app as a page load would: fresh modules, so the store reads localStorage anew. */
async function renderApp() {
  vi.resetModules();
  const { App } = await import('../../src/app/app.tsx');
  const user = userEvent.setup();
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
    await answer(user, 'What is the framework mainly for?', 'Research and experiments');
    await answer(user, 'Do you need to build models yourself?', 'Design and train our own');
    await answer(user, 'What data will the models work on?', 'Text', 'Images and video');
    await answer(user, 'Where will trained models run?', 'Cloud or our own servers');
    await answer(user, 'What will you train on?', 'GPUs');
    await answer(user, 'How large will training get?', 'Several GPUs in one machine');
    await answer(user, 'Which framework does the team know best?', 'PyTorch');
    await answer(user, 'What code exists already?', 'None: a new project');
    // Priorities are optional: the sliders start at the suggested weights.
    expect(await screen.findByRole('heading', { level: 1, name: 'How much does each criterion matter?' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Research adoption' })).toHaveValue('4');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const review = await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    expect(review).toHaveFocus();
    expect(screen.getByText('Text, Images and video')).toBeInTheDocument();
    expect(screen.getByText('Suggested weights, unchanged')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See the recommendation' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'PyTorch is the better fit' })).toBeInTheDocument();
  });

  it('moves focus to each new question and gives each step its own title', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'What is the framework mainly for?' })).toHaveFocus();
    expect(document.title).toBe('What is the framework mainly for? (Step 1 of 10) — ML Framework Advisor');
    await answer(user, 'What is the framework mainly for?', 'Shipping a product');
    expect(await screen.findByRole('heading', { level: 1, name: 'Do you need to build models yourself?' })).toHaveFocus();
    expect(document.title).toMatch(/^Do you need to build models yourself\? \(Step 2 of 10\)/);
  });

  it('keeps the answers when going back', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, 'What is the framework mainly for?', 'Shipping a product');
    await answer(user, 'Do you need to build models yourself?', 'Adapt pre-trained models');
    await user.click(await screen.findByRole('button', { name: 'Back' }));
    expect(await screen.findByLabelText(/^Adapt pre-trained models/)).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByLabelText(/^Shipping a product/)).toBeChecked();
    // The progress list lets an answered step be revisited.
    const progress = screen.getByRole('navigation', { name: 'Progress' });
    expect(within(progress).getByRole('listitem', { current: 'step' })).toHaveTextContent('Purpose');
    await user.click(within(progress).getByRole('button', { name: /Models/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Do you need to build models yourself?' })).toBeInTheDocument();
  });

  it('announces a validation error, links it to the field and moves focus to it; the step cannot be left', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByRole('heading', { name: 'What is the framework mainly for?' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('There is a problem');
    expect(alert).toHaveTextContent('Choose an answer.');
    const first = screen.getByLabelText(/^Research and experiments/);
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(first).toHaveAccessibleDescription(/Choose an answer\./);
    expect(first).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: 'What is the framework mainly for?' })).toBeInTheDocument();

    // Fixing it clears the error and moves on.
    await answer(user, 'What is the framework mainly for?', 'Research and experiments');
    expect(await screen.findByRole('heading', { level: 1, name: 'Do you need to build models yourself?' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a multiple-choice step needs at least one answer', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, 'What is the framework mainly for?', 'Shipping a product');
    await answer(user, 'Do you need to build models yourself?', 'Design and train our own');
    await screen.findByRole('group', { name: 'What data will the models work on?' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose at least one answer.');
  });

  it('skips the deep-learning questions after a hosted-API answer, and the progress counts only the real steps', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, 'What is the framework mainly for?', 'Shipping a product');
    expect(await screen.findByText('Step 2 of 10')).toBeInTheDocument();
    await answer(user, 'Do you need to build models yourself?', 'A hosted model API would do');
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    const progress = screen.getByRole('navigation', { name: 'Progress' });
    expect(within(progress).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Purpose (answered)', 'Models (answered)', 'Check your answers']);
    await user.click(screen.getByRole('button', { name: 'See the recommendation' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Use a hosted model API' })).toBeInTheDocument();
  });

  it('skips targets, hardware and scale for tabular-only data', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, 'What is the framework mainly for?', 'Shipping a product');
    await answer(user, 'Do you need to build models yourself?', 'Design and train our own');
    await answer(user, 'What data will the models work on?', 'Tables');
    expect(await screen.findByRole('heading', { level: 1, name: 'Which framework does the team know best?' })).toBeInTheDocument();
    expect(screen.getByText('Step 4 of 6')).toBeInTheDocument();
  });

  it('asks the migration size only when existing code is in another framework than the leader', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, 'What is the framework mainly for?', 'Research and experiments');
    await answer(user, 'Do you need to build models yourself?', 'Design and train our own');
    await answer(user, 'What data will the models work on?', 'Text');
    await answer(user, 'Where will trained models run?', 'Cloud or our own servers');
    await answer(user, 'What will you train on?', 'GPUs');
    await answer(user, 'How large will training get?', 'One machine');
    await answer(user, 'Which framework does the team know best?', 'None of them yet');
    await answer(user, 'What code exists already?', 'TensorFlow 2 or Keras');
    expect(await screen.findByRole('heading', { level: 1, name: 'How big is the system you would migrate?' })).toBeInTheDocument();
    // Going back and choosing PyTorch code removes the question.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await answer(user, 'What code exists already?', 'PyTorch');
    expect(await screen.findByRole('heading', { level: 1, name: 'How much does each criterion matter?' })).toBeInTheDocument();
  });

  it('changes an answer from the review and comes back to the review', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: /^Mobile app/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change your answer to “What is the framework mainly for?”' }));
    await answer(user, 'What is the framework mainly for?', 'Research that must ship');
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(screen.getByText('Research that must ship')).toBeInTheDocument();
  });

  it('overrides a weight with a slider, shows it as such, and resets to the suggestion', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: /^Research lab/ }));
    await user.click(await screen.findByRole('button', { name: /Change your answer to “How much does each criterion matter\?”/ }));
    const slider = await screen.findByRole('slider', { name: 'Mobile and edge' });
    expect(slider).toHaveAccessibleDescription('Suggested by your answers');
    // jsdom does not move a range input with arrow keys (the browser test does); set it as a drag would.
    fireEvent.change(slider, { target: { value: '2' } });
    expect(slider).toHaveValue('2');
    expect(slider).toHaveAccessibleDescription('Suggested: 1');
    await user.click(screen.getByRole('button', { name: 'Reset to suggested' }));
    expect(slider).toHaveValue('1');
    fireEvent.change(slider, { target: { value: '3' } });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText(/Mobile and edge 3/)).toBeInTheDocument();
  });

  it('fills every answer from a preset, and the user can still change them', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: /^Tabular analytics/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(screen.getByText('Tables (rows and columns)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See the recommendation' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Use scikit-learn, XGBoost or LightGBM' })).toBeInTheDocument();
  });

  it('restores progress after a reload, and start over clears it', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, 'What is the framework mainly for?', 'Shipping a product');
    await screen.findByRole('heading', { level: 1, name: 'Do you need to build models yourself?' });
    const saved = JSON.parse(localStorage.getItem('ml-framework-advisor:progress')!);
    expect(saved.state).toMatchObject({ answers: { goal: 'production' }, step: 'question:modelSource' });
    // A reload lands on the same question with the answer kept.
    const reloaded = await renderApp2();
    expect(await screen.findByRole('heading', { level: 1, name: 'Do you need to build models yourself?' })).toBeInTheDocument();
    await reloaded.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByLabelText(/^Shipping a product/)).toBeChecked();
    await reloaded.click(screen.getByRole('button', { name: 'Start over' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Which ML framework should you build on?' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('ml-framework-advisor:progress')!).state.answers).toEqual({});
  });
});

describe('saved progress', () => {
  it('drops answers that no longer match the questionnaire, with a notice', async () => {
    localStorage.setItem('ml-framework-advisor:progress', JSON.stringify({ state: { answers: { goal: 'fun' }, step: 'review', returnToReview: false }, version: 1 }));
    await renderApp();
    expect(await screen.findByRole('status')).toHaveTextContent('Your saved answers no longer match the questionnaire, so they were cleared.');
    expect(await screen.findByRole('heading', { level: 1, name: 'Which ML framework should you build on?' })).toBeInTheDocument();
  });

  it.each([
    ['not JSON', '{not json'],
    ['the wrong shape', JSON.stringify({ state: { answers: 'x', step: 12 }, version: 1 })],
    ['an older version', JSON.stringify({ state: { answers: {} }, version: 0 })],
  ])('is discarded with a notice when it is %s', async (_, raw) => {
    localStorage.setItem('ml-framework-advisor:progress', raw);
    await renderApp();
    expect(await screen.findByRole('status')).toHaveTextContent(/saved progress .* cleared/);
    expect(screen.getByRole('heading', { level: 1, name: 'Which ML framework should you build on?' })).toBeInTheDocument();
  });
});
