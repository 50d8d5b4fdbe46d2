import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scenarioDir } from './cli-fixture.ts';

const dir = scenarioDir();
mkdirSync(join(dir, 'folder.yaml'));
writeFileSync(join(dir, 'zero.yaml'), 'extends: /dev/zero\n');
writeFileSync(join(dir, 'utf16.yaml'), Buffer.from('\uFEFFdays: 10\n', 'utf16le'));
writeFileSync(join(dir, 'huge.yaml'), `# ${'x'.repeat(2_000_000)}\n`);

describe('scenario files the CLI refuses to read', () => {
  it('refuses extends: /dev/zero at once instead of reading forever', async () => {
    const r = await runCli(['validate', 'zero.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: zero.yaml:1:10: extends: /dev/zero is a character device, not a scenario file');
  });

  it('refuses a device, a folder and an oversized file as input, on stderr', async () => {
    const r = await runCli(['validate', '/dev/urandom', 'folder.yaml', 'huge.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('/dev/urandom is a character device, not a scenario file');
    expect(r.stderr).toContain('folder.yaml is a folder, not a scenario file');
    expect(r.stderr).toContain('cannot read');
    expect(r.stderr).toContain('the file is 2,000,003 bytes; a scenario file may be at most 1,048,576 bytes');
  });

  it('reads a UTF-16 scenario file', async () => {
    const r = await runCli(['validate', 'utf16.yaml'], dir);
    expect(r).toMatchObject({ code: 0, stdout: 'OK utf16.yaml\n' });
  });
});
