import alternatives from '../../data/alternatives.json';
import criteria from '../../data/criteria.json';
import deployment from '../../data/deployment.json';
import facts from '../../data/facts.json';
import frameworks from '../../data/frameworks.json';
import meta from '../../data/meta.json';
import migration from '../../data/migration.json';
import pitfalls from '../../data/pitfalls.json';
import presets from '../../data/presets.json';
import questions from '../../data/questions.json';
import sources from '../../data/sources.json';
import verdicts from '../../data/verdicts.json';
import type { DataFiles, Dataset } from '../schema/dataset.ts';
import { formatDatasetProblem, parseDataset } from '../schema/parse-dataset.ts';

/** The files in data/, keyed by file name: the only place that imports them. */
export const dataFiles: DataFiles = {
  'meta.json': meta,
  'sources.json': sources,
  'frameworks.json': frameworks,
  'criteria.json': criteria,
  'facts.json': facts,
  'alternatives.json': alternatives,
  'migration.json': migration,
  'pitfalls.json': pitfalls,
  'verdicts.json': verdicts,
  'deployment.json': deployment,
  'questions.json': questions,
  'presets.json': presets,
};

function load(): Dataset {
  const result = parseDataset(dataFiles);
  // The dataset ships with the app and a test validates it, so a failure here is a
  // build defect: fail loudly with every problem rather than advise on bad data.
  if (!result.ok) throw new Error(`The dataset is invalid:\n${result.problems.map(formatDatasetProblem).join('\n')}`);
  return result.dataset;
}

/** The validated dataset shipped with the app. */
export const defaultDataset: Dataset = load();
