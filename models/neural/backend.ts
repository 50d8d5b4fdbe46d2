// Chooses the TensorFlow.js backend the neural forecaster runs on and says which one runs:
// tfjs-node when it is installed (Node only), else WebAssembly, else plain JavaScript ('cpu').
import { ModelError } from '../errors.ts';
import * as tf from '@tensorflow/tfjs';

/** Backends the neural forecaster knows how to start. `tensorflow` is tfjs-node's native backend. */
export type NeuralBackendName = 'tensorflow' | 'wasm' | 'cpu' | 'webgl';

/** How to pick a backend. */
export interface SelectBackendOptions {
  /** A backend to try first (falls back down the usual order when it fails); default: the usual order. */
  prefer?: NeuralBackendName;
  /** Only try `prefer` and report failure instead of falling back (benchmarks compare backends this way). */
  strict?: boolean;
  /**
   * Browser only: where the tfjs-backend-wasm `.wasm` files are served (a URL prefix or a map from
   * file name to URL, e.g. built with Vite `?url` imports). Never needed in Node.
   */
  wasmPaths?: string | Record<string, string>;
}

/** One backend that was tried, and why it was not used when it failed. */
export interface BackendAttempt {
  backend: NeuralBackendName;
  ok: boolean;
  reason?: string;
}

/** What `selectBackend` ended up with. */
export interface BackendSelection {
  /** The backend now active (`activeBackend()`). */
  backend: string;
  attempts: BackendAttempt[];
}

const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

/** The usual order: fastest first, the always-available JavaScript backend last. */
export function backendOrder(prefer?: NeuralBackendName): NeuralBackendName[] {
  const usual: NeuralBackendName[] = isNode ? ['tensorflow', 'wasm', 'cpu'] : ['wasm', 'cpu'];
  if (!prefer) return usual;
  return [prefer, ...usual.filter((b) => b !== prefer)];
}

/**
 * Starts the best available backend and makes it the active one. Resolves with the backend that
 * runs and every attempt made; rejects only in `strict` mode when the preferred backend fails.
 */
export async function selectBackend(options: SelectBackendOptions = {}): Promise<BackendSelection> {
  const order = options.strict && options.prefer ? [options.prefer] : backendOrder(options.prefer);
  const attempts: BackendAttempt[] = [];
  for (const backend of order) {
    const reason = await tryBackend(backend, options);
    attempts.push(reason === null ? { backend, ok: true } : { backend, ok: false, reason });
    if (reason === null) return { backend: activeBackend(), attempts };
  }
  throw new ModelError('neural.noBackend', { attempts: attempts.map((a) => ({ backend: a.backend, reason: a.reason ?? '' })) });
}

/**
 * The name of the backend TensorFlow.js runs on now ('cpu', 'wasm', 'tensorflow', …). When none
 * was selected yet, this starts the best one that starts synchronously ('cpu' in Node).
 */
export function activeBackend(): string {
  return ensureBackendSync();
}

/**
 * Makes sure a backend is active before synchronous training or prediction and returns its
 * name. Throws a clear error when the best registered backend is one that starts asynchronously
 * (wasm) and nobody awaited `selectBackend()` yet.
 */
export function ensureBackendSync(): string {
  const current = tf.getBackend() as string | undefined | null;
  if (current) {
    if (current === 'cpu') quietFirstCpuWrite();
    return current;
  }
  try {
    tf.backend();
  } catch {
    throw new Error('the TensorFlow.js backend is still starting: await selectBackend() before training or predicting');
  }
  const name = tf.getBackend();
  if (name === 'cpu') quietFirstCpuWrite();
  return name;
}

/** Tries one backend; null when it is now active, else the reason it is not. */
async function tryBackend(backend: NeuralBackendName, options: SelectBackendOptions): Promise<string | null> {
  try {
    if (backend === 'tensorflow') {
      if (!isNode) return 'tfjs-node runs only in Node';
      // A computed specifier: tfjs-node is optional and usually absent, so bundlers and the type
      // checker must not try to resolve it.
      const specifier = '@tensorflow/tfjs-node';
      await import(/* @vite-ignore */ specifier);
    } else if (backend === 'wasm') {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      if (options.wasmPaths !== undefined && !isNode) wasm.setWasmPaths(options.wasmPaths);
    }
    if (tf.findBackendFactory(backend) === null) return `the ${backend} backend is not registered`;
    // setBackend resolves false (it does not throw) when the backend fails to initialise.
    const ok = await tf.setBackend(backend);
    if (!ok || tf.getBackend() !== backend) return `the ${backend} backend failed to initialise`;
    if (backend === 'cpu') quietFirstCpuWrite();
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return /Cannot find (module|package)|ERR_MODULE_NOT_FOUND/.test(message) ? `${backend === 'tensorflow' ? '@tensorflow/tfjs-node' : backend} is not installed` : message;
  }
}

/**
 * The cpu backend greets its first tensor in Node with a banner recommending tfjs-node; ShopLab
 * reports the backend itself (`activeBackend`), so that first write happens with logging muted.
 */
let cpuGreeted = false;
function quietFirstCpuWrite(): void {
  if (cpuGreeted) return;
  cpuGreeted = true;
  const env = tf.env();
  const wasProd = env.getBool('PROD');
  env.set('PROD', true);
  try {
    tf.tidy(() => tf.scalar(0));
  } finally {
    env.set('PROD', wasProd);
  }
}
