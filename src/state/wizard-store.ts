import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import { isStep, type Step } from '../flow/step.ts';
import type { Answers, AnswerValue } from '../schema/answers.ts';
import { mergeAnswers, stampEdits } from './merge-answers.ts';
import { isEditionId } from '../schema/edition-id.ts';

/** A message for the user: info (status) or a problem (alert), with optional details. Always written by the app. */
export interface Notice {
  readonly kind: 'info' | 'problem';
  readonly message: string;
  readonly details?: readonly string[];
}

/** A set of answers put aside (the user's own, or a shared link's after swapping back): restorable at any time. */
export interface Stash {
  readonly answers: Answers;
  readonly step: Step;
  readonly editionId: string | null;
  readonly origin: 'yours' | 'shared';
  /** Put aside by Start over (one click brings them back), rather than by opening a link. */
  readonly startedOver?: boolean;
}

/** Why progress is not being saved: storage full, storage blocked, or saved by a newer version of the app (kept, not overwritten). */
export type StorageProblem = 'full' | 'blocked' | 'newer';

interface WizardState {
  readonly answers: Answers;
  readonly step: Step;
  /** Set when the user opened a question from the review, so that the next step is the review again. */
  readonly returnToReview: boolean;
  /** The data edition chosen on the result page; null for the current edition. */
  readonly editionId: string | null;
  /** The user's own answers while they look at someone else's (saved). */
  readonly stash: Stash | null;
  /** Whether the answers in hand are the user's own or came from a share link (saved). */
  readonly answersFrom: 'yours' | 'link';
  /** Answers from a link that the reader changed while their own were put aside (one place to put answers aside, and it is taken). */
  readonly linkEdited: boolean;
  /** How the next step enters the browser's history: a new entry, or in place of the current one (a redirect); never saved. */
  readonly historyMode: 'push' | 'replace';
  /** A message for the user (saved progress repaired, a share link's problems); never saved. */
  readonly notice: Notice | null;
  /** Set while progress cannot be saved; never saved. */
  readonly storageProblem: StorageProblem | null;
  /** A colleague's share link to compare with on the result page; never saved. */
  readonly compareLink: string | null;
  /** When each answer was last set or cleared, and when the whole set was last replaced (saved): two tabs merge by them. */
  readonly editedAt: Readonly<Record<string, number>>;
  readonly resetAt: number;
}

interface WizardActions {
  readonly answerStep: (questionId: string, value: AnswerValue, next: Step) => void;
  /** `replace`: a redirect (a step that cannot be shown), which takes the current history entry's place. */
  readonly goTo: (step: Step, options?: { fromReview?: boolean; replace?: boolean }) => void;
  readonly startWith: (answers: Answers, step: Step) => void;
  readonly restart: () => void;
  /** Saved answers that no longer fit the questionnaire: the valid ones stay, with a notice the app wrote. */
  readonly repairAnswers: (answers: Answers, notice: Notice) => void;
  /** A share link was opened: its answers become the current ones; the user's own are put aside when asked to. */
  readonly loadSharedAnswers: (answers: Answers, step: Step, notice: Notice | null, editionId: string | null, options?: { putMineAside?: boolean }) => void;
  /** A share link was opened over the user's progress, to compare: their result, with the link in the comparison. */
  readonly compareWithLink: (link: string) => void;
  /** Swap the current answers with the ones put aside (nothing is lost: the current ones are put aside in turn). */
  readonly restoreStash: () => void;
  readonly forgetStash: () => void;
  /** Another edition for the result; `apply` adds the answers its questionnaire asks for, in the same update. */
  readonly chooseEdition: (editionId: string | null, apply?: (answers: Answers) => Answers) => void;
  /** A notice alone, nothing else changed (a link that could not be read at all). */
  readonly showNotice: (notice: Notice) => void;
  readonly dismissNotice: () => void;
  /**
   * What-if on the result page: a weight moved, a tipping point tried (a weight, a score or an
   * answer), or undone. The caller passes the pure rule (`setWeight`, `setTriedScore`,
   * `applyAnswerTip`…), applied to the latest answers; the start page's chunk then carries none of it.
   */
  readonly adjustAnswers: (apply: (answers: Answers) => Answers) => void;
}

type Saved = Pick<WizardState, 'answers' | 'step' | 'returnToReview' | 'editionId' | 'stash' | 'answersFrom' | 'linkEdited' | 'editedAt' | 'resetAt'>;

const STORAGE_VERSION = 1;
const initial: WizardState = { answers: {}, step: 'start', returnToReview: false, editionId: null, stash: null, answersFrom: 'yours', linkEdited: false, historyMode: 'push', notice: null, storageProblem: null, compareLink: null, editedAt: {}, resetAt: 0 };

