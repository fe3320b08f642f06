import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';

/**
 * A user for component tests. No pause between keystrokes and clicks (jsdom has no frames to
 * wait for), and no `pointer-events` check: jsdom loads none of the app's CSS, so the check
 * walked every ancestor's computed style of each click to find only defaults. Whether a
 * control can be clicked in the real page is the browser tests' job (Playwright checks it).
 */
export const setupUser = () => userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
