import { describe, expect, it } from 'vitest';
import { parseArgs, type FlagSpec } from '../../cli/args.ts';
import { didYouMean } from '../../cli/did-you-mean.ts';
import { editDistance } from '../../sim/text/didYouMean.ts';
import { UsageError } from '../../cli/io.ts';

const spec: FlagSpec = { seed: { min: 0, max: 99, integer: true, unit: '' }, reps: { min: 1, max: 10, integer: true, unit: 'replications' }, json: 'string', vary: 'list', help: 'boolean' };

describe('parseArgs', () => {
  it('reads positionals, typed values, --flag=value and repeated list flags', () => {
    const p = parseArgs(['a.yaml', '--seed', '7', '--reps=3', '--vary', 'x=1,2', '--vary=y=3', '--help', 'b.yaml'], spec);
    expect(p.positional).toEqual(['a.yaml', 'b.yaml']);
    expect(p.flags).toEqual({ seed: 7, reps: 3, vary: ['x=1,2', 'y=3'], help: true });
  });

  it('suggests the closest flag for an unknown one', () => {
    expect(() => parseArgs(['--seeed', '1'], spec)).toThrow(new UsageError('unknown option --seeed; did you mean --seed?'));
    expect(() => parseArgs(['--colour'], spec)).toThrow('unknown option --colour');
  });

  it('explains bad and missing values', () => {
    expect(() => parseArgs(['--reps', '0'], spec)).toThrow(new UsageError('--reps: expected a whole number from 1 to 10 (replications), got 0'));
    expect(() => parseArgs(['--reps', '11'], spec)).toThrow('--reps: expected a whole number from 1 to 10 (replications), got 11');
    expect(() => parseArgs(['--reps', '2.5'], spec)).toThrow('--reps: expected a whole number from 1 to 10 (replications), got 2.5');
    expect(() => parseArgs(['--seed', '-3'], spec)).toThrow('--seed: expected a whole number from 0 to 99, got -3');
    expect(() => parseArgs(['--reps', 'ten'], spec)).toThrow('--reps: expected a whole number, got "ten"');
    expect(() => parseArgs(['--reps', 'NaN'], spec)).toThrow('--reps: expected a whole number, got "NaN"');
    expect(parseArgs(['--seed', '1_0', '--reps', '1e1'], spec).flags).toEqual({ seed: 10, reps: 10 });
    expect(() => parseArgs(['--json'], spec)).toThrow('--json needs a value');
    expect(() => parseArgs(['--json', '--seed', '1'], spec)).toThrow('--json needs a value');
    expect(() => parseArgs(['--help=yes'], spec)).toThrow('--help takes no value');
  });

  it('treats everything after -- as positional', () => {
    expect(parseArgs(['--', '--seed'], spec).positional).toEqual(['--seed']);
  });
});

describe('didYouMean', () => {
  it('finds close words and ignores far ones', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('rnu', 'run')).toBe(1);
    expect(didYouMean('rnu', ['run', 'compare', 'sweep'])).toBe('run');
    expect(didYouMean('valdiate', ['run', 'validate'])).toBe('validate');
    expect(didYouMean('xyzzy', ['run', 'compare'])).toBeUndefined();
  });
});
