// Neural training with early stopping on a validation split of each series' latest windows.
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../../models/neural/backend.ts';
import { splitWindows, trainGlobal } from '../../../models/neural/train.ts';
import { weeklySeries } from './series.fixture.ts';

beforeAll(async () => {
  await selectBackend({ prefer: 'wasm' });
});

describe('early stopping', () => {
  it('holds out the most recent windows of each series, never a series\' only window', () => {
    const windows = { x: new Float32Array(0), y: new Float32Array(0), count: 7, width: 0, seriesOf: Uint32Array.from([0, 0, 0, 0, 0, 1, 2]) };
    const { training, validation } = splitWindows(windows, 0.2);
    expect(Array.from(validation)).toEqual([4]);
    expect(Array.from(training)).toEqual([0, 1, 2, 3, 5, 6]);
  });

  it('stops `patience` epochs after the best validation loss and keeps that epoch', () => {
    const series = weeklySeries({ count: 3, days: 120 });
    const model = trainGlobal(series, { lags: 14, horizon: 7, hiddenUnits: 16, batchSize: 64, learningRate: 0.05, epochs: 40, validationShare: 0.3, patience: 2 });
    const report = model.training!;
    const losses = report.validationLossByEpoch!;
    expect(losses).toHaveLength(report.epochs);
    expect(report.bestEpoch).toBe(losses.indexOf(Math.min(...losses)) + 1);
    if (report.epochs < 40) expect(report.epochs - report.bestEpoch!).toBe(2);
    model.dispose();
  });
});
