// Inventory benchmark: the cost of the policy maths ((s, S) by Zheng–Federgruen, (r, Q) by
// Hadley–Whitin and exactly, a fill-rate base-stock search, Wagner–Whitin over long horizons,
// serial Clark–Scarf chains), of one replenishment forecast per model, and
// what a better forecast is worth in the simulator: lost sales, holding cost and their sum per
// forecaster (and the default hand-set (s, S)), with fixed and with variable lead times (the
// engine folds the lead-time spread into the forecast quantile itself).
import { simulate } from '../../sim/engine/simulate.ts';
import { ScenarioSchema } from '../../sim/scenario/schema.ts';
import { Rng } from '../../sim/random.ts';
import { baseStockDiscrete, optimiseRq, optimiseRqExact, optimiseSerialBaseStock, optimiseSs, poissonDemand, wagnerWhitin } from '../../models/inventory/index.ts';
import { replenishmentForecasters } from '../../models/replenishment.ts';
import type { ForecasterRegistry } from '../../sim/engine/options.ts';

function time(repeats: number, work: () => unknown): number {
  const started = performance.now();
  for (let i = 0; i < repeats; i++) work();
  return (performance.now() - started) / repeats;
}

const MODELS = ['moving-average', 'naive', 'snaive', 'ets', 'croston'];
const EXTRA = ['holt'];

function shop(days: number, seed: number, replenishment: Record<string, unknown>) {
  return ScenarioSchema.parse({
    name: 'forecast value',
    days,
    seed,
    population: { size: 5000 },
    skus: {
      tee: { listPriceCny: 79, unitCostCny: 28, popularity: 3, initialStockUnits: 940, replenishment: { reorderPointUnits: 310, orderUpToUnits: 1250, ...replenishment } },
      jeans: { listPriceCny: 199, unitCostCny: 80, popularity: 2, initialStockUnits: 560, replenishment: { reorderPointUnits: 190, orderUpToUnits: 750, ...replenishment } },
    },
  });
}

/** The growing shop of the forecast-value test: demand rises about eightfold over the run. */
function growingShop(days: number, seed: number, replenishment: Record<string, unknown>) {
  return ScenarioSchema.parse({
    name: 'growing shop',
    days,
    seed,
    population: { size: 5000, newShoppersPerDay: 't * 3' },
    channels: { organic: { kind: 'organic' }, paid_search: { kind: 'paid', budgetPerDayCny: '200 + 30 * t', costPerClickCny: 1.8, saturationClicksPerDay: 40000 } },
    skus: {
      tee: { listPriceCny: 79, unitCostCny: 28, popularity: 3, initialStockUnits: 600, replenishment },
      jeans: { listPriceCny: 199, unitCostCny: 80, popularity: 2, initialStockUnits: 400, replenishment },
    },
  });
}

