// `shoplab forecast --events cn`: the built-in Chinese retail calendar as covariates.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { repoRoot, runCli } from './cli-fixture.ts';

const SAMPLE = join(repoRoot, 'models', 'data', 'sample-sales.csv');

describe('shoplab forecast --events', () => {
  it('forecasts with the calendar, and rejects an unknown calendar with exit 2 naming the flag', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoplab-events-'));
    const ok = await runCli(['forecast', SAMPLE, '--h', '7', '--models', 'dhr', '--backtest', '0', '--events', 'cn'], dir);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const bad = await runCli(['forecast', SAMPLE, '--events', 'us'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--events: expected cn');
  });
});
