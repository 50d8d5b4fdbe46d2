import { describe, expect, it } from 'vitest';
import { runSimulation, simulate } from '../../../sim/engine/simulate.ts';
import type { ReplenishmentForecaster } from '../../../sim/engine/options.ts';
import type { RunResult, SeriesName } from '../../../sim/result.ts';
import { smallShop } from '../../fixtures/scenario.ts';

const total = (r: RunResult, name: SeriesName, from = 0, to = r.days) => r.series[name].slice(from, to).reduce((a, b) => a + b, 0);
const ample = { tee: { initialStockUnits: 100000 }, jeans: { initialStockUnits: 100000 }, jacket: { initialStockUnits: 100000 } };

describe('fulfilment', () => {
  it('grows a backlog and misses the promise when capacity is below demand', () => {
    const run = (capacityOrdersPerDay: number) => simulate(smallShop({ days: 60, skus: ample, fulfilment: { capacityOrdersPerDay } }), { seed: 3 });
    const enough = run(200);
    const short = run(5);
    expect(enough.kpis.peakBacklogOrders).toBe(0);
    expect(short.series.backlogOrders[59]).toBeGreaterThan(short.series.backlogOrders[20]);
    expect(Math.max(...short.series.shippedOrders)).toBe(5);
    expect(short.kpis.onTimeRate).toBeLessThan(enough.kpis.onTimeRate - 0.3);
    expect(short.kpis.complaintRate).toBeGreaterThan(enough.kpis.complaintRate);
  });

  it('ships nothing while a logistics disruption takes all capacity', () => {
    const r = simulate(smallShop({ days: 30, skus: ample, shocks: { strike: { type: 'logisticsDisruption', startDay: 10, durationDays: 4, magnitude: 1 } } }), { seed: 3 });
    expect(total(r, 'shippedOrders', 10, 14)).toBe(0);
    expect(r.series.backlogOrders[13]).toBeGreaterThan(0);
    expect(r.series.shippedOrders[14]).toBeGreaterThan(r.series.orders[14]);
  });

  it('holds pre-orders until the ship day, then releases them together (the Double 11 peak)', () => {
    const run = runSimulation(smallShop({ days: 40, skus: ample, fulfilment: { capacityOrdersPerDay: 60 }, promotions: { d11: { type: 'presale', pct: 0.2, depositShare: 0.2, startDay: 5, endDay: 24, shipDay: 30 } } }), { seed: 8 });
    const r = run.result;
    expect(total(r, 'orders', 5, 25)).toBeGreaterThan(200);
    expect(total(r, 'shippedOrders', 6, 30)).toBeLessThan(0.2 * total(r, 'orders', 5, 25));
    expect(r.series.shippedOrders[30]).toBe(60);
    expect(r.series.backlogOrders[30]).toBeGreaterThan(100);
    // The deposit is collected when ordering and the balance on the ship day.
    const presaleGmv = total(r, 'gmvCny', 5, 25);
    // While ordering, only the 20 % deposit (plus shipping fees) comes in.
    expect(run.ledger.cashInCny[20]).toBeLessThan(0.3 * r.series.gmvCny[20]);
    expect(run.ledger.cashInCny[30]).toBeGreaterThan(0.8 * presaleGmv);
  });
});

describe('inventory', () => {
  it('keeps (s,S) stock within its bounds and rarely out', () => {
    const r = simulate(
      smallShop({ days: 90, skus: { tee: { initialStockUnits: 150, replenishment: { policy: 'sS', reorderPointUnits: 60, orderUpToUnits: 150, leadTimeDays: 3, leadTimeSdDays: 0.5 } } } }),
      { seed: 6 },
    );
    const stock = r.skuStock.tee;
    // On hand can exceed S only by restocked returns received since the last order.
    expect(Math.max(...stock)).toBeLessThanOrEqual(150 + 10);
    expect(stock.filter((x) => x === 0).length).toBeLessThan(5);
    expect(total(r, 'receivedUnits')).toBeGreaterThan(150);
  });

  it('loses sales when stock runs out without backorders, and keeps them waiting with backorders', () => {
    const run = (backorders: boolean) =>
      runSimulation(smallShop({ days: 40, inventory: { backorders }, skus: { tee: { initialStockUnits: 20, replenishment: { policy: 'none' } } } }), { seed: 6 });
    const lost = run(false);
    const waiting = run(true);
    expect(total(lost.result, 'lostSalesUnits')).toBeGreaterThan(20);
    expect(total(lost.result, 'units')).toBeLessThan(total(waiting.result, 'units'));
    expect(total(waiting.result, 'lostSalesUnits')).toBe(0);
    expect(waiting.ledger.owedUnits[39]).toBeGreaterThan(20);
    expect(lost.result.kpis.fillRate).toBeLessThan(0.95);
    expect(waiting.result.kpis.fillRate).toBe(1);
    // Without replenishment the tee sells at most its stock plus restocked returns.
    const restocked = lost.ledger.restockedUnits.reduce((a, b) => a + b, 0);
    expect(lost.result.skuUnits.tee.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(20 + restocked);
  });

  it('orders what a forecast-driven policy asks of the given forecaster', () => {
    const calls: { length: number; horizon: number; level: number }[] = [];
    const fixed: ReplenishmentForecaster = {
      forecastTotal(history, horizonDays, serviceLevel) {
        calls.push({ length: history.length, horizon: horizonDays, level: serviceLevel });
        return { mean: 400, quantile: 500 };
      },
    };
    const r = simulate(
      smallShop({ days: 30, skus: { tee: { initialStockUnits: 0, replenishment: { policy: 'forecast', forecastModel: 'fixed', reviewPeriodDays: 10, leadTimeDays: 2, leadTimeSdDays: 0, historyDays: 14, serviceLevel: 0.9 } } } }),
      { seed: 1, forecasters: { fixed } },
    );
    expect(calls).toEqual([
      { length: 10, horizon: 12, level: 0.9 },
      { length: 14, horizon: 12, level: 0.9 },
      { length: 14, horizon: 12, level: 0.9 },
    ]);
    expect(r.skuStock.tee[11]).toBeGreaterThan(400);
  });

  it('names the field when a forecast policy asks for an unknown forecaster', () => {
    const scenario = smallShop({ skus: { tee: { replenishment: { policy: 'forecast', forecastModel: 'prophet' } } } });
    expect(() => simulate(scenario)).toThrow('skus.tee.replenishment.forecastModel: unknown forecaster "prophet"; known: moving-average');
  });
});

describe('omnichannel', () => {
  it('raises returns and complaints when store stock is not synchronised', () => {
    const run = (stockSync: boolean) =>
      simulate(smallShop({ days: 60, omnichannel: { stores: 3, stockSync, syncErrorShare: 0.3 }, skus: { tee: { replenishment: { leadTimeDays: 12 } } } }), { seed: 12 });
    const synced = run(true);
    const unsynced = run(false);
    expect(unsynced.kpis.returnRate).toBeGreaterThan(synced.kpis.returnRate + 0.02);
    expect(unsynced.kpis.complaintRate).toBeGreaterThan(synced.kpis.complaintRate);
  });

  it('skips the carrier for picked-up orders', () => {
    const run = (pickupShare: number) => simulate(smallShop({ days: 40, skus: ample, omnichannel: { stores: 2, pickupShare } }), { seed: 12 });
    const all = run(1);
    expect(total(all, 'logisticsCny')).toBe(0);
    expect(all.kpis.onTimeRate).toBe(1);
    expect(total(run(0), 'logisticsCny')).toBeGreaterThan(0);
  });
});