export async function bench(print: (line: string) => void, quick: boolean): Promise<void> {
  const repeats = quick ? 3 : 20;
  print(`optimiseSs Poisson(10), K 64, h 1, p 9:   ${time(repeats, () => optimiseSs({ demand: poissonDemand(10), leadTime: 0, orderCost: 64, holdingCost: 1, backorderCost: 9 })).toFixed(2)} ms`);
  print(`optimiseSs Poisson(100), L 2, K 500:       ${time(quick ? 1 : 3, () => optimiseSs({ demand: poissonDemand(100), leadTime: 2, orderCost: 500, holdingCost: 1, backorderCost: 9 })).toFixed(1)} ms`);
  print(`optimiseRq (Nahmias 5.4):                  ${(time(repeats * 50, () => optimiseRq({ demandRate: 200, leadTimeDemandMean: 100, leadTimeDemandSd: 25, orderCost: 50, holdingCostRate: 2, shortageCost: 25 })) * 1000).toFixed(1)} µs`);
  print(`baseStockDiscrete fill 99 %, Poisson(20), L 5, R 7: ${time(repeats, () => baseStockDiscrete({ demand: poissonDemand(20), leadTime: 5, reviewPeriod: 7 }, { fillRate: 0.99 })).toFixed(1)} ms`);
  print(`optimiseRqExact normal (S&S Example 5.1):   ${time(repeats, () => optimiseRqExact({ demandRate: 1300, orderCost: 8, holdingCostRate: 0.225, backorderCostRate: 7.5, leadTimeDemand: { mean: 1300 / 12, sd: 150 / Math.sqrt(12) } })).toFixed(2)} ms`);
  print(`optimiseRqExact Poisson(30), λ 100:         ${time(repeats, () => optimiseRqExact({ demandRate: 100, orderCost: 50, holdingCostRate: 2, backorderCostRate: 20, leadTimeDemand: { poissonMean: 30 } })).toFixed(2)} ms`);
  // Wagner–Whitin is O(T²): a daily plan over one and over three years.
  for (const horizon of quick ? [365] : [365, 1095]) {
    const wwRng = new Rng(11);
    const demands = Array.from({ length: horizon }, () => Math.max(0, Math.round(40 + 15 * wwRng.normal())));
    wagnerWhitin({ demands, orderCost: 300, holdingCost: 0.4 }); // warm up the JIT
    print(`wagnerWhitin ${horizon} periods:                ${time(quick ? 1 : 5, () => wagnerWhitin({ demands, orderCost: 300, holdingCost: 0.4 })).toFixed(1)} ms`);
  }
  const stages = [3, 2, 2].map((h, j) => ({ echelonHoldingCost: h, leadTime: [1, 1, 2][j] }));
  print(`serial Clark–Scarf 3 stages, normal (S&S 6.1): ${time(quick ? 1 : 3, () => optimiseSerialBaseStock({ stages, backorderCost: 37.12, demand: { mean: 5, sd: 1 } })).toFixed(0)} ms`);
  print(`serial Clark–Scarf 5 stages, Poisson(40), L 2 each: ${time(quick ? 1 : 3, () => optimiseSerialBaseStock({ stages: [1, 1, 1, 1, 1].map((h) => ({ echelonHoldingCost: h, leadTime: 2 })), backorderCost: 19, demand: { poissonMean: 40 } })).toFixed(0)} ms`);

  const registry: ForecasterRegistry = replenishmentForecasters([...MODELS.filter((m) => m !== 'moving-average'), ...EXTRA]);
  const rng = new Rng(5);
  const history = Float64Array.from({ length: 56 }, (_, i) => Math.max(0, 40 + 10 * Math.sin((2 * Math.PI * i) / 7) + 6 * rng.normal()));
  for (const name of Object.keys(registry)) {
    print(`forecastTotal ${name.padEnd(8)} (56 days → 14):   ${time(repeats, () => registry[name].forecastTotal(history, 14, 0.95)).toFixed(2)} ms`);
  }

  const days = quick ? 60 : 150;
  const replications = quick ? 1 : 3;
  for (const [leadTimeSdDays, build, what] of [[0, shop, 'steady shop'], [1.5, shop, 'steady shop'], [0, growingShop, 'growing shop']] as const) {
    print('');
    print(`Forecast value, ${what}: 2 SKUs, 5,000 shoppers, ${days} days, ${replications} replication(s), lead time 7 ± ${leadTimeSdDays} d, review 7 d, CSL target 0.95`);
    print('policy              lost units   holding ¥   lost margin ¥   holding + lost ¥   fill rate   run ms');
    const policies: Array<[string, Record<string, unknown>]> = [
      ...MODELS.map((m): [string, Record<string, unknown>] => [`forecast ${m}`, { policy: 'forecast', forecastModel: m, leadTimeDays: 7, leadTimeSdDays, reviewPeriodDays: 7, serviceLevel: 0.95, historyDays: 56 }]),
      ['(s,S) hand-set', { policy: 'sS', leadTimeDays: 7, leadTimeSdDays }],
    ];
    if (build === growingShop) policies.push(['forecast holt', { policy: 'forecast', forecastModel: 'holt', leadTimeDays: 7, leadTimeSdDays, reviewPeriodDays: 7, serviceLevel: 0.95, historyDays: 56 }]);
    for (const [label, replenishment] of policies) {
      let lost = 0;
      let holding = 0;
      let lostMargin = 0;
      let fill = 0;
      const started = performance.now();
      for (let r = 0; r < replications; r++) {
        const result = simulate(build(days, 1, replenishment), { replication: r, forecasters: registry });
        const margin: Record<string, number> = { tee: 79 - 28, jeans: 199 - 80 };
        lost += result.series.lostSalesUnits.reduce((a, b) => a + b, 0) / replications;
        holding += result.series.holdingCny.reduce((a, b) => a + b, 0) / replications;
        fill += result.kpis.fillRate / replications;
        // Lost margin per SKU needs per-SKU lost units, which the result does not keep; price it at
        // the unit-weighted mean margin of what was sold.
        let units = 0;
        let marginSum = 0;
        for (const [sku, series] of Object.entries(result.skuUnits)) {
          const u = series.reduce((a, b) => a + b, 0);
          units += u;
          marginSum += u * (margin[sku] ?? 0);
        }
        lostMargin += (result.series.lostSalesUnits.reduce((a, b) => a + b, 0) * (units > 0 ? marginSum / units : 0)) / replications;
      }
      const ms = (performance.now() - started) / replications;
      print(`${label.padEnd(19)} ${lost.toFixed(0).padStart(10)}   ${holding.toFixed(0).padStart(9)}   ${lostMargin.toFixed(0).padStart(13)}   ${(holding + lostMargin).toFixed(0).padStart(16)}   ${(100 * fill).toFixed(2).padStart(8)} %   ${ms.toFixed(0).padStart(6)}`);
    }
  }
}