/**
 * One deployment, one saved progress: the key carries the app's base path, so two copies on
 * one origin (`/advisor/` and `/advisor-staging/`) keep apart. The root keeps the original key.
 */
export function storageKeyFor(basePath: string): string {
  return basePath === '/' ? 'ml-framework-advisor:progress' : `ml-framework-advisor:progress:${basePath}`;
}
const STORAGE_KEY = storageKeyFor(new URL('.', window.location.href).pathname);

// Markers that the guarded storage puts in place of saved state it will not hand over as it is.
const UNREADABLE = '__unreadable';
const NEWER = '__newer';
const OLDER = '__older';
const marked = (state: unknown, marker: string) => typeof state === 'object' && state !== null && marker in state;

/** Notices for saved progress, always in the app's own words: saved text is never shown. */
const NOTICES = {
  unreadable: 'Your saved progress could not be read, so this tab starts afresh. You can start again below.',
  older: 'Your saved progress came from an older version of this app, and none of it could be read, so it was cleared.',
  olderKept: 'Your saved progress was saved in a format this version of the app does not know. The answers it could read were kept; please check them.',
  newer: 'Your saved progress was made by a newer version of this app. It is kept as it was, but this version cannot read it, so this tab starts afresh and will not save over it.',
  partial: 'Part of your saved progress could not be read and was left out; the rest was kept.',
} as const;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the saved stash field by field; null when it is missing or unusable. */
function readStash(value: unknown): Stash | null {
  if (!isPlainObject(value) || !isPlainObject(value.answers)) return null;
  return { answers: value.answers as Answers, step: isStep(value.step) ? value.step : 'review', editionId: isEditionId(value.editionId) ? value.editionId : null, origin: value.origin === 'shared' ? 'shared' : 'yours', ...(value.startedOver === true ? { startedOver: true } : {}) };
}

// Written while the store is being created (when nothing can be set yet) and read by `merge`.
let readProblem: StorageProblem | null = null;
// Saved by a newer version: kept as it is, never overwritten by this tab.
let writesBlocked = false;

/** The store's own setter for storage problems, once it exists; setting the same problem twice is a no-op. */
function reportStorageProblem(problem: StorageProblem | null) {
  if (useWizardStore.getState().storageProblem !== problem) useWizardStore.setState({ storageProblem: problem });
}

/**
 * localStorage behind a guard: unparseable JSON or a newer version's state come back as
 * markers (so the user gets a notice, and a newer state is never overwritten); a storage
 * that refuses access or is full is said on screen; the same value is never written twice
 * (so two tabs never echo each other's writes).
 */
const guardedStorage: PersistStorage<Saved> = {
  getItem: (name) => {
    let raw: string | null;
    try {
      raw = localStorage.getItem(name);
    } catch {
      readProblem = 'blocked';
      return null;
    }
    if (raw === null) return null;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (isPlainObject(parsed) && 'state' in parsed) {
        // A version written as text ("2") is still a version. A newer one is kept and never written over;
        // any other (older, or none that can be used: null, 0, -1, "Infinity") is an unknown older format,
        // read field by field like any saved state, with a notice: its valid answers are kept.
        const version = typeof parsed.version === 'number' || typeof parsed.version === 'string' ? Number(parsed.version) : Number.NaN;
        if (Number.isFinite(version) && version > STORAGE_VERSION) {
          writesBlocked = true;
          readProblem = 'newer';
          return { state: { [NEWER]: true } as unknown as Saved, version: STORAGE_VERSION };
        }
        if (version !== STORAGE_VERSION) return { state: { ...(isPlainObject(parsed.state) ? parsed.state : {}), [OLDER]: true } as unknown as Saved, version: STORAGE_VERSION };
        return { state: parsed.state as Saved, version };
      }
    } catch {
      // fall through: unreadable
    }
    return { state: { [UNREADABLE]: true } as unknown as Saved, version: STORAGE_VERSION };
  },
  setItem: (name, value) => {
    if (writesBlocked) return;
    try {
      const text = JSON.stringify(value);
      if (localStorage.getItem(name) !== text) localStorage.setItem(name, text);
      reportStorageProblem(null);
    } catch (error) {
      reportStorageProblem(error instanceof DOMException && /quota/i.test(`${error.name} ${error.message}`) ? 'full' : 'blocked');
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // nothing saved to remove
    }
  },
};

