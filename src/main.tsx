// First: a share link in the URL starts fetching its parts before React is evaluated.
import './app/lazy-parts.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, prefetchWizard } from './app/app.tsx';
import './styles.css';

// Clickjacking: the app never runs inside another page (the host's frame-ancestors header says
// so too; this covers hosts that send no headers). Framed, it only offers to open itself.
if (window.top === window.self) {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
} else {
  const link = Object.assign(document.createElement('a'), { href: window.location.href, target: '_top', rel: 'noopener', textContent: 'Open ML Framework Advisor in its own page' });
  document.getElementById('root')!.replaceChildren(link);
}

// Fetch the questionnaire's chunk as soon as the user shows intent (a pointer, a touch, a
// key), not at load: its dataset checks would otherwise compete with the first paint.
const intents = ['pointerover', 'pointerdown', 'touchstart', 'keydown'] as const;
const onIntent = () => {
  for (const type of intents) window.removeEventListener(type, onIntent);
  prefetchWizard();
};
for (const type of intents) window.addEventListener(type, onIntent, { passive: true });

// Offline once loaded: the service worker precaches every file of the build (production only).
// Each page tells the worker which build it runs (its entry chunk), so the worker keeps an older
// build's files exactly as long as an open page needs them.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const tellBuild = () => { navigator.serviceWorker.controller?.postMessage({ type: 'build', entry: import.meta.url }); };
  window.addEventListener('load', () => {
    void navigator.serviceWorker.register('./sw.js').catch(() => {
      // Without a service worker the app still works online.
    });
    tellBuild();
  });
  navigator.serviceWorker.addEventListener('controllerchange', tellBuild);
}
