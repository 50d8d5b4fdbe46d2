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