/**
 * Answers changed by the reader. Answers from a link that the reader edits are their work from
 * then on: put aside like their own when another link opens, unless their own answers are put
 * aside already (then the edits are marked, and the prompt says they would be replaced).
 */
function edited(s: WizardState, answers: Answers): Partial<WizardState> {
  if (answers === s.answers) return {};
  // Each changed answer is stamped, so that another tab's edits to other answers merge with it.
  const stamped = stampEdits(s, answers, Date.now());
  const changes = { answers: stamped.answers, editedAt: stamped.editedAt };
  if (s.answersFrom !== 'link') return changes;
  return s.stash?.origin === 'yours' ? { ...changes, linkEdited: true } : { ...changes, answersFrom: 'yours', linkEdited: false };
}

/** A whole new set of answers (Start over, a share link, answers brought back): no earlier edit in another tab outlives it. */
const replaced = (answers: Answers) => ({ answers, editedAt: {}, resetAt: Date.now() });

const useWizardStore = create<WizardState & { actions: WizardActions }>()(
  persist(
    (set) => ({
      ...initial,
      actions: {
        answerStep: (questionId, value, next) => {
          set((s) => ({ ...edited(s, { ...s.answers, [questionId]: value }), step: next, returnToReview: next === 'review' ? false : s.returnToReview, historyMode: 'push' }));
        },
        goTo: (step, options) => {
          set((s) => ({ step, returnToReview: options?.fromReview ?? (step === 'review' || step === 'result' ? false : s.returnToReview), historyMode: options?.replace ? 'replace' : 'push' }));
        },
        startWith: (answers, step) => {
          set({ ...replaced(answers), step, returnToReview: false, notice: null, answersFrom: 'yours', linkEdited: false, historyMode: 'push' });
        },
        restart: () => {
          // A clean slate that one click undoes: the answers in hand are put aside, as a link would put
          // them (own answers already aside stay there, while a link's answers are in their link).
          set((s) => {
            const keep = Object.keys(s.answers).length === 0 || (s.answersFrom === 'link' && s.stash?.origin === 'yours');
            const stash: Stash | null = keep ? s.stash : { answers: s.answers, step: s.step, editionId: s.editionId, origin: s.answersFrom === 'yours' ? 'yours' : 'shared', startedOver: true };
            return { ...initial, ...replaced({}), storageProblem: s.storageProblem, stash };
          });
        },
        repairAnswers: (answers, notice) => {
          // A repair is no edit of the reader's: stamped (so that tabs agree), but answers from a link stay the link's.
          set((s) => ({ ...stampEdits(s, answers, Date.now()), notice }));
        },
        loadSharedAnswers: (answers, step, notice, editionId, options) => {
          set((s) => ({
            ...replaced(answers),
            step,
            returnToReview: false,
            notice,
            editionId,
            compareLink: null,
            answersFrom: 'link',
            linkEdited: false,
            historyMode: 'push',
            // Only the user's own answers are put aside (never an empty set); answers that came from
            // a link give way, since their link still holds them.
            stash: options?.putMineAside && s.answersFrom === 'yours' && Object.keys(s.answers).length > 0 ? { answers: s.answers, step: s.step, editionId: s.editionId, origin: 'yours' } : s.stash,
          }));
        },
        compareWithLink: (link) => {
          set({ step: 'result', compareLink: link, returnToReview: false });
        },
        restoreStash: () => {
          set((s) =>
            s.stash
              ? {
                  ...replaced(s.stash.answers),
                  step: s.stash.step,
                  editionId: s.stash.editionId,
                  stash: { answers: s.answers, step: s.step, editionId: s.editionId, origin: s.answersFrom === 'yours' ? 'yours' : 'shared' },
                  answersFrom: s.stash.origin === 'yours' ? 'yours' : 'link',
                  linkEdited: false,
                  historyMode: 'push',
                  notice: null,
                  compareLink: null,
                }
              : {},
          );
        },
        forgetStash: () => {
          set({ stash: null });
        },
        chooseEdition: (editionId, apply) => {
          set((s) => ({ editionId, ...(apply ? edited(s, apply(s.answers)) : {}) }));
        },
        showNotice: (notice) => {
          set({ notice });
        },
        dismissNotice: () => {
          set({ notice: null });
        },
        adjustAnswers: (apply) => {
          set((s) => edited(s, apply(s.answers)));
        },
      },
    }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: guardedStorage,
      partialize: (s) => ({ answers: s.answers, step: s.step, returnToReview: s.returnToReview, editionId: s.editionId, stash: s.stash, answersFrom: s.answersFrom, linkEdited: s.linkEdited, editedAt: s.editedAt, resetAt: s.resetAt }),
      // The guarded storage hands an older or unusable version's state over as this version's, marked
      // (read field by field, with a notice); this is only a fallback that does the same.
      migrate: (state) => ({ ...(isPlainObject(state) ? state : {}), [OLDER]: true }) as unknown as Saved,
      // Saved progress is untrusted: read field by field; what fails is dropped with a notice the app writes.
      // (Each answer is checked against the questionnaire, in the core chunk, when the wizard or the result reads it.)
      merge: (persisted, current) => {
        const storageProblem = readProblem;
        readProblem = null;
        const fresh = { ...current, ...initial, actions: current.actions, storageProblem };
        if (persisted === undefined) return fresh;
        if (marked(persisted, NEWER)) return { ...fresh, notice: { kind: 'info', message: NOTICES.newer } };
        const older = marked(persisted, OLDER);
        if (older && (!isPlainObject(persisted) || !isPlainObject(persisted.answers) || Object.keys(persisted.answers).length === 0)) return { ...fresh, notice: { kind: 'info', message: NOTICES.older } };
        if (!isPlainObject(persisted) || marked(persisted, UNREADABLE) || !isPlainObject(persisted.answers)) return { ...fresh, notice: { kind: 'info', message: NOTICES.unreadable } };
        const step = isStep(persisted.step) ? persisted.step : 'start';
        const returnToReview = typeof persisted.returnToReview === 'boolean' ? persisted.returnToReview : false;
        const editionId = isEditionId(persisted.editionId) ? persisted.editionId : null;
        const stash = readStash(persisted.stash);
        const answersFrom = persisted.answersFrom === 'link' ? 'link' : 'yours';
        const partial = step !== persisted.step || (persisted.returnToReview !== undefined && returnToReview !== persisted.returnToReview) || (persisted.editionId !== undefined && persisted.editionId !== null && editionId === null) || (persisted.stash !== undefined && persisted.stash !== null && stash === null);
        // Another tab's answers, merged with this tab's answer by answer (on first load this tab has none).
        const stamps = (value: unknown) => (isPlainObject(value) ? Object.fromEntries(Object.entries(value).filter((e): e is [string, number] => Number.isFinite(e[1]))) : {});
        const merged = mergeAnswers(current, { answers: persisted.answers as Answers, editedAt: stamps(persisted.editedAt), resetAt: Number.isFinite(persisted.resetAt) ? (persisted.resetAt as number) : 0 });
        return {
          ...current,
          ...merged,
          step,
          returnToReview,
          editionId,
          stash,
          answersFrom,
          linkEdited: answersFrom === 'link' && persisted.linkEdited === true,
          storageProblem,
          // Another tab's write (a rehydration) keeps this tab's notice and comparison.
          notice: older ? { kind: 'info', message: NOTICES.olderKept } : partial ? { kind: 'info', message: NOTICES.partial } : current.notice,
        };
      },
    },
  ),
);

