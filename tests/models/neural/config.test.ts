import { describe, expect, it } from 'vitest';
import { NEURAL_DEFAULTS, NeuralConfigError, architectureOf, resolveNeuralConfig } from '../../../models/neural/config.ts';

describe('resolveNeuralConfig', () => {
  it('fills every setting with its default', () => {
    expect(resolveNeuralConfig()).toEqual(NEURAL_DEFAULTS);
  });

  it('keeps given settings and ignores undefined ones', () => {
    const config = resolveNeuralConfig({ lags: 14, epochs: undefined });
    expect(config.lags).toBe(14);
    expect(config.epochs).toBe(NEURAL_DEFAULTS.epochs);
  });

  it('shrinks the default harmonics to fit a short season', () => {
    expect(resolveNeuralConfig({ seasonLength: 1 }).harmonics).toBe(0);
    expect(resolveNeuralConfig({ seasonLength: 4 }).harmonics).toBe(2);
  });

  it.each([
    [{ lags: 0 }, /lags must be an integer ≥ 1, got 0/],
    [{ horizon: 2.5 }, /horizon must be an integer ≥ 1, got 2.5/],
    [{ learningRate: 0 }, /learningRate must be between 0 and 1/],
    [{ quantiles: [0.1, 0.9] }, /must include the median 0.5/],
    [{ quantiles: [0.5, 0.1] }, /strictly increasing/],
    [{ quantiles: [0, 0.5] }, /strictly between 0 and 1/],
    [{ seasonLength: 7, harmonics: 4 }, /harmonics must be at most seasonLength \/ 2 \(3\)/],
    [{ seed: 1.5 }, /seed must be an integer/],
  ])('rejects %j with a sentence naming the setting', (options, message) => {
    expect(() => resolveNeuralConfig(options)).toThrow(NeuralConfigError);
    expect(() => resolveNeuralConfig(options)).toThrow(message);
  });

  it('separates the architecture a saved model carries from the training settings', () => {
    const arch = architectureOf(resolveNeuralConfig({ lags: 21, epochs: 3 }));
    expect(arch.lags).toBe(21);
    expect(Object.keys(arch).sort()).toEqual(['harmonics', 'hiddenUnits', 'horizon', 'lags', 'priceKey', 'promoKey', 'quantiles', 'seasonLength']);
  });
});
