import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { activeBackend, backendOrder, selectBackend } from '../../../models/neural/backend.ts';

describe('neural backend selection', () => {
  it('tries tfjs-node, then WebAssembly, then plain JavaScript in Node', () => {
    expect(backendOrder()).toEqual(['tensorflow', 'wasm', 'cpu']);
    expect(backendOrder('cpu')).toEqual(['cpu', 'tensorflow', 'wasm']);
  });

  it('reports an active backend before any was chosen', () => {
    expect(['cpu', 'wasm', 'tensorflow']).toContain(activeBackend());
  });

  it('falls back past a missing tfjs-node and says why', async () => {
    const selection = await selectBackend();
    const [node] = selection.attempts;
    expect(node.backend).toBe('tensorflow');
    if (!node.ok) {
      expect(node.reason).toBe('@tensorflow/tfjs-node is not installed');
      expect(selection.backend).toBe('wasm');
    }
    expect(activeBackend()).toBe(selection.backend);
  });

  it('switches to the backend asked for and computes on it', async () => {
    for (const backend of ['cpu', 'wasm'] as const) {
      const selection = await selectBackend({ prefer: backend, strict: true });
      expect(selection).toEqual({ backend, attempts: [{ backend, ok: true }] });
      expect(tf.getBackend()).toBe(backend);
      expect(tf.tidy(() => tf.add(tf.scalar(2), tf.scalar(3)).dataSync()[0])).toBe(5);
    }
  });

  it('rejects in strict mode when the asked backend cannot start, keeping the one that runs', async () => {
    await selectBackend({ prefer: 'cpu', strict: true });
    await expect(selectBackend({ prefer: 'webgl', strict: true })).rejects.toThrow(/no TensorFlow.js backend could start \(webgl: /);
    expect(activeBackend()).toBe('cpu');
  });

  it('falls back down the order when a preferred backend cannot start', async () => {
    const selection = await selectBackend({ prefer: 'webgl' });
    expect(selection.attempts[0]).toMatchObject({ backend: 'webgl', ok: false });
    expect(selection.attempts.at(-1)!.ok).toBe(true);
    expect(['wasm', 'cpu', 'tensorflow']).toContain(selection.backend);
  });
});
