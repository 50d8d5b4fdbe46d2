// Debrief numbers for a Beer Game: cost by stage, the variance of orders by stage (the bullwhip)
// and the best base-stock chain for the same board, found by searching the levels.
import { BEER_ROLES, STERMAN_BOARD, type BeerGameConfig, type BeerRole } from './config.ts';
import { playBeerGame, type BeerGameHistory } from './game.ts';
import { baseStockPolicy } from './policies.ts';
import { sampleSd } from '../experiment/stats.ts';

const variance = (values: readonly number[]): number => sampleSd(values) ** 2;

/** Total cost of each stage over the weeks played, currency. */
export function costByStage(history: BeerGameHistory): Record<BeerRole, number> {
  return Object.fromEntries(BEER_ROLES.map((r) => [r, history.stages[r].costPerWeek.reduce((a, b) => a + b, 0)])) as Record<BeerRole, number>;
}

/** Total cost of the whole chain, currency. */
export function chainCost(history: BeerGameHistory): number {
  return Object.values(costByStage(history)).reduce((a, b) => a + b, 0);
}

/** Sample variance of each stage's weekly orders, (cases/week)²; customer demand's is `demand`. */
export function orderVariance(history: BeerGameHistory): Record<BeerRole | 'demand', number> {
  const out = { demand: variance(history.customerDemand) } as Record<BeerRole | 'demand', number>;
  for (const r of BEER_ROLES) out[r] = variance(history.stages[r].orders);
  return out;
}

/** A base-stock chain: one order-up-to level per stage and the game it plays. */
export interface BaseStockChain {
  /** Order-up-to level of inventory position per stage, cases (retailer first). */
  levelsCases: number[];
  history: BeerGameHistory;
  cost: number;
}

/** Plays the board with one base-stock level per stage. */
export function playBaseStock(levelsCases: readonly number[], config: BeerGameConfig = STERMAN_BOARD): BaseStockChain {
  const history = playBeerGame(config, levelsCases.map((l) => baseStockPolicy(l)));
  return { levelsCases: [...levelsCases], history, cost: chainCost(history) };
}

/**
 * The cheapest base-stock chain for the board: coordinate descent over whole-case levels from 0
 * to `maxLevelCases`, starting from the steady state's inventory position, until no single
 * stage's level lowers the chain's cost. The board is deterministic, so each try is exact.
 */
export function optimalBaseStock(config: BeerGameConfig = STERMAN_BOARD, maxLevelCases = 120): BaseStockChain {
  const start = BEER_ROLES.map((_, i) => {
    const pipeSlots = (i === 3 ? config.productionRequestDelayWeeks : config.orderDelayWeeks) + config.shippingDelayWeeks;
    return config.initialInventory + pipeSlots * config.initialPipelinePerWeek;
  });
  let best = playBaseStock(start, config);
  for (let pass = 0; pass < 20; pass++) {
    let improved = false;
    for (let i = 0; i < 4; i++) {
      for (let level = 0; level <= maxLevelCases; level++) {
        if (level === best.levelsCases[i]) continue;
        const levels = [...best.levelsCases];
        levels[i] = level;
        const trial = playBaseStock(levels, config);
        if (trial.cost < best.cost - 1e-9) {
          best = trial;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return best;
}
