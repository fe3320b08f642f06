import * as z from 'zod/mini';
import { EDITION_ID_PATTERN } from './edition-id.ts';

/** Ids are short, URL-safe words: they appear in share links. */
const IdSchema = z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9-]{0,39}$/));
const TextSchema = z.string().check(z.minLength(1));
/** Edition ids are dates or words (`seed`, `2026-11`): they appear in share links as `e=`. */
const EditionIdSchema = z.string().check(z.regex(EDITION_ID_PATTERN));
/** "As of" dates: a month (`2026-04`) or a day (`2026-04-30`). */
const AsOfSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/));
const SourceIdsSchema = z.array(IdSchema).check(z.minLength(1));
const ScoreSchema = z.number().check(z.gte(1), z.lte(10));

/** A condition on the answers, used for branching, alternatives, pitfalls and verdicts. */
export type Condition =
  | { readonly question: string; readonly anyOf: readonly string[] }
  | { readonly question: string; readonly onlyOf: readonly string[] }
  | { readonly leader: string }
  | { readonly codeInOtherFramework: true }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

const ConditionSchema: z.ZodMiniType<Condition> = z.union([
  z.strictObject({ question: IdSchema, anyOf: z.array(IdSchema).check(z.minLength(1)) }),
  z.strictObject({ question: IdSchema, onlyOf: z.array(IdSchema).check(z.minLength(1)) }),
  z.strictObject({ leader: IdSchema }),
  z.strictObject({ codeInOtherFramework: z.literal(true) }),
  z.strictObject({
    get all() {
      return z.array(ConditionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get any() {
      return z.array(ConditionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get not() {
      return ConditionSchema;
    },
  }),
]);

const MetaFileSchema = z.strictObject({
  dataVersion: z.int().check(z.gte(1)),
  edition: z.strictObject({ id: EditionIdSchema, label: TextSchema, asOf: AsOfSchema }),
  /** Which question plays which part in the engine, so the engine names no question id itself. */
  /** Questions the code relies on, by their part: `triedScores` holds scores the user tries in the what-if (never asked in the wizard). */
  roles: z.strictObject({ existingCode: IdSchema, projectSize: IdSchema, targets: IdSchema, priorities: IdSchema, triedScores: IdSchema }),
  closeCallMargin: z.number().check(z.gte(0)),
  /**
   * How far scores may be off, and how much of the verdict must survive that: published scores
   * and the project's estimates each have a default range (a score may set its own); a clear
   * winner must stay first in at least `threshold` (a share) of plausible score sets.
   * Without it (the seed, as published) the verdict follows the margin alone.
   */
  uncertainty: z.optional(
    z.strictObject({
      published: z.strictObject({ range: z.number().check(z.gte(0), z.lte(3)), reason: TextSchema }),
      estimate: z.strictObject({ range: z.number().check(z.gte(0), z.lte(3)), reason: TextSchema }),
      threshold: z.number().check(z.gt(0), z.lte(1)),
    }),
  ),
  weightRange: z.strictObject({ min: z.number().check(z.gte(0)), max: z.number().check(z.gte(1)), step: z.number().check(z.gt(0)) }),
  scale: z.strictObject({
    min: z.number(),
    max: z.number(),
    bands: z.array(z.strictObject({ min: z.number(), label: TextSchema, meaning: TextSchema })).check(z.minLength(1)),
    source: IdSchema,
    note: TextSchema,
  }),
});

const SourceSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  url: z.optional(z.url({ protocol: /^https$/ })),
  publisher: TextSchema,
  asOf: AsOfSchema,
  kind: z.enum(['vendor-opinion', 'project-estimate', 'official-docs', 'survey', 'measurement', 'issue-report']),
  /** A source that no longer exists (a site shut down): still cited for what it said, flagged as gone. */
  defunct: z.optional(z.strictObject({ since: AsOfSchema, note: TextSchema })),
});
const SourcesFileSchema = z.strictObject({ sources: z.array(SourceSchema).check(z.minLength(1)) });

const FrameworkSchema = z.strictObject({ id: IdSchema, name: TextSchema, maintainer: TextSchema, summary: TextSchema });
const FrameworksFileSchema = z.strictObject({ frameworks: z.array(FrameworkSchema).check(z.minLength(2)) });

const CriterionScoreSchema = z.strictObject({
  score: ScoreSchema,
  /** true: the project's own estimate, not a published score. */
  estimate: z.boolean(),
  reason: TextSchema,
  sources: SourceIdsSchema,
  asOf: AsOfSchema,
  /** The id of the fact an estimate rests on. */
  basis: z.optional(IdSchema),
  /** How far this score may be off, when it differs from the default for its kind (meta.json), and why. */
  uncertainty: z.optional(z.strictObject({ range: z.number().check(z.gte(0), z.lte(3)), reason: TextSchema })),
});
const CriterionSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  /** opinion: the seed's scored criteria; capability: estimates from the facts; switching: scored by the answers. */
  kind: z.enum(['opinion', 'capability', 'switching']),
  baseWeight: z.number().check(z.gte(0)),
  description: TextSchema,
  scores: z.record(IdSchema, CriterionScoreSchema),
  /**
   * A bar a score must clear where the answers make this criterion a requirement (a product on
   * this target): a score under `score` there (a beta or prototype-grade path) counts as the
   * scale's lowest, and the result names it as a risk. `where`: the target in words ("microcontrollers").
   * The condition cannot name the leader.
   */
  floor: z.optional(z.strictObject({ score: z.number(), where: TextSchema, when: ConditionSchema, reason: TextSchema })),
});
const CriteriaFileSchema = z.strictObject({ criteria: z.array(CriterionSchema).check(z.minLength(1)) });

