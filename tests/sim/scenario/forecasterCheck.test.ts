// The loader refuses a forecast-driven SKU naming a forecaster the front end cannot provide, with
// the field's path and position, the closest name and what is available; unchecked without a list.
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../sim/scenario/load.ts';
import { formatIssue } from '../../../sim/scenario/issue.ts';

const text = (model: string, policy = 'forecast') => `name: Shop\nskus:\n  tee:\n    replenishment:\n      policy: ${policy}\n      forecastModel: ${model}\n`;
const available = ['moving-average', 'ets', 'ses', 'croston'];

describe('forecasters named by a scenario', () => {
  it('load when the front end provides them', () => {
    expect(parseScenarioText(text('ets'), { fileName: 'shop.yaml', forecasters: available }).ok).toBe(true);
    expect(parseScenarioText(text('moving-average'), { fileName: 'shop.yaml', forecasters: available }).ok).toBe(true);
  });

  it('are refused with the field path, line and column, a did-you-mean and the list when it does not', () => {
    const result = parseScenarioText(text('etss'), { fileName: 'shop.yaml', forecasters: available });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual(['shop.yaml:6:22: skus.tee.replenishment.forecastModel: unknown forecaster "etss"; did you mean "ets"?; available here: croston, ets, moving-average, ses']);
  });

  it('are not checked for SKUs that do not forecast, nor when the caller gives no list', () => {
    expect(parseScenarioText(text('etss', 'sS'), { fileName: 'shop.yaml', forecasters: available }).ok).toBe(true);
    expect(parseScenarioText(text('etss'), { fileName: 'shop.yaml' }).ok).toBe(true);
  });
});
