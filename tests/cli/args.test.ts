import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../cli/args.ts';
import { didYouMean } from '../../cli/did-you-mean.ts';
import { editDistance } from '../../sim/text/didYouMean.ts';
import { UsageError } from '../../cli/io.ts';

const spec = { seed: 'nonNegativeInt', reps: 'positiveInt', json: 'string', vary: 'list', help: 'boolean' } as const;

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
    expect(() => parseArgs(['--reps', '0'], spec)).toThrow('--reps must be at least 1, got 0');
    expect(() => parseArgs(['--seed', '-3'], spec)).toThrow('--seed must be 0 or more, got -3');
    expect(() => parseArgs(['--reps', 'ten'], spec)).toThrow('--reps expects a whole number, got "ten"');
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
