import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ (docs/architecture.md): which folders each may import, which
 * packages it may not. Imports flow one way: app -> features -> state, flow, share,
 * engine, components -> schema. A broken rule fails `npm run lint` with the rule's name.
 */
const FOLDERS = ['app', 'features', 'state', 'flow', 'share', 'engine', 'components', 'data', 'schema'];
const UI_PACKAGES = ['react', 'react-dom', 'zustand', 'recharts', 'react-hook-form', '@hookform/resolvers', 'uqr'];
export const LAYERS = [
  { folder: 'schema', rule: 'schema is the bottom layer', may: [], ui: false },
  { folder: 'engine', rule: 'the engine is pure and takes its dataset', may: ['schema'], ui: false },
  { folder: 'share', rule: 'the share-link codec is pure', may: ['schema'], ui: false },
  { folder: 'flow', rule: 'the wizard flow is pure', may: ['engine', 'schema'], ui: false },
  { folder: 'data', rule: 'data assembles the checked files', may: ['schema'], ui: false },
  { folder: 'components', rule: 'shared components know no feature or state', may: ['schema'], ui: true },
  { folder: 'state', rule: 'the store holds answers only', may: ['flow', 'schema', 'data'], ui: true },
  { folder: 'features', rule: 'features do not import the app', may: ['state', 'flow', 'share', 'engine', 'components', 'data', 'schema'], ui: true },
];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// `../x/` from a top-level folder, `../../x/` from a feature (an optional leading `./` too): any
// climb that lands in folder x.
const intoFolder = (folders) => `^(\\./)?(\\.\\./)+(${folders.join('|')})(/|$)`;
// Climbing out of src/ altogether: only src/data may (to import the JSON in data/).
const outOfSrc = (depth) => `^(\\./)?(\\.\\./){${depth + 1},}`;

/** The global syntax rules, repeated in each layer block (a later block's rule replaces an earlier one). */
const SYNTAX = [
  { selector: 'TSEnumDeclaration', message: 'Use a union type or z.enum instead of enum.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Nothing is rendered as HTML.' },
];

/** One layer's rules: static imports (no-restricted-imports) and dynamic `import()` (no-restricted-syntax) alike. */
function layerRules(patterns) {
  // esquery's /regex/ allows no slash inside: write each one as \x2F.
  const dynamic = patterns.map(({ regex, message }) => ({ selector: `ImportExpression > Literal[value=/${regex.replaceAll('\\/', '/').replaceAll('/', '\\x2F')}/]`, message }));
  return { 'no-restricted-imports': ['error', { patterns }], 'no-restricted-syntax': ['error', ...SYNTAX, ...dynamic] };
}

function layerBlocks() {
  const blocks = LAYERS.map(({ folder, rule, may, ui }) => {
    const forbidden = FOLDERS.filter((f) => f !== folder && !may.includes(f));
    const patterns = [{ regex: intoFolder(forbidden), message: `Layer rule “${rule}”: src/${folder}/ may import only ${may.length > 0 ? may.map((f) => `src/${f}/`).join(', ') : 'zod'} (docs/architecture.md).` }];
    if (folder !== 'data') patterns.push({ regex: outOfSrc(folder === 'features' ? 2 : 1), message: `Layer rule “only src/data imports data/”: src/${folder}/ reaches outside src/; take data through src/data/editions.ts.` });
    if (!ui) patterns.push({ regex: `^(${UI_PACKAGES.map(escape).join('|')})(/|$)`, message: `Layer rule “${rule}”: no React, store or chart code in src/${folder}/.` });
    return { files: [`src/${folder}/**/*.{ts,tsx}`], rules: layerRules(patterns) };
  });
  // Each feature: the same rules as every feature, plus never another feature (the app composes them).
  const features = readdirSync('src/features', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  const featureBlock = blocks.find((b) => b.files[0].startsWith('src/features/'));
  const featurePatterns = featureBlock.rules['no-restricted-imports'][1].patterns;
  for (const feature of features) {
    blocks.push({
      files: [`src/features/${feature}/**/*.{ts,tsx}`],
      rules: layerRules([
        ...featurePatterns,
        { regex: `^(\\./)?\\.\\./(?!${escape(feature)}/)[\\w-]+/|(^|/)features/(?!${escape(feature)}/)`, message: `Layer rule “features never import each other”: src/features/${feature}/ imports another feature; let src/app/ compose them, or move what both need down a layer.` },
      ]),
    });
  }
  return blocks;
}

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
  ...layerBlocks(),
  {
    // The pure layers: no clock, no randomness, no DOM.
    files: ['src/engine/**/*.ts', 'src/share/**/*.ts', 'src/schema/**/*.ts', 'src/flow/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'location'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The engine is deterministic.' },
        { object: 'Math', property: 'random', message: 'The engine is deterministic.' },
      ],
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
