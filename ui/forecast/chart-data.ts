// Lays history and a forecast out on one time axis for the studio's fan chart.

/** x (unix seconds) and the aligned history / forecast arrays (NaN where a part has no value). */
export function studioChartData(historyStartDay: number, periodDays: number, history: ArrayLike<number>, forecast: { mean: ArrayLike<number>; lo80: ArrayLike<number>; hi80: ArrayLike<number>; lo95: ArrayLike<number>; hi95: ArrayLike<number> }) {
  const n = history.length;
  const h = forecast.mean.length;
  const x = new Float64Array(n + h);
  for (let i = 0; i < n + h; i++) x[i] = (historyStartDay + i * periodDays) * 86_400;
  const pad = (values: ArrayLike<number>, before: number) => {
    const out = new Float64Array(n + h).fill(NaN);
    for (let i = 0; i < values.length; i++) out[before + i] = values[i];
    return out;
  };
  const hist = pad(history, 0);
  // The forecast line starts at the last observation so the two read as one path.
  const mean = pad(forecast.mean, n);
  if (n > 0) mean[n - 1] = history[n - 1];
  return { x, history: hist, mean, lo80: pad(forecast.lo80, n), hi80: pad(forecast.hi80, n), lo95: pad(forecast.lo95, n), hi95: pad(forecast.hi95, n) };
}
