import type { Answers } from '../schema/answers.ts';
import type { Problem } from '../schema/describe-issue.ts';
import type { DeploymentPath } from '../schema/dataset.ts';

/** Where part of a criterion's weight came from. */
export type WeightPart =
  | { readonly from: 'base'; readonly amount: number }
  | { readonly from: 'answer'; readonly questionId: string; readonly optionId: string; readonly amount: number; readonly reason: string };

export interface CriterionWeight {
  readonly criterionId: string;
  /** The weight in force: the user's override when there is one, else the suggested weight. */
  readonly weight: number;
  /** The weight the answers suggest (base weight plus every answer's effect, never below 0). */
  readonly suggested: number;
  readonly overridden: boolean;
  readonly parts: readonly WeightPart[];
}

/** One framework's score on one criterion, with where it came from. */
export interface ResolvedScore {
  readonly score: number;
  readonly reason: string;
  readonly sources: readonly string[];
  readonly estimate: boolean;
  readonly asOf: string;
  /** Set when an answer (team, existing code) set this score. */
  readonly fromAnswer?: { readonly questionId: string; readonly optionId: string };
  /** Set when the user tried this score in place of the data's (`dataScore`): it is then taken as certain. */
  readonly tried?: { readonly dataScore: number };
  /** How far the score may be off when it differs from its kind's default, and why. */
  readonly uncertainty?: { readonly range: number; readonly reason: string };
  /**
   * Set when the data's score (`dataScore`) is under the bar (`floor`) that these answers make a
   * requirement (a product on this target): it counts as the scale's lowest (`score`).
   */
  readonly belowFloor?: { readonly dataScore: number; readonly floor: number; readonly where: string; readonly reason: string };
}

/** Scores by criterion id, then framework id. */
export type ScoreTable = Readonly<Record<string, Readonly<Record<string, ResolvedScore>>>>;

export interface Contribution {
  readonly criterionId: string;
  readonly weight: number;
  readonly score: number;
  /** weight x score / total weight: this criterion's part of the framework's 0-10 score. */
  readonly contribution: number;
}

export interface FrameworkScore {
  readonly frameworkId: string;
  /** Weighted mean of the criterion scores, 0-10 (0 when no criterion carries weight). */
  readonly score: number;
  readonly contributions: readonly Contribution[];
}

interface WrongComparisonVerdict {
  readonly ruleId: string;
  readonly title: string;
  readonly explanation: string;
  readonly alternativeIds: readonly string[];
  /** What to do first with those tools, in order (none where the data gives none, as in the seed). */
  readonly nextSteps: readonly { readonly title: string; readonly detail: string }[];
}

export interface Verdict {
  /** winner: a clear lead; close: the lead is under the close-call margin; tie: level scores; wrongComparison: neither framework is the right tool. */
  readonly kind: 'winner' | 'close' | 'tie' | 'wrongComparison';
  readonly leaderId: string;
  readonly runnerUpId: string;
  /** Leader's score minus the runner-up's, on the 0-10 scale. */
  readonly margin: number;
  /** True when the framework ranking itself is a close call (also under a wrong-comparison verdict). */
  readonly isCloseCall: boolean;
  /**
   * True when no framework comes first in most plausible score sets: the leader in fewer than
   * half, or another as often (a close call, which the headline calls a toss-up).
   */
  readonly tossUp: boolean;
  /**
   * Set when the leader is under a product's bar on a target that carries weight (a close call,
   * then): `clearId` is the best-ranked framework that clears every bar, null when none does.
   */
  readonly underBar: { readonly clearId: string | null } | null;
  readonly wrongComparison: WrongComparisonVerdict | null;
}

/** The weight of one criterion at which the leader changes, all other weights held. */
export interface TippingPoint {
  readonly criterionId: string;
  readonly currentWeight: number;
  readonly direction: 'up' | 'down';
  /** At exactly this weight the leader and newLeaderId tie; past it, newLeaderId leads. */
  readonly weight: number;
  readonly newLeaderId: string;
}

