// Simple exponential smoothing: ETS(A,N,N), level only.
import { etsForecaster } from './ets-forecaster.ts';

/** SES as ETS(A,N,N): α and ℓ₀ by maximum likelihood; analytic intervals. */
export const ses = etsForecaster('ses', 8, () => [{ error: 'A', trend: 'N', season: 'N' }]);
