// Inventory-policy maths: EOQ, newsvendor, safety stock and reorder points, service-level
// conversions, base-stock, (r, Q) and (s, S) policies, and the distributions they rest on.
export * from './stats.ts';
export * from './discrete.ts';
export * from './eoq.ts';
export * from './newsvendor.ts';
export * from './safety-stock.ts';
export * from './service.ts';
export * from './base-stock.ts';
export * from './rq.ts';
export * from './ss.ts';
export * from './epq.ts';
export * from './quantity-discount.ts';
export * from './wagner-whitin.ts';
export * from './rq-exact.ts';
export * from './ss-power.ts';
export * from './serial.ts';
export * from './from-forecast.ts';
