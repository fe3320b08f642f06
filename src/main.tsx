import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, prefetchWizard } from './app/app.tsx';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Fetch the questionnaire's chunk while the user reads the start screen.
if ('requestIdleCallback' in window) window.requestIdleCallback(prefetchWizard);
else setTimeout(prefetchWizard, 200);
