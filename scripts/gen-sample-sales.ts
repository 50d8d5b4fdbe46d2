// Generates models/data/sample-sales.csv, the small demo and test dataset of `shoplab forecast`.
// Deterministic (seeded). Run: npx tsx scripts/gen-sample-sales.ts [out.csv]
//
// Contents: daily sales of 18 SKUs from 2024-01-01 to 2025-12-30 (730 days) in long format
// (unique_id, ds, y, price, promo), then 28 known-future rows per SKU with empty y carrying the
// planned price and promotion flag:
// - SKU-01 … SKU-12: regular sellers (about 8–120 units/day) with a weekly pattern (weekend
//   uplift), a linear trend, mild yearly seasonality, and promotions (≈6 % of days, in 2–4-day
//   runs, 15–30 % off) whose sales lift follows a price elasticity of −2 to −3; Poisson noise.
// - SKU-13 … SKU-16: intermittent sellers (a sale on 15–45 % of days, 1–4 units). Days without
//   a sale have no row, as in an order export (the first and last day are always present), so
//   the reader's gap rule (missing day = 0 sold) is exercised.
// - SKU-17: launched 50 days before the end; SKU-18: launched 10 days before the end (too short
//   for most models: shows the fallback).
// The file stays under 300 KB (so a few dozen SKUs of two years do not fit; 18 do).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Rng } from '../sim/random.ts';
import { formatDay, parseDay } from '../models/data/dates.ts';

const START = parseDay('2024-01-01');
const DAYS = 730;
const FUTURE = 28;
const SEED = 20240101;

interface Sku {
  id: string;
  firstDay: number;
  basePrice: number;
  demand: (t: number, priceRatio: number, promo: boolean, rng: Rng) => number;
  /** Days without a sale have no row (as in an order export): the reader fills them with 0. */
  sparse?: boolean;
}

function regular(rng: Rng): Sku['demand'] {
  const level = 8 + rng.next() * 110;
  const trendPerDay = (rng.next() - 0.35) * 0.0015 * level;
  const weekend = 0.15 + rng.next() * 0.45;
  const yearly = 0.05 + rng.next() * 0.15;
  const elasticity = -2 - rng.next();
  const phase = rng.next() * 2 * Math.PI;
  return (t, priceRatio, promo) => {
    const weekday = (START + t + 3) % 7; // 0 = Monday (1970-01-01 was a Thursday)
    const week = weekday >= 5 ? 1 + weekend : weekday === 4 ? 1 + weekend / 2 : 1;
    const season = 1 + yearly * Math.sin((2 * Math.PI * t) / 365.25 + phase);
    const lift = Math.pow(priceRatio, elasticity) * (promo ? 1.1 : 1);
    return Math.max(0, (level + trendPerDay * t) * week * season * lift);
  };
}

function intermittent(rng: Rng): Sku['demand'] {
  const probability = 0.15 + rng.next() * 0.3;
  const size = 1 + rng.next() * 2;
  return (_t, priceRatio, _promo, draw) => (draw.bernoulli(Math.min(0.95, probability * Math.pow(priceRatio, -2))) ? size : 0);
}

export function generate(): string {
  const rng = Rng.stream(SEED, 0, 'sample-sales');
  const skus: Sku[] = [];
  for (let k = 1; k <= 18; k++) {
    const id = `SKU-${String(k).padStart(2, '0')}`;
    const basePrice = Math.round((19 + rng.next() * 180) * 10) / 10;
    if (k <= 12) skus.push({ id, firstDay: 0, basePrice, demand: regular(rng) });
    else if (k <= 16) skus.push({ id, firstDay: 0, basePrice, demand: intermittent(rng), sparse: true });
    else skus.push({ id, firstDay: DAYS - (k === 17 ? 50 : 10), basePrice, demand: regular(rng) });
  }
  let text = 'unique_id,ds,y,price,promo\n';
  for (const sku of skus) {
    const draw = rng.split(sku.id);
    let promoLeft = 0;
    let discount = 0;
    for (let t = sku.firstDay; t < DAYS + FUTURE; t++) {
      if (promoLeft === 0 && draw.bernoulli(0.02)) {
        promoLeft = 2 + draw.int(3);
        discount = 0.15 + draw.next() * 0.15;
      }
      const promo = promoLeft > 0;
      if (promoLeft > 0) promoLeft--;
      const price = Math.round(sku.basePrice * (promo ? 1 - discount : 1) * 10) / 10;
      const mean = sku.demand(t, price / sku.basePrice, promo, draw);
      const units = sku.sparse ? (mean > 0 ? 1 + draw.poisson(mean - 1) : 0) : draw.poisson(mean);
      if (sku.sparse && units === 0 && t < DAYS && t > 0 && t < DAYS - 1) continue;
      const y = t < DAYS ? String(units) : '';
      text += `${sku.id},${formatDay(START + t)},${y},${price},${promo ? 1 : 0}\n`;
    }
  }
  return text;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? fileURLToPath(new URL('../models/data/sample-sales.csv', import.meta.url));
  const text = generate();
  writeFileSync(out, text);
  console.log(`wrote ${out} (${(text.length / 1024).toFixed(0)} KB, ${text.split('\n').length - 2} rows)`);
}
