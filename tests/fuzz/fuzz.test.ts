// The fuzzing suite at a size that fits CI (a few seconds); `npm run fuzz` runs it big.
import { describe, expect, it } from 'vitest';
import { cliFuzzDir } from './fixture.ts';
import { fuzzCli } from './cli-target.ts';
import type { FuzzReport } from './report.ts';
import { fuzzCsv, fuzzScenarios } from './targets.ts';

const sound = (r: FuzzReport) => expect({ crashes: r.crashes, hangs: r.hangs, unlocated: r.unlocated, examples: r.examples }).toEqual({ crashes: 0, hangs: 0, unlocated: 0, examples: [] });

describe('fuzzing: every input is accepted and sound, or rejected with a located message', () => {
  it('mutated scenario files through the loader and the engine', () => {
    const r = fuzzScenarios(20);
    sound(r);
    expect(r.accepted + r.rejected).toBe(r.cases);
    expect(r.rejected).toBeGreaterThan(0);
  }, 120_000);

  it('mutated sales CSVs through the reader and two forecasters', () => {
    const r = fuzzCsv(60);
    sound(r);
    expect(r.accepted).toBeGreaterThan(0);
    expect(r.rejected).toBeGreaterThan(0);
  }, 120_000);

  it('CLI flag combinations, values outside every stated range included, exit 0 or 2 naming the flag, never with a stack', async () => {
    const r = await fuzzCli(16, cliFuzzDir());
    sound(r);
    expect(r.rejected).toBeGreaterThan(0);
  }, 180_000);
});
