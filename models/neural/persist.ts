// Saving and loading trained neural models: to plain artifacts in memory (what every other store
// is built on), to IndexedDB in a browser, or through any TensorFlow.js IO handler. The
// architecture travels in the model's user-defined metadata, so a loaded model predicts alike.
import * as tf from '@tensorflow/tfjs';
import { architectureOf, resolveNeuralConfig, type NeuralArchitecture } from './config.ts';
import { NeuralModel } from './model.ts';

/** Tag and version of the metadata a saved ShopLab neural model carries. */
export const NEURAL_FORMAT = 'shoplab-neural';
export const NEURAL_FORMAT_VERSION = 1;

/** What a saved model carries besides its weights. */
export interface NeuralMetadata {
  format: typeof NEURAL_FORMAT;
  version: number;
  architecture: NeuralArchitecture;
  /** Backend and seed it was trained with, when known. */
  trainedOn?: { backend: string; seed: number; series: number; windows: number; epochs: number };
}

/** The model as TensorFlow.js artifacts (topology, weight specs, one weight buffer, metadata). */
export async function saveToArtifacts(model: NeuralModel): Promise<tf.io.ModelArtifacts> {
  let saved: tf.io.ModelArtifacts | undefined;
  await saveNeuralModel(
    model,
    tf.io.withSaveHandler(async (artifacts) => {
      saved = { ...artifacts, weightData: tf.io.CompositeArrayBuffer.join(artifacts.weightData) };
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  return saved!;
}

/** A model from artifacts made by `saveToArtifacts` (or read back from any store). */
export async function loadFromArtifacts(artifacts: tf.io.ModelArtifacts): Promise<NeuralModel> {
  return loadNeuralModel(tf.io.fromMemory(artifacts));
}

/**
 * Saves a model to a TensorFlow.js URL (in a browser: `indexeddb://name`) or IO handler.
 * Resolves with TensorFlow.js's save result.
 */
export async function saveNeuralModel(model: NeuralModel, destination: string | tf.io.IOHandler): Promise<tf.io.SaveResult> {
  if (model.isDisposed) throw new Error('cannot save a disposed neural model');
  checkStore('save to', destination);
  const metadata: NeuralMetadata = {
    format: NEURAL_FORMAT,
    version: NEURAL_FORMAT_VERSION,
    architecture: architectureOf(model.architecture),
  };
  const t = model.training;
  if (t) metadata.trainedOn = { backend: t.backend, seed: t.seed, series: t.series, windows: t.windows, epochs: t.epochs };
  model.network.setUserDefinedMetadata({ shoplab: metadata });
  try {
    return await model.network.save(destination);
  } catch (error) {
    throw new Error(storeError('save to', destination, error));
  }
}

/** Loads a model saved by `saveNeuralModel` from a URL (`indexeddb://name`) or IO handler. */
export async function loadNeuralModel(source: string | tf.io.IOHandler): Promise<NeuralModel> {
  checkStore('load from', source);
  let network: tf.LayersModel;
  try {
    network = await tf.loadLayersModel(source);
  } catch (error) {
    throw new Error(storeError('load from', source, error));
  }
  const meta = (network.getUserDefinedMetadata() as { shoplab?: NeuralMetadata } | undefined)?.shoplab;
  if (!meta || meta.format !== NEURAL_FORMAT) {
    network.dispose();
    throw new Error('this is not a ShopLab neural model (its metadata has no "shoplab-neural" tag)');
  }
  if (meta.version > NEURAL_FORMAT_VERSION) {
    network.dispose();
    throw new Error(`this neural model was saved by a newer ShopLab (format ${meta.version}; this one reads up to ${NEURAL_FORMAT_VERSION})`);
  }
  // Re-check the stored architecture: a hand-edited file gets a sentence, not a shape error.
  const arch = architectureOf(resolveNeuralConfig(meta.architecture));
  return new NeuralModel(network, arch);
}

/** Refuses IndexedDB where there is none (tfjs would otherwise try to fetch the URL over HTTP). */
function checkStore(verb: string, where: string | tf.io.IOHandler): void {
  if (typeof where === 'string' && where.startsWith('indexeddb://') && typeof globalThis.indexedDB === 'undefined') {
    throw new Error(`cannot ${verb} ${where}: IndexedDB exists only in a browser (in Node, save to a directory)`);
  }
}

function storeError(verb: string, where: string | tf.io.IOHandler, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (typeof where === 'string' && /Cannot find any (save|load) handlers/.test(message)) {
    return `cannot ${verb} ${where}: unknown storage URL (use indexeddb://name in a browser, or a directory in Node)`;
  }
  return `cannot ${verb} ${typeof where === 'string' ? where : 'the given store'}: ${message}`;
}
