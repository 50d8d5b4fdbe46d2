// The panel adds the built-in Chinese retail calendar as known covariates when asked.
import { describe, expect, it } from 'vitest';
import { readSalesCsv } from '../../../models/data/sales-reader.ts';
import { forecastPanel } from '../../../models/backtest/panel.ts';
import { dhr } from '../../../models/harmonic/dhr.ts';
import { chinaRetailEvents } from '../../../models/calendar/china-retail.ts';

/** Weekly sales from 2022-01-03 with a jump in the Spring Festival week and noise-free otherwise. */
function weeklyCsv(weeks: number): string {
  const start = Date.UTC(2022, 0, 3) / 86_400_000;
  const festival = chinaRetailEvents(start, 7, weeks).spring_festival;
  const rows = ['unique_id,ds,y'];
  for (let t = 0; t < weeks; t++) {
    const ds = new Date((start + 7 * t) * 86_400_000).toISOString().slice(0, 10);
    rows.push(`A,${ds},${100 + 10 * Math.sin(t / 3) + 80 * festival[t]}`);
  }
  return rows.join('\n');
}

describe('forecastPanel with events', () => {
  it('gives covariate-aware models the event columns over history and horizon', () => {
    const read = readSalesCsv(weeklyCsv(110));
    if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('; '));
    const details: string[] = [];
    forecastPanel(read.data, [dhr], { h: 4, levels: [80], windows: 0, events: 'china', onForecast: (_, __, output) => details.push(output.detail ?? '') });
    expect(details[0]).toMatch(/spring_festival/);
    const plain: string[] = [];
    forecastPanel(read.data, [dhr], { h: 4, levels: [80], windows: 0, onForecast: (_, __, output) => plain.push(output.detail ?? '') });
    expect(plain[0]).not.toMatch(/spring_festival/);
  });
});
