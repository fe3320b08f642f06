// npm run edition:new -- <id> [--as-of YYYY-MM] [--data <folder>]
//
// Writes data/editions/<id>.json on top of the newest edition (README: "To add an edition"),
// valid as written: its one change is its own name and date in meta.json. The maintainer then
// adds cited changes and touches no code; `npm run build` validates the chain.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ID = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,39}$/;
const AS_OF = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

const fail = (message) => {
  console.error(`edition:new: ${message}`);
  process.exit(1);
};

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'as-of': { type: 'string' }, data: { type: 'string', default: 'data' } } });
const [id] = positionals;
if (!id || positionals.length > 1) fail('give the new edition\'s id, e.g. npm run edition:new -- 2027-05');
if (!ID.test(id)) fail(`"${id}" is not an edition id: letters, digits and dashes, up to 40.`);
const asOf = values['as-of'] ?? (AS_OF.test(id) ? id : undefined);
if (!asOf || !AS_OF.test(asOf)) fail(`"${id}" is not a date, so give the data's date: --as-of YYYY-MM (or YYYY-MM-DD).`);

const dataDir = values.data;
const editionsDir = join(dataDir, 'editions');
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const seed = read(join(dataDir, 'meta.json'));
const editions = [
  { id: seed.edition.id, label: seed.edition.label, asOf: seed.edition.asOf, dataVersion: seed.dataVersion },
  ...readdirSync(editionsDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => read(join(editionsDir, f))),
];
if (editions.some((e) => e.id === id)) fail(`an edition "${id}" exists already.`);
// The newest, as the app picks it: by "as of" date, then by id.
const [base] = [...editions].sort((a, b) => b.asOf.localeCompare(a.asOf) || a.id.localeCompare(b.id));
if (asOf <= base.asOf) fail(`the new edition must be later than the newest, "${base.id}" (as of ${base.asOf}); it is as of ${asOf}.`);

const [year, month] = asOf.split('-');
const when = `${MONTHS[Number(month) - 1]} ${year}`;
const label = `${when} refresh`;
const edition = {
  id,
  label,
  asOf,
  dataVersion: base.dataVersion + 1,
  base: base.id,
  summary: `The ${base.label} checked again as of ${when}.`,
  unverified: [],
  changes: [
    {
      id: `edition-${id}`,
      op: 'merge',
      file: 'meta.json',
      path: 'edition',
      title: `The data as of ${when}`,
      date: asOf,
      sources: ['project'],
      reason: `This edition builds on the ${base.label}; every change after this one says what moved since, with its sources.`,
      old: { id: base.id, label: base.label, asOf: base.asOf },
      new: { id, label, asOf },
    },
  ],
};
const file = join(editionsDir, `${id}.json`);
if (existsSync(file)) fail(`${file} exists already.`);
writeFileSync(file, `${JSON.stringify(edition, null, 2)}\n`);
console.log(`Wrote ${relative(process.cwd(), file)}: "${label}", on top of "${base.id}" (data version ${edition.dataVersion}).
Next: add cited changes (README, "To add an edition"), write golden links for it, then npm test.`);
