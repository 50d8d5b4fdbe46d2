// Node adapter: saves a neural model to a directory as model.json + weights.bin (the layout
// TensorFlow.js uses) without tfjs-node, and loads it back. Node modules load lazily so the
// rest of models/neural runs in a browser unchanged.
import * as tf from '@tensorflow/tfjs';
import type { NeuralModel } from './model.ts';
import { loadFromArtifacts, saveToArtifacts } from './persist.ts';

/** File names inside a saved model's directory. */
export const MODEL_FILE = 'model.json';
export const WEIGHTS_FILE = 'weights.bin';

/** Saves a model into `directory` (created if missing) as model.json and weights.bin. */
export async function saveNeuralModelToDirectory(model: NeuralModel, directory: string): Promise<{ modelPath: string; weightsPath: string; bytes: number }> {
  const { mkdir, writeFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const artifacts = await saveToArtifacts(model);
  const weights = new Uint8Array(tf.io.CompositeArrayBuffer.join(artifacts.weightData!));
  const json: tf.io.ModelJSON = {
    modelTopology: artifacts.modelTopology as object,
    weightsManifest: [{ paths: [`./${WEIGHTS_FILE}`], weights: artifacts.weightSpecs ?? [] }],
    format: artifacts.format,
    generatedBy: artifacts.generatedBy,
    convertedBy: artifacts.convertedBy,
    userDefinedMetadata: artifacts.userDefinedMetadata,
  };
  await mkdir(directory, { recursive: true });
  const modelPath = join(directory, MODEL_FILE);
  const weightsPath = join(directory, WEIGHTS_FILE);
  await writeFile(weightsPath, weights);
  await writeFile(modelPath, JSON.stringify(json));
  return { modelPath, weightsPath, bytes: weights.byteLength };
}

/** Loads a model saved by `saveNeuralModelToDirectory`. */
export async function loadNeuralModelFromDirectory(directory: string): Promise<NeuralModel> {
  const { readFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const modelPath = join(directory, MODEL_FILE);
  let json: tf.io.ModelJSON;
  try {
    json = JSON.parse(await readFile(modelPath, 'utf8')) as tf.io.ModelJSON;
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new Error(code === 'ENOENT' ? `no saved neural model in ${directory} (${MODEL_FILE} is missing)` : `cannot read ${modelPath}: ${(error as Error).message}`);
  }
  if (!json || typeof json !== 'object' || !json.modelTopology || !Array.isArray(json.weightsManifest)) {
    throw new Error(`${modelPath} is not a TensorFlow.js model.json (no modelTopology or weightsManifest)`);
  }
  const specs = json.weightsManifest.flatMap((group) => group.weights);
  const buffers: Uint8Array[] = [];
  for (const group of json.weightsManifest) {
    for (const path of group.paths) {
      const file = join(directory, path);
      try {
        buffers.push(await readFile(file));
      } catch {
        throw new Error(`the weights file ${file} named in ${modelPath} is missing`);
      }
    }
  }
  const weightData = tf.io.CompositeArrayBuffer.join(buffers.map((b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer));
  return loadFromArtifacts({
    modelTopology: json.modelTopology,
    weightSpecs: specs,
    weightData,
    format: json.format,
    generatedBy: json.generatedBy,
    convertedBy: json.convertedBy,
    userDefinedMetadata: json.userDefinedMetadata,
  });
}
