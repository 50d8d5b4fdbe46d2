import { describe, expect, it } from 'vitest';
import { forecastModelsUsed, replenishmentForecastersFor as forecastersFor } from '../../models/replenishment-forecasters.ts';
import { replenishmentForecasterNames } from '../../models/forecaster-names.ts';
import { ScenarioSchema } from '../../sim/scenario/schema.ts';

const withModel = (model: string) => ScenarioSchema.parse({ skus: { tee: { replenishment: { policy: 'forecast', forecastModel: model } }, jeans: {} } });

describe('forecasters for forecast-driven replenishment', () => {
  it('are needed only for models other than the built-in moving average', async () => {
    expect(forecastModelsUsed([ScenarioSchema.parse({})]).size).toBe(0);
    expect(await forecastersFor([withModel('moving-average')])).toBeUndefined();
    expect([...forecastModelsUsed([withModel('ses'), withModel('croston')])]).toEqual([
      ['croston', 'skus.tee.replenishment.forecastModel'],
      ['ses', 'skus.tee.replenishment.forecastModel'],
    ]);
  });

  it('come from the model registry and forecast a total with its quantile', async () => {
    const registry = (await forecastersFor([withModel('ses')]))!;
    expect(Object.keys(registry)).toEqual(['ses']);
    const total = registry.ses.forecastTotal(Float64Array.from({ length: 40 }, (_, i) => 10 + (i % 3)), 7, 0.95);
    expect(total.mean).toBeGreaterThan(60);
    expect(total.mean).toBeLessThan(90);
    expect(total.quantile).toBeGreaterThan(total.mean);
  });

  it('name the field and the closest model for an unknown name', async () => {
    await expect(forecastersFor([withModel('sess')])).rejects.toThrow(/^skus\.tee\.replenishment\.forecastModel: unknown forecaster "sess"; did you mean ses\?; known: .*moving-average/);
    await expect(forecastersFor([withModel('sess')])).rejects.toMatchObject({ name: 'ScenarioRunError', path: 'skus.tee.replenishment.forecastModel' });
  });

  it('list what a front end can provide: the built-in one, the registry and the neural model unless left out', () => {
    expect(replenishmentForecasterNames()).toEqual(expect.arrayContaining(['moving-average', 'ses', 'ets', 'neural']));
    expect(replenishmentForecasterNames({ neural: false })).not.toContain('neural');
    expect(replenishmentForecasterNames()).toEqual([...replenishmentForecasterNames()].sort());
  });
});