const FactSchema = z.strictObject({
  id: IdSchema,
  label: TextSchema,
  asOf: AsOfSchema,
  sources: SourceIdsSchema,
  note: z.optional(TextSchema),
  values: z.record(IdSchema, TextSchema),
});
const FactsFileSchema = z.strictObject({ facts: z.array(FactSchema) });

const AlternativeSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  kind: z.enum(['framework', 'library', 'runtime', 'service']),
  bestFor: TextSchema,
  pricing: TextSchema,
  gotcha: TextSchema,
  examples: z.optional(z.array(TextSchema)),
  sources: SourceIdsSchema,
  asOf: AsOfSchema,
  matches: z.array(z.strictObject({ when: ConditionSchema, reason: TextSchema })),
});
const AlternativesFileSchema = z.strictObject({ alternatives: z.array(AlternativeSchema) });

const MigrationSizeSchema = z.strictObject({
  id: IdSchema,
  label: TextSchema,
  costMin: z.number().check(z.gte(0)),
  costMax: z.number().check(z.gte(0)),
  costOpenEnded: z.optional(z.boolean()),
  weeksMin: z.number().check(z.gt(0)),
  weeksMax: z.number().check(z.gt(0)),
  dominatedBy: TextSchema,
});
/** What dominates the work at each size (by size id), for one kind of move. */
const MigrationTextsSchema = z.record(IdSchema, TextSchema);
const MigrationFileSchema = z.strictObject({
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  includes: TextSchema,
  sources: SourceIdsSchema,
  asOf: AsOfSchema,
  note: TextSchema,
  /** The one direction the cost figures were measured in; every other move reuses them as a rough guide. */
  measured: z.strictObject({ from: IdSchema, to: IdSchema }),
  /** The measured direction's texts are `dominatedBy`. */
  sizes: z.array(MigrationSizeSchema).check(z.minLength(1)),
  /** What dominates a port in the other directions. */
  directions: z.array(
    z.strictObject({ from: IdSchema, to: IdSchema, sources: SourceIdsSchema, asOf: AsOfSchema, note: TextSchema, dominatedBy: MigrationTextsSchema }),
  ),
  /** Code that must be rewritten whichever framework wins (an option marked `rewrite`). */
  rewrite: z.optional(z.strictObject({ sources: SourceIdsSchema, asOf: AsOfSchema, note: TextSchema, dominatedBy: MigrationTextsSchema })),
  /**
   * Code on a multi-backend library (an option marked `multiBackend`) moving to another backend:
   * its own figures by size id, since only the backend-specific part of the code moves.
   */
  backendSwitch: z.optional(
    z.strictObject({
      sources: SourceIdsSchema,
      asOf: AsOfSchema,
      note: TextSchema,
      /** Backends a switch cannot reach for some answers (Keras's PyTorch backend has no TPU device): the move is a port then. */
      unavailable: z.optional(z.array(z.strictObject({ to: IdSchema, when: ConditionSchema, reason: TextSchema }))),
      sizes: z.record(
        IdSchema,
        z.strictObject({
          costMin: z.number().check(z.gte(0)),
          costMax: z.number().check(z.gte(0)),
          weeksMin: z.number().check(z.gt(0)),
          weeksMax: z.number().check(z.gt(0)),
          dominatedBy: TextSchema,
        }),
      ),
    }),
  ),
});

const PitfallSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  detail: TextSchema,
  sources: SourceIdsSchema,
  asOf: AsOfSchema,
  when: ConditionSchema,
  why: TextSchema,
});
const PitfallsFileSchema = z.strictObject({ pitfalls: z.array(PitfallSchema) });

const WrongComparisonSchema = z.strictObject({
  id: IdSchema,
  when: ConditionSchema,
  title: TextSchema,
  explanation: TextSchema,
  alternatives: z.array(IdSchema).check(z.minLength(1)),
  /** What to do first with the tools it names, in order (a baseline, what to measure, what to check). */
  nextSteps: z.optional(z.array(z.strictObject({ title: TextSchema, detail: TextSchema })).check(z.minLength(1))),
});
const VerdictsFileSchema = z.strictObject({ wrongComparisons: z.array(WrongComparisonSchema) });

const DeploymentPathSchema = z.strictObject({
  framework: IdSchema,
  runtime: TextSchema,
  /** How proven the path is. */
  maturity: z.enum(['mature', 'maturing', 'beta', 'stalled', 'unofficial', 'unrated']),
  /** Whether anyone still maintains it, since when, and who says so. */
  status: z.optional(
    z.strictObject({
      kind: z.enum(['maintained', 'limited-maintenance', 'deprecated', 'stalled', 'archived']),
      since: AsOfSchema,
      sources: SourceIdsSchema,
    }),
  ),
  /** Shown only for answers that meet it (vLLM for LLM work; TorchServe to teams that may run it). */
  when: z.optional(ConditionSchema),
  sources: SourceIdsSchema,
  asOf: AsOfSchema,
  note: TextSchema,
});
const DeploymentFileSchema = z.strictObject({
  targets: z.array(z.strictObject({ target: IdSchema, paths: z.array(DeploymentPathSchema).check(z.minLength(1)) })),
});

