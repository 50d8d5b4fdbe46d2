import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../../models/neural/backend.ts';
import { trainGlobal } from '../../../models/neural/train.ts';
import type { NeuralModel } from '../../../models/neural/model.ts';
import { loadFromArtifacts, loadNeuralModel, saveNeuralModel, saveToArtifacts } from '../../../models/neural/persist.ts';
import { loadNeuralModelFromDirectory, saveNeuralModelToDirectory } from '../../../models/neural/persist.node.ts';
import { weeklySeries } from './series.fixture.ts';

const series = weeklySeries({ count: 2, days: 60, promoShare: 0.2 });
let model: NeuralModel;
let dir: string;

beforeAll(async () => {
  await selectBackend({ prefer: 'wasm' });
  model = trainGlobal(series, { lags: 7, horizon: 7, hiddenUnits: 8, epochs: 2, batchSize: 32, quantiles: [0.05, 0.5, 0.95] });
  dir = await mkdtemp(join(tmpdir(), 'shoplab-neural-'));
});

afterAll(async () => {
  model.dispose();
  await rm(dir, { recursive: true, force: true });
});

const future = { promo: Float64Array.from([1, 0, 0, 0, 0, 1, 0, 0, 0, 0]) };
function forecastOf(m: NeuralModel): number[][] {
  const out = m.predict({ ...series[0], futureCovariates: future }, 10, [80, 90]);
  return [Array.from(out.mean), ...[...out.quantiles.values()].map((q) => Array.from(q))];
}

describe('saving and loading neural models', () => {
  it('round-trips through memory artifacts with identical predictions and architecture', async () => {
    const artifacts = await saveToArtifacts(model);
    const loaded = await loadFromArtifacts(artifacts);
    expect(loaded.architecture).toEqual(model.architecture);
    expect(forecastOf(loaded)).toEqual(forecastOf(model));
    loaded.dispose();
  });

  it('round-trips through a directory holding model.json and weights.bin', async () => {
    const saved = await saveNeuralModelToDirectory(model, join(dir, 'm1'));
    expect((await readdir(join(dir, 'm1'))).sort()).toEqual(['model.json', 'weights.bin']);
    expect(saved.bytes).toBeGreaterThan(0);
    const json = JSON.parse(await readFile(saved.modelPath, 'utf8'));
    expect(json.userDefinedMetadata.shoplab).toMatchObject({ format: 'shoplab-neural', version: 1, architecture: { lags: 7, quantiles: [0.05, 0.5, 0.95] } });
    expect(json.userDefinedMetadata.shoplab.trainedOn).toMatchObject({ backend: 'wasm', seed: 1, series: 2, epochs: 2 });
    const loaded = await loadNeuralModelFromDirectory(join(dir, 'm1'));
    expect(forecastOf(loaded)).toEqual(forecastOf(model));
    loaded.dispose();
  });

  it('leaves no tensor behind when saving and loading', async () => {
    const before = tf.memory().numTensors;
    const loaded = await loadFromArtifacts(await saveToArtifacts(model));
    loaded.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('says so when a directory holds no model or a model file lost its weights', async () => {
    await expect(loadNeuralModelFromDirectory(join(dir, 'nothing'))).rejects.toThrow(`no saved neural model in ${join(dir, 'nothing')} (model.json is missing)`);
    await saveNeuralModelToDirectory(model, join(dir, 'm2'));
    await rm(join(dir, 'm2', 'weights.bin'));
    await expect(loadNeuralModelFromDirectory(join(dir, 'm2'))).rejects.toThrow('the weights file');
    await writeFile(join(dir, 'm2', 'model.json'), '{"hello": 1}');
    await expect(loadNeuralModelFromDirectory(join(dir, 'm2'))).rejects.toThrow('is not a TensorFlow.js model.json');
  });

  it('refuses a TensorFlow.js model that ShopLab did not save', async () => {
    const foreign = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 1 })] });
    let artifacts: tf.io.ModelArtifacts | undefined;
    await foreign.save(tf.io.withSaveHandler(async (a) => ((artifacts = a), { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } })));
    foreign.dispose();
    const before = tf.memory().numTensors;
    await expect(loadFromArtifacts(artifacts!)).rejects.toThrow('this is not a ShopLab neural model');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('explains that IndexedDB exists only in a browser', async () => {
    await expect(saveNeuralModel(model, 'indexeddb://shoplab-test')).rejects.toThrow('cannot save to indexeddb://shoplab-test: IndexedDB exists only in a browser');
    await expect(loadNeuralModel('indexeddb://shoplab-test')).rejects.toThrow('IndexedDB exists only in a browser');
  });

  it('refuses to save a disposed model', async () => {
    const throwaway = trainGlobal(series, { lags: 7, horizon: 7, hiddenUnits: 4, epochs: 1 });
    throwaway.dispose();
    await expect(saveToArtifacts(throwaway)).rejects.toThrow('cannot save a disposed neural model');
  });
});
