import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ScenarioFileError, describeError } from '../../cli/errors.ts';
import { UsageError, type CliIO } from '../../cli/io.ts';
import { main } from '../../cli/main.ts';
import { LeverError } from '../../sim/experiment/set-path.ts';
import { loaderMessage } from '../../sim/scenario/loaderMessages.ts';

function capture(): { io: CliIO; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { io: { stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false, cwd: '/' }, out: () => out, err: () => err };
}

describe('error reporting', () => {
  it('turns the user\'s mistakes into a message and exit 2', () => {
    expect(describeError(new UsageError('--reps must be at least 1, got 0'))).toEqual({ message: 'error: --reps must be at least 1, got 0', code: 2 });
    const lever = new LeverError(loaderMessage('lever.noSetting', { key: 'b', at: 'a', available: ['c'] }), 'a.b');
    expect(describeError(lever)).toEqual({ message: 'error: a.b: no setting "b" at a; available: c', code: 2 });
    expect(describeError(lever, 'zh')).toEqual({ message: '错误：a.b: a 下没有设置 "b"；可用的有：c', code: 2 });
    expect(describeError(new ScenarioFileError(['error: x.yaml:1:1: days: bad', 'warning: x.yaml:2:1: y: odd']))).toEqual({
      message: 'error: x.yaml:1:1: days: bad\nwarning: x.yaml:2:1: y: odd',
      code: 2,
    });
  });

  it('reports anything else as an internal error with its stack and exit 1', () => {
    const { message, code } = describeError(new TypeError('x is undefined'));
    expect(code).toBe(1);
    expect(message).toMatch(/^internal error: TypeError: x is undefined\n\s+at /);
    expect(message).toContain('This is a bug in ShopLab');
  });

  it('says a command is not available when its module is missing, and reports a crashing command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoplab-commands-'));
    writeFileSync(join(dir, 'run.ts'), "export const main = async () => { throw new RangeError('kaboom'); };\n");
    const commands = pathToFileURL(`${dir}/`);
    const missing = capture();
    expect(await main(['forecast', 'x.csv'], missing.io, commands)).toBe(1);
    expect(missing.err()).toBe('shoplab: command forecast is not available in this build\n');
    const crashing = capture();
    expect(await main(['run', 'x.yaml'], crashing.io, commands)).toBe(1);
    expect(crashing.err()).toMatch(/^internal error: RangeError: kaboom\n/);
  });
});
