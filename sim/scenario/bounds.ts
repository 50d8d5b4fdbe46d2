// The scenario's upper bounds: what the engine can run in bounded time with finite money (see
// README, "Limits"). Amounts in CNY stay below 1e9 per unit, order or day, so totals over 3,650
// days of capped orders stay far inside a double's exact range. Apart from the schema so that code
// which only needs a bound (the engine's daily range checks) does not load zod.

/** Longest horizon, and so the largest day index, lead time or cover (days). */
export const DAYS_MAX = 3650;
/** Largest multiplier, sensitivity or log-odds boost (dimensionless). */
export const MULT_MAX = 100;
/** Largest price or cost per unit or order (CNY). */
export const PRICE_MAX = 10_000_000;
/** Largest amount per day, step or threshold (CNY). */
export const MONEY_MAX = 1_000_000_000;
/** Largest stock level or order quantity (units). */
export const UNITS_MAX = 1_000_000_000;
/** Longest id of a channel, SKU, segment, promotion or param (characters). */
export const ID_MAX_CHARS = 100;