// Two tabs stay in step: a write in one is read in the other.
// What another tab wrote is taken only when this version can read it: garbage, or a newer
// version's state, never wipes what this tab has in hand.
window.addEventListener('storage', (event) => {
  if (event.key !== STORAGE_KEY || writesBlocked || event.newValue === null) return;
  try {
    const written: unknown = JSON.parse(event.newValue);
    // Merged answer by answer with this tab's (merge above), then written back when that differs from what
    // the other tab wrote (zustand's rehydration does not write), so the other tab gets this tab's edits too.
    if (isPlainObject(written) && written.version === STORAGE_VERSION && isPlainObject(written.state) && isPlainObject(written.state.answers)) {
      void useWizardStore.persist.rehydrate().then(() => { useWizardStore.setState({}); });
    }
  } catch {
    // unreadable: keep this tab's answers
  }
});

export const useAnswers = () => useWizardStore((s) => s.answers);
export const useStep = () => useWizardStore((s) => s.step);
export const useReturnToReview = () => useWizardStore((s) => s.returnToReview);
export const useNotice = () => useWizardStore((s) => s.notice);
export const useEditionId = () => useWizardStore((s) => s.editionId);
export const useStash = () => useWizardStore((s) => s.stash);
export const useAnswersFrom = () => useWizardStore((s) => s.answersFrom);
export const useLinkEdited = () => useWizardStore((s) => s.linkEdited);
export const useHistoryMode = () => useWizardStore((s) => s.historyMode);
export const useStorageProblem = () => useWizardStore((s) => s.storageProblem);
export const useCompareLink = () => useWizardStore((s) => s.compareLink);
export const useWizardActions = () => useWizardStore((s) => s.actions);
