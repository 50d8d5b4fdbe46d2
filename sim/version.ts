// The ShopLab version recorded in every result, so a result says what produced it.
/** Semantic version of the engine and models; bump when results for a seed change. */
export const VERSION = '0.1.0';
