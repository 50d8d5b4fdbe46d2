// Forecast accuracy metrics, as free functions.
export * from './point.ts';
export * from './scaled.ts';
export * from './intervals.ts';
export * from './weighted.ts';
