// Loads the neural forecaster inside a web worker, once: TensorFlow.js with the wasm binaries the
// bundle ships, registered in the model registry. Shared by the forecast studio's worker and the
// simulation workers (forecast-driven replenishment with `forecastModel: neural`).
import { registerForecaster } from '../../models/registry.ts';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

let ready: Promise<string> | null = null;

/** Registers the neural forecaster (first call loads TensorFlow.js); resolves with the backend it runs on. */
export function loadNeuralForecaster(): Promise<string> {
  ready ??= import('../../models/neural/index.ts').then(async (neural) => {
    const { forecaster, selection } = await neural.setupNeuralForecaster({
      backend: { wasmPaths: { 'tfjs-backend-wasm.wasm': wasmPlain, 'tfjs-backend-wasm-simd.wasm': wasmSimd, 'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded } },
    });
    registerForecaster(forecaster);
    return selection.backend;
  });
  return ready;
}
