import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../cli/args.ts';
import type { CliIO } from '../../cli/io.ts';
import { RUN_FLAGS, applyRunFlags, toJson, workerCount, writeOutput } from '../../cli/options.ts';
import { ScenarioSchema } from '../../sim/scenario/schema.ts';

const io = (defaultWorkers: number): CliIO => ({ stdout: () => {}, stderr: () => {}, isTTY: false, cwd: '/', defaultWorkers });

describe('shared run options', () => {
  it('choose one worker per core but not for a handful of replications', () => {
    const none = parseArgs([], RUN_FLAGS);
    expect(workerCount(none, io(8), 3)).toBe(1);
    expect(workerCount(none, io(8), 12)).toBe(2);
    expect(workerCount(none, io(8), 200)).toBe(8);
    expect(workerCount(parseArgs(['--workers', '6'], RUN_FLAGS), io(2), 3)).toBe(3);
  });

  it('apply --seed, --reps and --days to the scenario and validate them', () => {
    const s = applyRunFlags(ScenarioSchema.parse({}), parseArgs(['--seed', '5', '--reps', '7', '--days', '30'], RUN_FLAGS));
    expect([s.seed, s.replications, s.days]).toEqual([5, 7, 30]);
    expect(() => applyRunFlags(ScenarioSchema.parse({}), parseArgs(['--days', '5000'], RUN_FLAGS))).toThrow('--days: expected a whole number from 1 to 3,650 (days), got 5000');
  });

  it('write JSON with null for undefined numbers and arrays for typed arrays', () => {
    expect(toJson({ a: NaN, b: Float64Array.from([1, Infinity]) })).toBe('{\n  "a": null,\n  "b": [\n    1,\n    null\n  ]\n}\n');
  });

  it('write output files, creating missing folders, and explain a file that cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoplab-out-'));
    const here: CliIO = { ...io(1), cwd: dir };
    writeOutput(here, 'a/b/out.txt', 'hello\n');
    expect(readFileSync(join(dir, 'a', 'b', 'out.txt'), 'utf8')).toBe('hello\n');
    writeFileSync(join(dir, 'file'), '');
    expect(() => writeOutput(here, 'file/out.txt', 'x')).toThrow(/^cannot write file\/out\.txt: E[A-Z]+: /);
  });
});
