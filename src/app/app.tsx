import { lazy, Suspense } from 'react';

// The engine and the dataset load in their own chunk, so the shell paints first.
const DefaultRanking = lazy(() => import('./default-ranking.tsx'));

export function App() {
  return (
    <main>
      <h1>ML Framework Advisor</h1>
      <p>With equal weight on the six criteria of the published comparison:</p>
      <Suspense fallback={<p>Loading the dataset…</p>}>
        <DefaultRanking />
      </Suspense>
    </main>
  );
}
