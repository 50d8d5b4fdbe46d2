import { describe, expect, it } from 'vitest';
import { decodeScenarioBytes } from '../../../sim/scenario/decode.ts';
import { formatIssue, parseScenarioText, type LoadResult } from '../../../sim/scenario/index.ts';
import { SCENARIO_FILE_LIMITS } from '../../../sim/scenario/loaderMessages.ts';
import { lines } from './memoryFiles.ts';

const messages = (r: LoadResult) => (r.ok ? [] : r.issues.map(formatIssue));
const firstIssue = (r: LoadResult) => (r.ok ? null : r.issues[0]);

describe('the loader on hostile or broken files', () => {
  it('refuses deep nesting with a place and a stated limit, quickly and without a stack overflow', () => {
    const started = performance.now();
    const json = `{"params": ${'['.repeat(20000)}${']'.repeat(20000)}}`;
    expect(messages(parseScenarioText(json, { fileName: 'deep.json' }))).toEqual(['deep.json:1:43: not valid JSON: mappings and lists are nested more than 32 levels deep']);
    const yaml = `params: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}`;
    expect(messages(parseScenarioText(yaml, { fileName: 'deep.yaml' }))[0]).toMatch(/^deep\.yaml:1:\d+: not valid YAML: mappings and lists are nested more than 32 levels deep$/);
    const block = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    expect(messages(parseScenarioText(block, { fileName: 'block.yaml' }))[0]).toMatch(/^block\.yaml:\d+:\d+: not valid YAML: mappings and lists are nested more than 32 levels deep$/);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('locates an alias bomb at the alias where it blows up', () => {
    const bomb = lines('a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]');
    const issue = firstIssue(parseScenarioText(bomb, { fileName: 'bomb.yaml' }));
    expect(issue).toMatchObject({ line: 4, column: 8, code: 'yaml.aliasBomb', params: { alias: 'c', max: SCENARIO_FILE_LIMITS.maxAliasCount } });
  });

  it('locates a merge key followed by a number', () => {
    expect(messages(parseScenarioText(lines('days: 10', 'population:', '  <<: 5'), { fileName: 'm.yaml' }))).toEqual([
      'm.yaml:3:7: not valid YAML: a merge key (<<) must be followed by a mapping or an alias of one, got 5',
    ]);
  });

  it('reads JSON after a byte-order mark and locates JSON syntax errors', () => {
    expect(parseScenarioText('\uFEFF{"days": 10}', { fileName: 'bom.json' }).ok).toBe(true);
    expect(messages(parseScenarioText('\uFEFF{"days": 10,}', { fileName: 'bom.json' }))).toEqual(['bom.json:1:13: not valid JSON: Expected double-quoted property name']);
    expect(messages(parseScenarioText('{"days": tru}', { fileName: 'bad.json' }))).toEqual(["bad.json:1:10: not valid JSON: Unexpected token '}'"]);
  });

  it('checks duplicate keys in linear time, so many params load fast', () => {
    // 40,000 entries: seconds when linear; a quadratic duplicate check took minutes.
    const many = `params: {${Array.from({ length: 40000 }, (_, i) => `p${i}: ${i}`).join(', ')}}`;
    const started = performance.now();
    expect(messages(parseScenarioText(many, { fileName: 'many.yaml' }))).toEqual(['many.yaml:1:9: params: at most 1000 params, got 40000']);
    expect(performance.now() - started).toBeLessThan(20000);
    expect(messages(parseScenarioText(lines('days: 3', 'seed: 1', 'days: 4'), { fileName: 'd.yaml' }))).toEqual(['d.yaml:3:1: not valid YAML: the same key appears twice in one mapping ("days")']);
  });

  it('refuses a key that is a mapping or a list, at its place, instead of letting the parser warn about it', () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      expect(messages(parseScenarioText(lines('name: x', '{ kind: organic }: 3'), { fileName: 'k.yaml' }))).toEqual(['k.yaml:2:1: not valid YAML: a key must be a plain name, not a mapping']);
      expect(messages(parseScenarioText(lines('channels:', '  ? [a, b]', '  : 1'), { fileName: 'l.yaml' }))).toEqual(['l.yaml:2:5: not valid YAML: a key must be a plain name, not a list']);
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toEqual([]);
  });

  it('refuses text longer than a scenario file may be', () => {
    const issue = firstIssue(parseScenarioText(`# ${'x'.repeat(SCENARIO_FILE_LIMITS.maxBytes)}`, { fileName: 'big.yaml' }));
    expect(issue).toMatchObject({ code: 'file.tooLarge', message: 'the file is 1,048,578 bytes; a scenario file may be at most 1,048,576 bytes' });
  });
});

describe('decodeScenarioBytes', () => {
  const utf16 = (text: string, le: boolean, mark: boolean) => {
    const out = new Uint8Array((text.length + (mark ? 1 : 0)) * 2);
    const units = (mark ? '\uFEFF' : '') + text;
    for (let i = 0; i < units.length; i++) {
      const c = units.charCodeAt(i);
      out[2 * i + (le ? 0 : 1)] = c & 0xff;
      out[2 * i + (le ? 1 : 0)] = c >> 8;
    }
    return out;
  };

  it('decodes UTF-16 with or without a byte-order mark, little- or big-endian', () => {
    for (const [le, mark] of [[true, true], [false, true], [true, false], [false, false]]) {
      expect(decodeScenarioBytes(utf16('days: 10\nname: 店\n', le, mark))).toEqual({ ok: true, text: 'days: 10\nname: 店\n' });
    }
  });

  it('strips a UTF-8 byte-order mark and refuses binary data and invalid UTF-8 with the byte', () => {
    expect(decodeScenarioBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: 'a' });
    expect(decodeScenarioBytes(new Uint8Array([0x61, 0x62, 0x63, 0x64, 0, 0x61, 0x62]))).toMatchObject({ ok: false, message: { code: 'text.binary', params: { offset: 4 } } });
    expect(decodeScenarioBytes(new Uint8Array([0x61, 0x62, 0xc3, 0x28]))).toMatchObject({ ok: false, message: { code: 'text.notUtf8', params: { offset: 2 } } });
  });
});
