// The shop of the workbench benchmark's 100 replications, as scenario text: the default shop with
// fewer shoppers and days, so that one worker's run stays short. The runner benchmark runs the
// same shop on worker threads, for comparison with the browser.
export const SCALING_SHOP = { size: 10_000, days: 180, replications: 100 };

export function scalingShopText(seed: number, { size, days, replications } = SCALING_SHOP): string {
  return `name: Scaling shop\ndays: ${days}\nreplications: ${replications}\nseed: ${seed}\npopulation:\n  size: ${size}\n`;
}