/** How much of the verdict survives the uncertainty of the scores (src/engine/assess-robustness.ts). */
export interface Robustness {
  /** Share (0-1) of plausible score sets in which the leader stays first, alone. */
  readonly held: number;
  /** Who leads otherwise, and in what share of score sets, largest first. */
  readonly others: readonly { readonly frameworkId: string; readonly share: number }[];
  /** Share of score sets in which two or more lead level. */
  readonly level: number;
  /** How many plausible score sets there are. */
  readonly scoreSets: number;
  /** true: every score set counted; false: a seeded sample of them (weights in odd thousandths). */
  readonly exact: boolean;
  /** How far the weighted scores were moved: so many scores (of every framework) by up to so many points each, the most common first. */
  readonly ranges: readonly { readonly points: number; readonly scores: number }[];
}

/** One score at which the leader would change, every other score and weight held. */
export interface ScoreTippingPoint {
  readonly criterionId: string;
  /** The framework whose score would move (the leader's down, or a challenger's up). */
  readonly frameworkId: string;
  readonly currentScore: number;
  /** At exactly this score the leader and newLeaderId tie; past it, newLeaderId leads. */
  readonly score: number;
  readonly newLeaderId: string;
  /** The change is within how far the score may be off (its uncertainty range). */
  readonly plausible: boolean;
}

/** One answer whose change alone would change the leader. */
export interface AnswerTippingPoint {
  readonly questionId: string;
  /** set: this option instead of the answer given (single choice); add or remove: this option too, or without it (multiple choice). */
  readonly change: 'set' | 'add' | 'remove';
  readonly optionId: string;
  readonly newLeaderId: string;
  /** Questions answered now that the change makes moot, so that their answers stop counting. */
  readonly noLongerAsked: readonly string[];
}

export interface MatchedAlternative {
  readonly alternativeId: string;
  readonly reasons: readonly string[];
}

export interface MigrationEstimate {
  readonly fromFrameworkId: string;
  readonly toFrameworkId: string;
  /**
   * port: working code moves to another framework; rewrite: the code must be rewritten whichever
   * framework wins; backend: code on a multi-backend library (Keras 3) moves to another backend.
   */
  readonly kind: 'port' | 'rewrite' | 'backend';
  /** True when the cost figures were measured on this very move; otherwise they are a rough guide. */
  readonly measured: boolean;
  /** The size the user gave; null when not answered, and then every size applies. */
  readonly sizeId: string | null;
  readonly sizeIds: readonly string[];
  /** Why code on a multi-backend library cannot simply switch backend here, so that it is a port. */
  readonly backendUnavailable?: string;
}

export interface MatchedPitfall {
  readonly pitfallId: string;
  readonly why: string;
}

export interface NextStep {
  readonly targetId: string;
  readonly frameworkId: string;
  readonly paths: readonly DeploymentPath[];
}

export interface Recommendation {
  readonly ok: true;
  readonly dataVersion: number;
  readonly editionId: string;
  /** The answers that count: those of questions that apply. */
  readonly answers: Answers;
  /** Answered questions that do not apply to these answers, and so were not counted. */
  readonly ignoredQuestionIds: readonly string[];
  readonly applicableQuestionIds: readonly string[];
  readonly weights: readonly CriterionWeight[];
  readonly totalWeight: number;
  readonly scores: ScoreTable;
  /** Best first. */
  readonly ranking: readonly FrameworkScore[];
  readonly verdict: Verdict;
  readonly tippingPoints: readonly TippingPoint[];
  /** Scores at which the leader would change, smallest change first (none for a tie). */
  readonly scoreTippingPoints: readonly ScoreTippingPoint[];
  /** Null when the data gives no uncertainty for its scores (the seed) or no criterion carries weight. */
  readonly robustness: Robustness | null;
  readonly alternatives: readonly MatchedAlternative[];
  readonly migration: MigrationEstimate | null;
  readonly pitfalls: readonly MatchedPitfall[];
  readonly nextSteps: readonly NextStep[];
}

export interface RecommendationError {
  readonly ok: false;
  readonly problems: readonly Problem[];
}
