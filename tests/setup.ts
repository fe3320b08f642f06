import '@testing-library/jest-dom/vitest';
import { cleanup, configure, prettyDOM } from '@testing-library/react';
import { afterEach } from 'vitest';

// A query that finds nothing prints the page into its error. findBy and waitFor retry a
// failing query every few milliseconds while a long result page fills in, and printing
// 800 elements each time was a third of the component suite's time. The page is printed
// when the message is read (a test that fails), not when the error is made.
const DUMP = 'Ignored nodes: comments, script, style';
configure({
  getElementError(message, container) {
    const error = new Error();
    error.name = 'TestingLibraryElementError';
    let full: string | undefined;
    Object.defineProperty(error, 'message', {
      configurable: true,
      get: () => (full ??= message === null || message.includes(DUMP) ? (message ?? '') : `${message}\n\n${DUMP}\n${String(prettyDOM(container))}`),
    });
    return error;
  },
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  // The result writes its share link into the URL; the next test starts on a bare page.
  window.history.replaceState(null, '', '/');
});

// jsdom has no matchMedia; every browser the app supports does. A desktop-width stand-in.
if (typeof (window as { matchMedia?: unknown }).matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}
