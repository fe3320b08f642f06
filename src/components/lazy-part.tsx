import { use, type ComponentType } from 'react';
import type { Loading } from './load-once.ts';

/**
 * A part of the app in its own chunk, like React.lazy, except that a part already loaded
 * (prefetched on the user's first intent, or warmed while they check their answers) renders
 * in the same frame. React.lazy suspends on first render whatever the state of its chunk,
 * and React then holds the revealed part back for 300 ms after its "Loading…" fallback.
 */
export function lazyPart<P extends object>(load: () => Loading<{ readonly default: ComponentType<P> }>): ComponentType<P> {
  return function LazyPart(props: P) {
    const loading: Promise<{ readonly default: ComponentType<P> }> = load();
    const { default: Part } = use(loading);
    return <Part {...props} />;
  };
}
