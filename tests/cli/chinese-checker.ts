// Finds English words left in CLI text shown to a Chinese user: what remains after removing
// flags, `code`, quoted values, URLs, paths and dotted names, identifiers (camelCase, ALL CAPS,
// with digits or underscores, single letters), and the proper names and machine identifiers below.

/** Proper names, commands, CSV/JSON identifiers, model names and flag values: English on purpose. */
export const ALLOWED_WORDS: ReadonlySet<string> = new Set([
  // proper names
  ...['ShopLab', 'shoplab', 'Excel', 'Parquet', 'Redis', 'redis', 'rediss', 'Shapley', 'Wilson', 'CVaR', 'Nelder', 'Mead', 'AutoARIMA', 'Ctrl-C', 'TensorFlow', 'npx'],
  ...['Zheng', 'Federgruen', 'Ehrhardt', 'Mosier', 'Hadley', 'Whitin', 'Wagner', 'Clark', 'Scarf', 'Chen', 'Poisson', 'Erlang', 'Sterman', 'Cu', 'Co', 'zip'],
  // commands
  ...['run', 'compare', 'sweep', 'validate', 'forecast', 'policy', 'gen-sales', 'calibrate', 'worker', 'sensitivity', 'explain', 'optimise', 'optimize', 'help', 'version', 'classroom'],
  ...['eoq', 'newsvendor', 'safety-stock', 'base-stock', 'ss', 'rq', 'epq', 'eoq-discount', 'wagner-whitin', 'serial'],
  // column and key names of machine-readable output, and placeholders of flag values
  ...['ds', 'price', 'promo', 'day', 'date', 'series', 'mean', 'model', 'replication', 'kpi', 'value', 'trace', 'lo', 'hi', 'steps', 'ln'],
  // forecasting models and flag values
  ...['naive', 'snaive', 'window-average', 'drift', 'ses', 'holt', 'hw', 'ets', 'theta', 'autotheta', 'stl', 'dhr', 'arima', 'croston', 'sba', 'tsb', 'adida', 'auto', 'neural'],
  ...['daily', 'weekly', 'zero', 'previous', 'cn', 'en', 'zh', 'true', 'false', 'cpu', 'wasm', 'tensorflow'],
]);

/** Spans that are not prose: `code`, "quoted" and 'quoted' values, URLs, flags, paths, dotted, key=value and comma-listed tokens. */
const NOT_PROSE = [/`[^`\n]*`/g, /"[^"\n]*"/g, /'[^'\n]*'/g, /\b[a-z]+:\/\/\S+/g, /(?<![\w-])--?[A-Za-z][\w-]*/g, /[^\s，。；：、（）()[\]]*[./:=,][^\s，。；：、（）()[\]]*/g];

/** Whether a word is an identifier rather than English prose. */
function isIdentifier(word: string): boolean {
  return word.length === 1 || /^[A-Z0-9_-]+$/.test(word) || /[a-z][A-Z]/.test(word) || /[0-9_]/.test(word);
}

/** The English words in `text` that a Chinese user should not see (empty when clean); `also` names the input's own words (ids, values). */
export function englishWords(text: string, also: Iterable<string> = []): string[] {
  const own = new Set(also);
  let prose = text;
  for (const pattern of NOT_PROSE) prose = prose.replace(pattern, ' ');
  const words = prose.match(/[A-Za-z][A-Za-z0-9_'-]*/g) ?? [];
  return [...new Set(words.map((w) => w.replace(/['-]+$/, '')).filter((w) => w !== '' && !isIdentifier(w) && !ALLOWED_WORDS.has(w) && !own.has(w)))];
}
