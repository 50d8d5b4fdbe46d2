// The CLI's own messages follow `--lang` or the locale; without either they are English.
import { describe, expect, it } from 'vitest';
import { pickCliLang } from '../../cli/lang.ts';
import { runCli, scenarioDir } from './cli-fixture.ts';

const dir = scenarioDir();

describe('the CLI language', () => {
  it('comes from --lang anywhere on the line, which is removed before the command sees it', () => {
    expect(pickCliLang(['run', 'a.yaml', '--lang', 'zh'], {})).toEqual({ lang: 'zh', args: ['run', 'a.yaml'] });
    expect(pickCliLang(['--lang=en', 'help'], { LANG: 'zh_CN.UTF-8' })).toEqual({ lang: 'en', args: ['help'] });
  });

  it('follows the locale when no --lang is given, LC_ALL first', () => {
    expect(pickCliLang(['help'], { LANG: 'zh_CN.UTF-8' }).lang).toBe('zh');
    expect(pickCliLang(['help'], { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }).lang).toBe('en');
    expect(pickCliLang(['help'], {}).lang).toBe('en');
  });

  it('refuses an unknown language with exit code 2 and says what it expected', async () => {
    const r = await runCli(['help', '--lang', 'fr'], dir);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'shoplab: --lang: expected en or zh, got "fr"\n' });
  });

  it('prints the help and the unknown-command message in Chinese', async () => {
    const help = await runCli(['help', '--lang', 'zh'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('用法：shoplab <命令> [选项]');
    expect(help.stdout).toMatch(/^ {2}run +模拟一个场景/m);
    const typo = await runCli(['rnu'], dir, { env: { LANG: 'zh_CN.UTF-8' } });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('shoplab：未知命令 "rnu"；你是不是想写 run？');
  });
});

describe('the Chinese command list', () => {
  it('has a Chinese summary for every command', async () => {
    const { COMMANDS } = await import('../../cli/main.ts');
    const { cliText } = await import('../../cli/lang.ts');
    for (const name of Object.keys(COMMANDS)) expect(cliText('zh', `cmd.${name}`), name).toMatch(/[\u4e00-\u9fff]/);
  });
});
