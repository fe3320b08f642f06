import { describe, expect, it } from 'vitest';
import { currentDataset } from '../../src/data/editions.ts';
import { recommend, type Recommendation } from '../../src/engine/index.ts';
import { statusWords } from '../../src/words/path-words.ts';
import { missingAnswers, stepsFor } from '../../src/flow/wizard-flow.ts';
import { validateAnswers } from '../../src/schema/answers.ts';
import { optionIdsOf } from '../../src/schema/answer-values.ts';
import panel from '../fixtures/expert-panel.json';

// Realistic 2026 projects, each with the verdicts an experienced ML engineer signs for the
// current edition (tests/fixtures/expert-panel.json). A verdict outside the accepted set fails.

interface Project {
  readonly id: string;
  readonly name: string;
  readonly answers: Record<string, string | string[]>;
  readonly accept: readonly string[];
  readonly reason: string;
  readonly source: string;
  readonly nextStepsInclude?: readonly string[];
  readonly nextStepsExclude?: readonly string[];
  readonly alternativesInclude?: readonly string[];
  readonly pitfallsInclude?: readonly string[];
  readonly pitfallsExclude?: readonly string[];
  /** The kind of migration the result must show: none, port, rewrite, or backend (a Keras 3 switch). */
  readonly migration?: 'none' | 'port' | 'rewrite' | 'backend';
}
const projects = panel.projects as readonly Project[];

/** The verdict in the panel's words: `winner:pytorch`, `close:tensorflow`, `tie`, `wrongComparison:tabular`. */
export function verdictOf(result: Recommendation): string {
  const { verdict } = result;
  if (verdict.kind === 'tie') return 'tie';
  if (verdict.kind === 'wrongComparison') return `wrongComparison:${verdict.wrongComparison!.ruleId}`;
  return `${verdict.kind}:${verdict.leaderId}`;
}

const resultFor = (project: Project): Recommendation => {
  const result = recommend(project.answers, currentDataset);
  if (!result.ok) throw new Error(`${project.id}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result;
};

const runtimes = (result: Recommendation) => result.nextSteps.flatMap((step) => step.paths.map((path) => path.runtime));

describe('the expert panel', () => {
  it('has at least 40 projects, with unique ids, a reason and a source each', () => {
    expect(projects.length).toBeGreaterThanOrEqual(40);
    expect(new Set(projects.map((p) => p.id)).size).toBe(projects.length);
    for (const project of projects) {
      expect(project.reason.length, project.id).toBeGreaterThan(10);
      expect(project.source.length, project.id).toBeGreaterThan(5);
      expect(project.accept.length, project.id).toBeGreaterThan(0);
    }
  });

  it('uses every option of every question at least once', () => {
    const unused = currentDataset.questions.flatMap((question) =>
      question.options.filter((option) => !projects.some((p) => p.answers[question.id] !== undefined && optionIdsOf(p.answers[question.id]).includes(option.id))).map((o) => `${question.id}=${o.id}`),
    );
    expect(unused).toEqual([]);
  });

  it.each(projects)('$id: answers every question that is asked, and only those', (project) => {
    expect(validateAnswers(project.answers, currentDataset).ok).toBe(true);
    const result = resultFor(project);
    expect(result.ignoredQuestionIds).toEqual([]);
    const asked = stepsFor(result.answers, currentDataset).filter((q) => q.kind !== 'weights');
    expect(missingAnswers(asked, result.answers).map((q) => q.id)).toEqual([]);
  });

  it.each(projects)('$id: the verdict is one the panel accepts', (project) => {
    const result = resultFor(project);
    expect(project.accept, `${project.name}: ${project.reason}`).toContain(verdictOf(result));
  });

  it.each(projects.filter((p) => p.nextStepsInclude || p.nextStepsExclude))('$id: the next steps name the runtimes an expert expects, and none that do not fit', (project) => {
    const names = runtimes(resultFor(project));
    for (const name of project.nextStepsInclude ?? []) expect(names.some((r) => r.includes(name)), `${name} in ${names.join(' | ')}`).toBe(true);
    for (const name of project.nextStepsExclude ?? []) expect(names.filter((r) => r.includes(name)), name).toEqual([]);
  });

  it.each(projects.filter((p) => p.migration))('$id: shows the migration an expert expects', (project) => {
    expect(resultFor(project).migration?.kind ?? 'none').toBe(project.migration);
  });

  it.each(projects.filter((p) => p.alternativesInclude))('$id: names the alternatives an expert expects', (project) => {
    const shown = resultFor(project).alternatives.map((a) => a.alternativeId);
    for (const id of project.alternativesInclude!) expect(shown).toContain(id);
  });

  it.each(projects.filter((p) => p.pitfallsInclude || p.pitfallsExclude))('$id: warns of the pitfalls an expert expects, and of none that do not apply', (project) => {
    const shown = resultFor(project).pitfalls.map((p) => p.pitfallId);
    for (const id of project.pitfallsInclude ?? []) expect(shown).toContain(id);
    for (const id of project.pitfallsExclude ?? []) expect(shown).not.toContain(id);
  });

  it('gives every deployment path of the current edition a status, and words for every status but "maintained"', () => {
    for (const target of currentDataset.deployment) {
      for (const path of target.paths) {
        expect(path.status, `${target.target}: ${path.runtime}`).toBeDefined();
        if (path.status!.kind !== 'maintained') expect(statusWords(path), path.runtime).toMatch(/ since [A-Z][a-z]+ \d{4}/);
      }
    }
  });
});
