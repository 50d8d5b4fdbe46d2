import { describe, expect, it } from 'vitest';
import {
  BEER_ROLES, BeerGame, BeerOrderError, STERMAN_BOARD, STERMAN_MEAN, baseStockPolicy, chainCost, costByStage,
  optimalBaseStock, orderVariance, playBeerGame,
} from '../../../sim/beergame/index.ts';

describe('the Beer Game board', () => {
  it('stays in equilibrium at 4 cases a week when demand never steps', () => {
    // Inventory position at rest: 12 on hand plus 4 per pipeline slot (the factory has one slot fewer).
    const h = playBeerGame({ ...STERMAN_BOARD, stepWeek: 99 }, [28, 28, 28, 24].map((l) => baseStockPolicy(l)));
    for (const r of BEER_ROLES) {
      expect(new Set(h.stages[r].inventory)).toEqual(new Set([12]));
      expect(h.stages[r].backlog.every((b) => b === 0)).toBe(true);
    }
    expect(h.stages.factory.orders.every((o) => o === 4)).toBe(true);
  });

  it('conserves cases: on hand and in transit plus delivered equals the start plus production, every week', () => {
    const game = new BeerGame();
    const start = game.unitsInChain();
    expect(start).toBe(4 * 12 + 4 * 2 * 4);
    let demanded = 0;
    while (!game.finished) {
      game.step({ wholesaler: game.week % 3 === 0 ? 15 : 2 });
      demanded += game.record.customerDemand[game.week - 1];
      expect(game.unitsInChain() + game.deliveredCases).toBe(start + game.producedCases);
      expect(game.deliveredCases + game.record.stages.retailer.backlog[game.week - 1]).toBe(demanded);
    }
  });

  it('plays 36 weeks with demand 4 stepping to 8 in week 5, and charges 0.5 per case held and 1 per case owed', () => {
    const h = playBeerGame();
    expect(h.customerDemand).toHaveLength(36);
    expect(h.customerDemand.slice(0, 6)).toEqual([4, 4, 4, 4, 8, 8]);
    const r = h.stages.retailer;
    for (let w = 0; w < 36; w++) expect(r.costPerWeek[w]).toBe(0.5 * r.inventory[w] + r.backlog[w]);
  });

  it('uses the mean parameters of Sterman (1989) by default', () => {
    expect(STERMAN_MEAN).toEqual({ theta: 0.36, alphaS: 0.26, beta: 0.34, sPrime: 17 });
  });

  it('lets a learner order for one role and records what the rule would have ordered in their place', () => {
    const game = new BeerGame();
    for (let w = 0; w < 6; w++) game.step({ distributor: 4 });
    const d = game.record.stages.distributor;
    expect(d.orders).toEqual([4, 4, 4, 4, 4, 4]);
    expect(d.ruleOrders).toHaveLength(6);
    expect(d.ruleOrders.every((o) => Number.isInteger(o) && o >= 0)).toBe(true);
  });

  it('rejects an order that is not a whole number of cases in range, before changing anything', () => {
    const game = new BeerGame();
    expect(() => game.step({ retailer: -1 })).toThrow(BeerOrderError);
    expect(() => game.step({ retailer: 2.5 })).toThrow(/whole number of cases from 0 to 10000, got 2.5/);
    expect(() => game.step({ ['brewer' as 'retailer']: 3 })).toThrow(/unknown role "brewer"/);
    expect(game.week).toBe(0);
    while (!game.finished) game.step();
    expect(() => game.step()).toThrow(/over after week 36/);
  });

  it('gives the same history for the same orders', () => {
    expect(JSON.stringify(playBeerGame())).toBe(JSON.stringify(playBeerGame()));
  });
});

describe('the bullwhip with Sterman\'s rule', () => {
  const h = playBeerGame();
  const v = orderVariance(h);

  it('grows the variance of orders stage by stage upstream', () => {
    expect(v.retailer).toBeGreaterThan(v.demand);
    expect(v.wholesaler).toBeGreaterThan(1.5 * v.retailer);
    expect(v.distributor).toBeGreaterThan(1.5 * v.wholesaler);
    expect(v.factory).toBeGreaterThan(1.2 * v.distributor);
    expect(v.factory / v.demand).toBeGreaterThan(20);
  });

  it('costs the chain far more than the best base-stock chain', () => {
    const best = optimalBaseStock();
    expect(best.cost).toBeLessThan(chainCost(h) / 5);
    const bv = orderVariance(best.history);
    expect(bv.factory / bv.demand).toBeLessThan(3);
    const byStage = costByStage(best.history);
    expect(Object.values(byStage).reduce((a, b) => a + b, 0)).toBeCloseTo(best.cost, 9);
  });

  it('finds base-stock levels no single change can improve', () => {
    const best = optimalBaseStock();
    expect(best.levelsCases).toHaveLength(4);
    expect(best.levelsCases.every((l) => Number.isInteger(l) && l >= 0)).toBe(true);
  });
});
