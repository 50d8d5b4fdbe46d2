// Time remaining of a run from its progress so far (linear extrapolation, as progress bars do).

/**
 * Milliseconds left when `fraction` (0–1) of the work took `elapsedMs`; NaN until there is
 * enough progress to extrapolate from (under 1 % or under 200 ms elapsed).
 */
export function remainingMs(fraction: number, elapsedMs: number): number {
  if (!(fraction > 0.01) || elapsedMs < 200) return NaN;
  if (fraction >= 1) return 0;
  return (elapsedMs / fraction) * (1 - fraction);
}
