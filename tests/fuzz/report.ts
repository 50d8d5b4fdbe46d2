// What a fuzzing target reports (cases accepted or rejected, crashes, hangs, unlocated messages)
// and the one loop every target runs its cases through: timing, crash and hang accounting.
import fc from 'fast-check';

/** Counts of one target's run. */
export interface FuzzReport {
  target: string;
  cases: number;
  accepted: number;
  rejected: number;
  crashes: number;
  hangs: number;
  unlocated: number;
  /** Wall-clock seconds the cases took. */
  seconds: number;
  /** Up to five failing inputs, for the report. */
  examples: string[];
}

/** A case slower than this counts as a hang (ms). */
export const HANG_MS = 10_000;

/** Most failing inputs a report keeps. */
const MAX_EXAMPLES = 5;

/** Counts one failing case of `kind`, keeping the first few inputs with why they failed. */
export function note(r: FuzzReport, kind: 'crashes' | 'hangs' | 'unlocated', input: string, why: string): void {
  r[kind]++;
  if (r.examples.length < MAX_EXAMPLES) r.examples.push(`${kind}: ${why} ← ${JSON.stringify(input.slice(0, 300))}`);
}

/** How one case went: accepted, rejected with a located message, or rejected without one. */
export type Verdict = 'accepted' | 'rejected' | { unlocated: string } | { crash: string };

/**
 * Runs `numRuns` cases drawn from `arbitrary` (fast-check, seeded by `seed`) through `check`,
 * counting its verdicts; a throw is a crash, a case over HANG_MS a hang.
 */
export async function fuzzTarget<T>(target: string, arbitrary: fc.Arbitrary<T>, numRuns: number, seed: number, show: (input: T) => string, check: (input: T) => Verdict | Promise<Verdict>): Promise<FuzzReport> {
  const r: FuzzReport = { target, cases: 0, accepted: 0, rejected: 0, crashes: 0, hangs: 0, unlocated: 0, seconds: 0, examples: [] };
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(arbitrary, async (input) => {
      r.cases++;
      const t0 = performance.now();
      try {
        const verdict = await check(input);
        if (verdict === 'accepted') r.accepted++;
        else if (verdict === 'rejected') r.rejected++;
        else if ('unlocated' in verdict) (r.rejected++, note(r, 'unlocated', show(input), verdict.unlocated));
        else note(r, 'crashes', show(input), verdict.crash);
      } catch (err) {
        note(r, 'crashes', show(input), String((err as Error).stack ?? err).slice(0, 300));
      }
      const ms = performance.now() - t0;
      if (ms > HANG_MS) note(r, 'hangs', show(input), `${Math.round(ms)} ms`);
    }),
    { numRuns, seed },
  );
  r.seconds = (performance.now() - started) / 1000;
  return r;
}

/** The reports of one target's parts (run apart, e.g. in two processes) as one: counts added, wall time the longest part's. */
export function mergeReports(parts: readonly FuzzReport[]): FuzzReport {
  const sum = (k: 'cases' | 'accepted' | 'rejected' | 'crashes' | 'hangs' | 'unlocated') => parts.reduce((s, p) => s + p[k], 0);
  return {
    target: parts[0].target,
    cases: sum('cases'),
    accepted: sum('accepted'),
    rejected: sum('rejected'),
    crashes: sum('crashes'),
    hangs: sum('hangs'),
    unlocated: sum('unlocated'),
    seconds: Math.max(...parts.map((p) => p.seconds)),
    examples: parts.flatMap((p) => p.examples).slice(0, MAX_EXAMPLES),
  };
}
