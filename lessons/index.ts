// Lessons as data: the schema, the loader (YAML + Markdown in English and Chinese), running
// their steps on the real engine and models, and the reveal.
export * from './schema.ts';
export * from './text.ts';
export * from './outputs.ts';
export * from './load.ts';
export * from './run.ts';
export * from './reveal.ts';
export * from './guess.ts';