/** `when`: the effect counts only for answers that meet it (checkpoints weigh only when you start from them); it may name questions only. */
const WeightEffectSchema = z.strictObject({ criterion: IdSchema, amount: z.number(), reason: TextSchema, when: z.optional(ConditionSchema) });
/** `when`: the scores hold only for answers that meet it (Keras code on TPUs alone cannot switch to the PyTorch backend); it may name questions only. */
const ScoreEffectSchema = z.strictObject({ criterion: IdSchema, values: z.record(IdSchema, ScoreSchema), reason: TextSchema, when: z.optional(ConditionSchema) });
const OptionSchema = z.strictObject({
  id: IdSchema,
  label: TextSchema,
  hint: z.optional(TextSchema),
  /** The framework this option stands for (team knowledge, existing code). */
  framework: z.optional(IdSchema),
  /** In a multiple-choice question, an answer that stands alone ("Not decided yet"): choosing it clears the others, and another clears it. */
  exclusive: z.optional(z.literal(true)),
  /** Existing code that must be rewritten whichever framework wins (TensorFlow 1 graphs and Estimators). */
  rewrite: z.optional(z.literal(true)),
  /**
   * Code written against a library that runs on several frameworks (Keras 3), on the backend
   * `framework` names: moving it to another of them is a backend switch, not a port.
   */
  multiBackend: z.optional(z.literal(true)),
  /**
   * An option kept so that old links and saved answers keep their meaning, but no longer
   * offered (unless it is already chosen); `replacedBy` names the options that split it.
   */
  retired: z.optional(z.strictObject({ since: AsOfSchema, replacedBy: z.array(IdSchema).check(z.minLength(1)) })),
  weights: z.array(WeightEffectSchema),
  scores: z.optional(z.array(ScoreEffectSchema)),
});
const QuestionSchema = z.strictObject({
  id: IdSchema,
  /**
   * `one` and `many` choose options; `weights` sets criteria's weights (the priorities); `scores`
   * holds scores tried in place of the data's, keyed `criterion.framework`: set from the result's
   * "what would change this", never a step of the questionnaire.
   */
  kind: z.enum(['one', 'many', 'weights', 'scores']),
  /** A short name for progress and review ("Purpose"). */
  label: TextSchema,
  title: TextSchema,
  help: z.optional(TextSchema),
  askWhen: z.optional(ConditionSchema),
  options: z.array(OptionSchema),
});
const QuestionsFileSchema = z.strictObject({ questions: z.array(QuestionSchema).check(z.minLength(1)) });

const PresetSchema = z.strictObject({
  id: IdSchema,
  label: TextSchema,
  description: TextSchema,
  answers: z.record(IdSchema, z.union([IdSchema, z.array(IdSchema)])),
});
/**
 * Presets are answers to the current questionnaire (the start page offers them), not part of
 * an edition's data: they are checked against the newest edition only (src/schema/check-presets.ts).
 */
export const PresetsFileSchema = z.strictObject({ presets: z.array(PresetSchema) });

/** One schema per file in data/, by file name. */
export const DATA_FILE_SCHEMAS = {
  'meta.json': MetaFileSchema,
  'sources.json': SourcesFileSchema,
  'frameworks.json': FrameworksFileSchema,
  'criteria.json': CriteriaFileSchema,
  'facts.json': FactsFileSchema,
  'alternatives.json': AlternativesFileSchema,
  'migration.json': MigrationFileSchema,
  'pitfalls.json': PitfallsFileSchema,
  'verdicts.json': VerdictsFileSchema,
  'deployment.json': DeploymentFileSchema,
  'questions.json': QuestionsFileSchema,
} as const;

export type DataFileName = keyof typeof DATA_FILE_SCHEMAS;
/** The raw files, as read from data/. */
export type DataFiles = { readonly [F in DataFileName]: unknown };

type Meta = z.infer<typeof MetaFileSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Framework = z.infer<typeof FrameworkSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type Alternative = z.infer<typeof AlternativeSchema>;
export type Migration = z.infer<typeof MigrationFileSchema>;
export type MigrationSize = z.infer<typeof MigrationSizeSchema>;
type Pitfall = z.infer<typeof PitfallSchema>;
type WrongComparison = z.infer<typeof WrongComparisonSchema>;
export type DeploymentPath = z.infer<typeof DeploymentPathSchema>;
export type Question = z.infer<typeof QuestionSchema>;

