// English texts of results that refine while a run is under way and of live what-if (spread into en.ts).
export const instantEn = {
  'results.partial': 'First results: {done} of {total} replications so far; cards, charts and tables refine as each lands.',
  'results.livePreview': 'Live preview: {done} of {total} replications, refining to the full run.',
  'results.ciMean': '95 % interval of the mean',
  'live.toggle': 'Live',
  'live.hint': 'Re-run by itself when a lever moves: a preview from the first replications, refined to the full run.',
  'live.pending': 'Lever moved: re-running…',
  'compare.partial': 'First results: {done} of {total} paired replications so far; the deltas refine as each lands.',
} as const;
