// `shoplab explain A B`: why GMV and profit differ between two scenarios — the paired difference
// split into effects (traffic by channel, conversion, stock-outs, basket, list price, discounts,
// and on profit each cost line) that sum exactly to it, with 95 % intervals over the pairs.
import { explain, type KpiExplanation, setPath, VERSION } from '../../sim/index.ts';
import { flagBoolean, flagNumber, flagString, parseArgs } from '../args.ts';
import { cliWholeEvaluator, decisionTransport, decisionWorkers } from '../evaluator.ts';
import { formatDelta, formatKpi } from '../format.ts';
import { EXIT, UsageError, type CommandMain } from '../io.ts';
import { RUN_FLAGS, RUN_FLAGS_HELP, applyRunFlags, toJson, writeOutput } from '../options.ts';
import { progressBar } from '../progress-bar.ts';
import { loadScenarioFile } from '../scenario-file.ts';
import { renderTable } from '../table.ts';

const HELP = [
  'Usage: shoplab explain BASELINE ALTERNATIVE [options]',
  '',
  'Runs both scenarios on the same seeds and splits the difference in GMV and in profit into',
  'effects that add up exactly to it, replication by replication, then averages them with 95 %',
  'intervals. List value (GMV before discounts) = visits × conversion × fill × units per order ×',
  'list price per unit, split by the Shapley value (exact, and defined when a factor is zero);',
  'traffic is shared by channel in proportion to each channel\'s change in visits (visits no',
  'channel brought, shoppers\' own, are an effect of their own); discounts and every cost line of',
  'the profit identity are their own effects.',
  '',
  'Options:',
  '  --json OUT     write the explanation as JSON ("-" = stdout)',
  ...RUN_FLAGS_HELP.map((l) => l.replace("the scenario's", "the baseline's")),
  '',
  'Example: shoplab explain scenarios/002-ecommerce-ops/baseline.yaml scenarios/002-ecommerce-ops/over-promotion.yaml --reps 6',
  '',
].join('\n');

const LABELS: Record<string, string> = {
  traffic: 'Traffic',
  ownVisits: "Traffic: shoppers' own visits",
  conversion: 'Conversion (in-stock)',
  stockouts: 'Stock-outs (lost sales)',
  basket: 'Basket (units per order)',
  listPrice: 'List price per unit',
  discounts: 'Discounts',
  returns: 'Returns (refunds)',
  shippingFees: 'Shipping fees collected',
  cogs: 'COGS',
  marketing: 'Marketing',
  logistics: 'Logistics',
  holding: 'Holding',
  promotionCosts: 'Promotion costs',
  fixed: 'Fixed costs',
  investment: 'Investment',
  paymentFees: 'Payment fees',
};

function waterfall(title: string, x: KpiExplanation): string {
  const top = Math.max(...x.effects.map((e) => Math.abs(e.mean)), 1e-9);
  const rows = x.effects.map((e) => [
    e.channel !== undefined ? `${LABELS[e.effect]}: ${e.channel}` : LABELS[e.effect],
    formatDelta('profitCny', e.mean),
    Number.isFinite(e.ciLow) ? `${formatDelta('profitCny', e.ciLow)} … ${formatDelta('profitCny', e.ciHigh)}` : '–',
    `${e.mean < 0 ? '▒'.repeat(Math.round((12 * -e.mean) / top)).padStart(12) : ' '.repeat(12)}|${e.mean > 0 ? '█'.repeat(Math.round((12 * e.mean) / top)) : ''}`,
  ]);
  rows.push(['Total (B − A)', formatDelta('profitCny', x.delta), Number.isFinite(x.ciLow) ? `${formatDelta('profitCny', x.ciLow)} … ${formatDelta('profitCny', x.ciHigh)}` : '–', '']);
  return `\n${title}: A ${formatKpi('profitCny', x.baselineMean)} → B ${formatKpi('profitCny', x.alternativeMean)}\n\n${renderTable(['Effect', 'Mean', '95 % CI', 'Waterfall'], rows, ['l', 'r', 'r', 'l'])}`;
}

export const main: CommandMain = async (args, io) => {
  const parsed = parseArgs(args, { ...RUN_FLAGS, json: 'string' });
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (parsed.positional.length !== 2) throw new UsageError(`explain needs two scenario files, a baseline and an alternative, got ${parsed.positional.length}`);
  const [fa, fb] = parsed.positional;
  const a = applyRunFlags(loadScenarioFile(fa, io), parsed);
  const days = flagNumber(parsed, 'days');
  let b = loadScenarioFile(fb, io);
  if (days !== undefined) b = setPath(b, 'days', days);
  if (a.days !== b.days) io.stderr(`warning: the scenarios run over different horizons (${a.days} and ${b.days} days); totals are not like for like — use --days to align them\n`);
  const plan = { seed: a.seed, replications: a.replications };
  const transport = await decisionTransport(parsed, io);
  const bar = progressBar(io);
  let runs;
  try {
    runs = await cliWholeEvaluator(decisionWorkers(parsed, io), io, bar.onProgress, transport)([a, b], plan);
  } finally {
    bar.done();
    await transport.close();
  }
  const x = explain(runs[0], runs[1]);
  const json = flagString(parsed, 'json');
  if (json !== undefined) writeOutput(io, json, toJson({ tool: 'shoplab', version: VERSION, baseline: { file: fa, name: a.name }, alternative: { file: fb, name: b.name }, seed: plan.seed, replications: plan.replications, method: 'shapley', ...x }));
  if (json === '-') return EXIT.ok;
  io.stdout(
    `ShopLab ${VERSION} · explain B − A · seed ${plan.seed} · ${plan.replications} paired replications\n  A  ${fa}  "${a.name}"\n  B  ${fb}  "${b.name}"\n` +
      waterfall('GMV', x.gmv) +
      waterfall('Profit', x.profit) +
      '\nEffects are Shapley shares of list value (exact), discounts and each cost line; they add up to the total in every replication.\n',
  );
  return EXIT.ok;
};
