// English texts of results that refine while a run is under way (spread into en.ts).
export const instantEn = {
  'results.partial': 'First results: {done} of {total} replications so far; the cards refine as each lands, then charts and tables follow.',
} as const;
