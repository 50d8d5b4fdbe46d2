// Holt's linear trend method: ETS(A,A,N), level and trend.
import { etsForecaster } from './ets-forecaster.ts';

/** Holt as ETS(A,A,N): α, β, ℓ₀, b₀ by maximum likelihood; analytic intervals. */
export const holt = etsForecaster('holt', 10, () => [{ error: 'A', trend: 'A', season: 'N' }]);
