import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { isStep, type Step } from '../flow/step.ts';
import type { Answers, AnswerValue } from '../schema/answers.ts';

/** A message for the user: info (status) or a problem (alert), with optional details. */
export interface Notice {
  readonly kind: 'info' | 'problem';
  readonly message: string;
  readonly details?: readonly string[];
}

interface WizardState {
  readonly answers: Answers;
  readonly step: Step;
  /** Set when the user opened a question from the review, so that the next step is the review again. */
  readonly returnToReview: boolean;
  /** The data edition chosen on the result page; null for the current edition. */
  readonly editionId: string | null;
  /** A message for the user (saved progress dropped, a share link's problems); never persisted. */
  readonly notice: Notice | null;
}

interface WizardActions {
  readonly answerStep: (questionId: string, value: AnswerValue, next: Step) => void;
  readonly goTo: (step: Step, options?: { fromReview?: boolean }) => void;
  readonly startWith: (answers: Answers, step: Step) => void;
  readonly restart: () => void;
  readonly discardProgress: (message: string) => void;
  /** A share link was opened: its answers replace the current ones. */
  readonly loadSharedAnswers: (answers: Answers, step: Step, notice: Notice | null, editionId: string | null) => void;
  /** Switch the data edition (null: the current one). */
  readonly chooseEdition: (editionId: string | null) => void;
  readonly dismissNotice: () => void;
  /**
   * What-if on the result page: weights moved, or reset. The caller passes the pure rule
   * (`setWeight` or `clearWeights` from schema/answer-values.ts), applied to the latest answers;
   * the start page's chunk then carries no weight logic.
   */
  readonly adjustWeights: (apply: (answers: Answers) => Answers) => void;
}

const STORAGE_KEY = 'ml-framework-advisor:progress';
const STORAGE_VERSION = 1;
const initial: WizardState = { answers: {}, step: 'start', returnToReview: false, editionId: null, notice: null };

/**
 * Saved answers must be a plain object; each answer is read against the questionnaire (by the
 * schema, in the core chunk) when the wizard or the result loads them. The start page's chunk
 * carries no answer logic.
 */
const isAnswersShape = (value: unknown): value is Answers => typeof value === 'object' && value !== null && !Array.isArray(value);

const UNREADABLE = 'Your saved progress could not be read, so it was cleared. You can start again below.';

type Saved = Pick<WizardState, 'answers' | 'step' | 'returnToReview' | 'editionId'>;

/**
 * localStorage behind a guard: unparseable JSON comes back as a value that fails the
 * shape check (so the user gets a notice), and a storage that refuses access (private
 * modes, quotas) just means progress is not saved.
 */
const guardedStorage: PersistStorage<Saved> = {
  getItem: (name) => {
    let raw: string | null;
    try {
      raw = localStorage.getItem(name);
    } catch {
      return null;
    }
    if (raw === null) return null;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed === 'object' && parsed !== null && 'state' in parsed) return parsed as StorageValue<Saved>;
    } catch {
      // fall through: unreadable
    }
    return { state: { unreadable: true } as unknown as Saved, version: STORAGE_VERSION };
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, JSON.stringify(value));
    } catch {
      // Progress is a convenience: without storage the app still works.
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // as above
    }
  },
};

const useWizardStore = create<WizardState & { actions: WizardActions }>()(
  persist(
    (set) => ({
      ...initial,
      actions: {
        answerStep: (questionId, value, next) => {
          set((s) => ({ answers: { ...s.answers, [questionId]: value }, step: next, returnToReview: next === 'review' ? false : s.returnToReview }));
        },
        goTo: (step, options) => {
          set((s) => ({ step, returnToReview: options?.fromReview ?? (step === 'review' || step === 'result' ? false : s.returnToReview) }));
        },
        startWith: (answers, step) => {
          set({ answers, step, returnToReview: false, notice: null });
        },
        restart: () => {
          set({ ...initial });
        },
        discardProgress: (message) => {
          set({ ...initial, notice: { kind: 'info', message } });
        },
        loadSharedAnswers: (answers, step, notice, editionId) => {
          set({ answers, step, returnToReview: false, notice, editionId });
        },
        chooseEdition: (editionId) => {
          set({ editionId });
        },
        dismissNotice: () => {
          set({ notice: null });
        },
        adjustWeights: (apply) => {
          set((s) => ({ answers: apply(s.answers) }));
        },
      },
    }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: guardedStorage,
      partialize: (s) => ({ answers: s.answers, step: s.step, returnToReview: s.returnToReview, editionId: s.editionId }),
      // Saved progress is untrusted: anything but the current, well-formed shape is dropped with a notice.
      migrate: () => ({ ...initial, notice: { kind: 'info', message: 'Your saved progress came from an older version of this app, so it was cleared.' } }) as unknown as Saved,
      merge: (persisted, current) => {
        const saved = persisted as Partial<WizardState> | undefined;
        if (saved && 'notice' in saved && saved.notice) return { ...current, ...initial, notice: saved.notice };
        if (!saved || !isAnswersShape(saved.answers) || !isStep(saved.step) || typeof saved.returnToReview !== 'boolean') {
          return { ...current, ...initial, notice: saved === undefined ? null : { kind: 'info', message: UNREADABLE } };
        }
        const editionId = typeof saved.editionId === 'string' ? saved.editionId : null;
        return { ...current, answers: saved.answers, step: saved.step, returnToReview: saved.returnToReview, editionId };
      },
    },
  ),
);

export const useAnswers = () => useWizardStore((s) => s.answers);
export const useStep = () => useWizardStore((s) => s.step);
export const useReturnToReview = () => useWizardStore((s) => s.returnToReview);
export const useNotice = () => useWizardStore((s) => s.notice);
export const useEditionId = () => useWizardStore((s) => s.editionId);
export const useWizardActions = () => useWizardStore((s) => s.actions);
