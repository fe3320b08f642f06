import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ (docs/architecture.md): which folders each may import, whether it may use
 * UI packages or zod. Imports flow one way: app -> features -> state, flow, share, engine,
 * components, words -> schema. Checked as zones over resolved file paths
 * (import-x/no-restricted-paths), static imports, re-exports and `import()` alike, so a
 * sub-folder of a feature may import a sibling folder of the same feature and never another
 * feature, however the path is spelled. A broken rule fails `npm run lint` with the rule's name.
 */
const FOLDERS = ['app', 'features', 'state', 'flow', 'share', 'engine', 'words', 'components', 'data', 'schema'];
const UI_PACKAGES = ['react', 'react-dom', 'zustand', 'recharts', 'react-hook-form', '@hookform/resolvers', 'uqr'];
export const LAYERS = [
  { folder: 'schema', rule: 'schema is the bottom layer', may: [], ui: false, zod: true },
  { folder: 'engine', rule: 'the engine is pure and takes its dataset', may: ['schema'], ui: false, zod: false },
  { folder: 'share', rule: 'the share-link codec is pure', may: ['schema'], ui: false, zod: false },
  { folder: 'words', rule: 'words are pure text builders', may: ['engine', 'schema'], ui: false, zod: false },
  { folder: 'flow', rule: 'the wizard flow is pure', may: ['engine', 'schema'], ui: false, zod: false },
  // Older editions' data loads on request, through the one loader every lazy part uses.
  { folder: 'data', rule: 'data hands out the checked files', may: ['schema'], only: { components: ['load-once.ts'] }, ui: false, zod: true },
  { folder: 'components', rule: 'shared components know no feature or state', may: ['words', 'schema'], ui: true, zod: false },
  { folder: 'state', rule: 'the store holds answers only', may: ['flow', 'schema', 'data'], ui: true, zod: false },
  { folder: 'features', rule: 'features do not import the app', may: ['state', 'flow', 'share', 'engine', 'words', 'components', 'data', 'schema'], ui: true, zod: true },
];
/** The layers that decide or describe: no clock, no randomness, no DOM, no storage. */
const PURE = LAYERS.filter((l) => !l.ui && l.folder !== 'data').map((l) => l.folder);

const list = (folders) => folders.map((f) => `src/${f}/`).join(', ');
/** Packages as resolved paths: wherever npm put them, they resolve into node_modules/<name>. */
const packages = (names) => names.map((name) => `node_modules/${name}`);

function layerZones() {
  const zones = [];
  for (const { folder, rule, may, only = {}, ui, zod } of LAYERS) {
    const forbidden = FOLDERS.filter((f) => f !== folder && !may.includes(f) && !Object.hasOwn(only, f));
    const target = `./src/${folder}`;
    const allowed = [list(may), ...Object.entries(only).map(([f, files]) => files.map((file) => `src/${f}/${file}`).join(', '))].filter(Boolean).join(', ');
    const message = `Layer rule “${rule}”: src/${folder}/ may import only ${allowed || 'zod'} (docs/architecture.md).`;
    zones.push({ target, from: forbidden.map((f) => `./src/${f}`), message });
    // A folder it may take named files from, and nothing else of it.
    for (const [f, files] of Object.entries(only)) zones.push({ target, from: `./src/${f}`, except: files.map((file) => `./${file}`), message });
    if (folder !== 'data') zones.push({ target, from: './data', message: `Layer rule “only src/data imports data/”: src/${folder}/ reaches the JSON in data/; take data through src/data/editions.ts.` });
    if (!ui) zones.push({ target, from: packages(UI_PACKAGES), message: `Layer rule “${rule}”: no React, store or chart code in src/${folder}/.` });
    if (!zod) zones.push({ target, from: packages(['zod']), message: `Layer rule “no zod on the result page”: src/${folder}/ checks answers without zod (docs/decisions/0007).` });
  }
  // The result page loads no zod (docs/decisions/0007): the results feature and the app shell check answers by hand.
  for (const target of ['./src/features/results', './src/app']) {
    zones.push({ target, from: packages(['zod']), message: `Layer rule “no zod on the result page”: ${target.slice(2)}/ checks answers without zod (docs/decisions/0007).` });
  }
  // Each feature: never another feature (the app composes them); its own sub-folders import each other freely.
  const features = readdirSync('src/features', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  for (const feature of features) {
    zones.push({ target: `./src/features/${feature}`, from: './src/features', except: [`./${feature}`], message: `Layer rule “features never import each other”: src/features/${feature}/ imports another feature; let src/app/ compose them, or move what both need down a layer.` });
  }
  return zones;
}

/** The global syntax rules, repeated where a block sets no-restricted-syntax (a later block's rule replaces an earlier one). */
const SYNTAX = [
  { selector: 'TSEnumDeclaration', message: 'Use a union type or z.enum instead of enum.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Nothing is rendered as HTML.' },
];
const PURE_MESSAGE = 'Layer rule “pure layers are deterministic”: no clock, randomness, DOM or storage here; take it as an argument.';

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'test-results', 'playwright-report', 'node_modules', '.lighthouse'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': ['error', ...SYNTAX],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones() }],
      // Every lazy part through the one guarded loader (a chunk gone after a redeploy reloads once; components/load-once.ts).
      'no-restricted-syntax': [
        'error',
        ...SYNTAX,
        { selector: "ImportExpression:not(CallExpression[callee.name='loadOnce'] > ArrowFunctionExpression > ImportExpression)", message: 'Load a part with loadOnce(() => import(…)) (components/load-once.ts): a bare import() fails silently after a redeploy.' },
      ],
    },
  },
  {
    files: PURE.map((folder) => `src/${folder}/**/*.ts`),
    rules: {
      'no-restricted-globals': ['error', ...['window', 'document', 'self', 'globalThis', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'location', 'performance', 'Date', 'crypto'].map((name) => ({ name, message: PURE_MESSAGE }))],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: PURE_MESSAGE }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