const DataFileNameSchema = z.enum(Object.keys(DATA_FILE_SCHEMAS) as [DataFileName, ...DataFileName[]]);
const TouchesSchema = z.strictObject({ criteria: z.optional(z.array(IdSchema)), targets: z.optional(z.array(IdSchema)) });
const ChangeCommon = {
  id: IdSchema,
  file: DataFileNameSchema,
  /** Slash-separated; list items are found by their id (or target), or by index; empty for the file itself. */
  path: z.string().check(z.regex(/^([\w-]+(\/[\w-]+)*)?$/)),
  title: TextSchema,
  date: AsOfSchema,
  sources: SourceIdsSchema,
  reason: TextSchema,
  /** The criteria and deployment targets the change bears on: it is shown to users whose answers involve them. */
  touches: z.optional(TouchesSchema),
};
const EditionChangeSchema = z.discriminatedUnion('op', [
  /** Replace fields of an object; `old` must match what is there, so the record stays honest. */
  z.strictObject({ ...ChangeCommon, op: z.literal('merge'), old: z.record(z.string(), z.unknown()), new: z.record(z.string(), z.unknown()) }),
  /** Append items to a list, or insert them after the item with the id `after`. */
  z.strictObject({ ...ChangeCommon, op: z.literal('add'), values: z.array(z.unknown()).check(z.minLength(1)), after: z.optional(IdSchema) }),
  /** Take an item out of a list (a path ending in its id); `old` is the item as it was, so the record stays honest. */
  z.strictObject({ ...ChangeCommon, op: z.literal('remove'), old: z.record(z.string(), z.unknown()) }),
]);
export const EditionFileSchema = z.strictObject({
  id: EditionIdSchema,
  label: TextSchema,
  asOf: AsOfSchema,
  dataVersion: z.int().check(z.gte(2)),
  /** The edition this one builds on: the seed's id (`seed`) or an earlier edition's; it holds only what changed since. */
  base: EditionIdSchema,
  summary: TextSchema,
  unverified: z.array(z.strictObject({ topic: TextSchema, note: TextSchema })),
  changes: z.array(EditionChangeSchema).check(z.minLength(1)),
});
export type EditionChange = z.infer<typeof EditionChangeSchema>;
export type EditionFile = z.infer<typeof EditionFileSchema>;

/**
 * How a dataset came to be: the seed as published, or an edition on the edition it builds on.
 * The edition's record (its summary, what could not be confirmed, and every change with its
 * title, reason, sources and old value) loads only when asked (src/data/editions.ts:
 * loadEditionRecord): a result on the edition needs none of it to show the advice.
 */
interface EditionHistory {
  readonly base: string | null;
}

/** An edition by name and date, without its data: the page knows every edition this way, and loads an older one's data when asked. */
export interface EditionSummary {
  readonly id: string;
  readonly label: string;
  /** "YYYY-MM-DD" */
  readonly asOf: string;
  /** The edition it builds on; null for the seed. */
  readonly base: string | null;
}

/** What the build hands the page (scripts/build/edition-data-plugin.ts: `virtual:editions`). */
export interface ComposedEditions {
  /** The current edition: the newest, whole. */
  readonly current: Dataset;
  /** Every edition, the newest first; the seed last. */
  readonly editionList: readonly EditionSummary[];
  /** The seed's score of each criterion for each framework it scored. */
  readonly publishedScores: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** A loader for each edition but the current one, its data in a chunk of its own. */
  readonly datasetLoaders: Readonly<Record<string, () => Promise<{ readonly default: Dataset }>>>;
}

/** An edition's record, as "What changed" shows it. */
export type EditionRecord = Pick<EditionFile, 'summary' | 'unverified' | 'changes'>;

/** The validated dataset the engine runs on. */
export interface Dataset {
  readonly history: EditionHistory;
  readonly meta: Meta;
  readonly sources: readonly Source[];
  readonly frameworks: readonly Framework[];
  readonly criteria: readonly Criterion[];
  readonly facts: readonly Fact[];
  readonly alternatives: readonly Alternative[];
  readonly migration: Migration;
  readonly pitfalls: readonly Pitfall[];
  readonly wrongComparisons: readonly WrongComparison[];
  readonly deployment: z.infer<typeof DeploymentFileSchema>['targets'];
  readonly questions: readonly Question[];
}
