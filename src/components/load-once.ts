import type { EditionSummary } from '../schema/dataset.ts';

// Loading a part of the app on demand: once, however many callers ask, and across a redeploy.

const RELOADED_FOR = 'ml-framework-advisor:reloaded-for-chunk';
/** Set before such a reload, so that the reloaded page can say why it reloaded. */
const RELOAD_NOTICE = 'ml-framework-advisor:reloaded-notice';

/** Whether this page was reloaded for a missing part (read once, then forgotten). */
export function takeReloadNotice(): boolean {
  try {
    const marked = sessionStorage.getItem(RELOAD_NOTICE) !== null;
    sessionStorage.removeItem(RELOAD_NOTICE);
    return marked;
  } catch {
    return false;
  }
}

/**
 * A chunk that no longer exists (the app was redeployed while this tab was open, and the
 * offline cache no longer holds this build) is answered by one clean reload: the answers are
 * in saved progress or in the URL, so nothing is lost. A second failure of the same part in a
 * row is an error for its caller to say (another part loading fine in between does not reset
 * it: that would reload on every click).
 */
export function reloadOnceOnMissingChunk<T>(load: () => Promise<T>, name: string = String(load).slice(0, 300)): () => Promise<T> {
  // The part's own mark: its name, or its loader's text, which names the chunk it imports (`()=>import("./x-abc.js")`).
  const RELOADED = `${RELOADED_FOR}:${name}`;
  return () =>
    load().then(
      (module) => {
        try {
          sessionStorage.removeItem(RELOADED);
        } catch {
          // no session storage: nothing to clear
        }
        return module;
      },
      (error: unknown) => {
        // Offline, the part is not gone, only out of reach: a reload would land on the browser's error page.
        if (typeof navigator !== 'undefined' && !navigator.onLine) throw error;
        let reloaded = true;
        try {
          reloaded = sessionStorage.getItem(RELOADED) !== null;
          if (!reloaded) {
            sessionStorage.setItem(RELOADED, '1');
            sessionStorage.setItem(RELOAD_NOTICE, '1');
          }
        } catch {
          // without session storage, do not risk a reload loop
        }
        if (reloaded) throw error;
        window.location.reload();
        return new Promise<T>(() => undefined);
      },
    );
}

/**
 * A part that could not be loaded (after the one reload, or offline), with what it was and a
 * way to try again: an error boundary says so in those words and offers "Try again".
 */
export class LoadFailure extends Error {
  /** What did not arrive: a part in words, or a data edition (named as the page names it). */
  readonly what: string | EditionSummary;
  readonly retry: () => void;
  constructor(what: string | EditionSummary, retry: () => void, options?: ErrorOptions) {
    super(`${typeof what === 'string' ? what : `edition ${what.id}`} could not be loaded`, options);
    this.name = 'LoadFailure';
    this.what = what;
    this.retry = retry;
  }
}

/**
 * A promise that says when it has settled, the way React's `use()` reads one: a part whose
 * promise is already fulfilled renders at once instead of suspending.
 */
export type Loading<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/**
 * `load`, run once however many callers ask; a chunk gone after a redeploy reloads the page once
 * (`name` tells the part apart when its loader's text does not: a loader made in a loop).
 * Every `import()` of the app goes through here (the linter refuses one that does not). A load
 * that failed is tried again on the next call, so "Try again" means it.
 */
export function loadOnce<T>(load: () => Promise<T>, name?: string): () => Loading<T> {
  let loading: Loading<T> | null = null;
  const guarded = reloadOnceOnMissingChunk(load, name);
  return () => {
    if (loading) return loading;
    const started: Loading<T> = track(guarded(), () => {
      if (loading === started) loading = null;
    });
    return (loading = started);
  };
}

/** `promise`, marked with its status as it settles (for React's `use`); `onRejected` runs once it fails. */
export function track<T>(promise: Promise<T>, onRejected?: () => void): Loading<T> {
  const tracked: Loading<T> = promise;
  tracked.status = 'pending';
  void tracked.then(
    (value) => {
      tracked.status = 'fulfilled';
      tracked.value = value;
    },
    (reason: unknown) => {
      tracked.status = 'rejected';
      tracked.reason = reason;
      onRejected?.();
    },
  );
  return tracked;
}
