// The editions composed at build time (scripts/build/edition-data-plugin.ts). An ambient module
// cannot import the dataset's types by a relative path, so it is declared untyped here and
// src/data/editions.ts gives it its type (ComposedEditions, in src/schema/dataset.ts).
declare module 'virtual:editions';
