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

function emptyReport(target: string): FuzzReport {
  return { target, cases: 0, accepted: 0, rejected: 0, crashes: 0, hangs: 0, unlocated: 0, seconds: 0, examples: [] };
}

/** Counts one case that began at `t0`: its verdict, or what it threw (a crash); over HANG_MS it is also a hang. */
function tally(r: FuzzReport, shown: string, t0: number, outcome: { verdict: Verdict } | { thrown: unknown }): void {
  r.cases++;
  if ('thrown' in outcome) note(r, 'crashes', shown, String((outcome.thrown as Error).stack ?? outcome.thrown).slice(0, 300));
  else if (outcome.verdict === 'accepted') r.accepted++;
  else if (outcome.verdict === 'rejected') r.rejected++;
  else if ('unlocated' in outcome.verdict) (r.rejected++, note(r, 'unlocated', shown, outcome.verdict.unlocated));
  else note(r, 'crashes', shown, outcome.verdict.crash);
  const ms = performance.now() - t0;
  if (ms > HANG_MS) note(r, 'hangs', shown, `${Math.round(ms)} ms`);
}

/**
 * Runs `numRuns` cases drawn from `arbitrary` (fast-check, seeded by `seed`) through `check`,
 * counting its verdicts; a throw is a crash, a case over HANG_MS a hang. Synchronous: an async
 * property costs ~0.25 ms a case, more than a whole CSV case.
 */
export function fuzzTarget<T>(target: string, arbitrary: fc.Arbitrary<T>, numRuns: number, seed: number, show: (input: T) => string, check: (input: T) => Verdict): FuzzReport {
  const r = emptyReport(target);
  const started = performance.now();
  fc.assert(
    fc.property(arbitrary, (input) => {
      const t0 = performance.now();
      let outcome: { verdict: Verdict } | { thrown: unknown };
      try {
        outcome = { verdict: check(input) };
      } catch (thrown) {
        outcome = { thrown };
      }
      tally(r, show(input), t0, outcome);
    }),
    { numRuns, seed },
  );
  r.seconds = (performance.now() - started) / 1000;
  return r;
}

/** fuzzTarget for a `check` that must be awaited (the CLI runs commands asynchronously). */
export async function fuzzTargetAsync<T>(target: string, arbitrary: fc.Arbitrary<T>, numRuns: number, seed: number, show: (input: T) => string, check: (input: T) => Promise<Verdict>): Promise<FuzzReport> {
  const r = emptyReport(target);
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(arbitrary, async (input) => {
      const t0 = performance.now();
      const outcome = await check(input).then((verdict) => ({ verdict }), (thrown: unknown) => ({ thrown }));
      tally(r, show(input), t0, outcome);
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
