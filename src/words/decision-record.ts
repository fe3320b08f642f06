import { formatAnswer, shownQuestions } from './format-answer.ts';
import { formatWeight } from './format-weight.ts';
import { findAnswerTippingPoints, type Recommendation } from '../engine/index.ts';
import type { Dataset } from '../schema/dataset.ts';
import { answerTipSentence, describeTippingPoints, scoreTipSentence } from './tipping-sentences.ts';
import { codeLabel, migrationLines, migrationSentence, MOVE_HEADINGS } from './migration-lines.ts';
import { formatAsOf } from './format-date.ts';
import { MATURITY, statusWords } from './path-words.ts';
import { explainWhy, headline, robustnessSentence } from './explain.ts';
import { criterionName, frameworkName, optionLabel } from './dataset-names.ts';

/** Table cells must not break the Markdown table. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The result as a Markdown decision record: date, data version, answers, weights,
 * ranking, why, what would change it, alternatives, next steps, migration, and the link back.
 */
export function toDecisionRecord(result: Recommendation, dataset: Dataset, context: { readonly date: string; readonly url: string }): string {
  const head = headline(result, dataset);
  const { edition, dataVersion } = dataset.meta;
  const lines: string[] = [
    `# Framework decision: ${head.title}`,
    '',
    `- Date: ${context.date}`,
    `- Data: ${edition.label}, as of ${formatAsOf(edition.asOf)} (data version ${dataVersion})`,
    `- Live result: ${context.url}`,
    '',
    head.summary,
    ...(robustnessSentence(result, dataset) ? ['', robustnessSentence(result, dataset)!] : []),
    '',
    '## Why',
    '',
    ...explainWhy(result, dataset),
    '',
    '## Ranking',
    '',
    '| Rank | Framework | Score (0–10) |',
    '|---|---|---|',
    ...result.ranking.map((r, i) => `| ${i + 1} | ${frameworkName(dataset, r.frameworkId)} | ${r.score.toFixed(2)} |`),
    '',
    '## Answers',
    '',
    ...shownQuestions(result, dataset).map((q) => `- ${q.title} ${formatAnswer(q, result.answers[q.id], dataset)}`),
    '',
    '## Weights',
    '',
    `| Criterion | Weight | ${result.ranking.map((r) => frameworkName(dataset, r.frameworkId)).join(' | ')} |`,
    `|---|---|${result.ranking.map(() => '---|').join('')}`,
    ...result.weights
      .filter((w) => w.weight > 0)
      .map(
        (w) =>
          `| ${cell(criterionName(dataset, w.criterionId))}${w.overridden ? ' (changed)' : ''} | ${formatWeight(w.weight)} | ${result.ranking
            .map((r) => {
              const entry = result.scores[w.criterionId]?.[r.frameworkId];
              // A score under a product's bar: what counts, and the data's own.
              return entry ? `${String(entry.score)}${entry.belowFloor ? ` (${String(entry.belowFloor.dataScore)}, under ${String(entry.belowFloor.floor)})` : ''}` : '';
            })
            .join(' | ')} |`,
      ),
  ];
  const tips = [
    ...describeTippingPoints(result, dataset).slice(0, 3).map((t) => t.text),
    ...result.scoreTippingPoints.slice(0, 3).map((t) => scoreTipSentence(t, dataset)),
    ...findAnswerTippingPoints(result.answers, dataset).slice(0, 3).map((t) => answerTipSentence(t, result.answers, dataset)),
  ];
  if (tips.length > 0 && !result.verdict.wrongComparison) lines.push('', '## What would change this', '', ...tips.map((t) => `- ${t}`));
  if (result.alternatives.length > 0) {
    lines.push('', '## Alternatives', '');
    for (const match of result.alternatives) {
      const alternative = dataset.alternatives.find((a) => a.id === match.alternativeId)!;
      lines.push(`- **${alternative.name}**: ${match.reasons.join(' ')} Best for: ${alternative.bestFor} Gotcha: ${alternative.gotcha}`);
    }
  }
  if (result.nextSteps.length > 0) {
    lines.push('', `## Next steps with ${frameworkName(dataset, result.verdict.leaderId)}`, '');
    for (const step of result.nextSteps) {
      const target = optionLabel(dataset, dataset.meta.roles.targets, step.targetId);
      for (const path of step.paths) {
        const status = statusWords(path);
        lines.push(`- ${target}: ${status ? 'if you use it today, ' : ''}**${path.runtime}** (${status ?? MATURITY[path.maturity]}). ${path.note}`);
      }
    }
  }
  if (result.migration) {
    const estimate = migrationLines(result.migration, dataset);
    lines.push('', `## ${MOVE_HEADINGS[result.migration.kind]} from ${frameworkName(dataset, result.migration.fromFrameworkId)}`, '');
    lines.push(migrationSentence(result.migration, dataset, codeLabel(result, dataset)), '');
    for (const line of estimate.lines) lines.push(`- ${line.size.label}: ${line.cost}, ${line.duration}. ${line.dominatedBy}`);
    lines.push('', estimate.note);
  }
  if (result.pitfalls.length > 0) {
    lines.push('', '## Pitfalls', '');
    for (const p of result.pitfalls) lines.push(`- ${dataset.pitfalls.find((x) => x.id === p.pitfallId)!.title}`);
  }
  return `${lines.join('\n')}\n`;
}
