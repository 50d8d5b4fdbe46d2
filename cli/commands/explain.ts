// `shoplab explain A B`: why GMV and profit differ between two scenarios — the paired difference
// split into effects (traffic by channel, conversion, stock-outs, basket, list price, discounts,
// and on profit each cost line) that sum exactly to it, with 95 % intervals over the pairs.
import { explain, type KpiExplanation, setPath, VERSION } from '../../sim/index.ts';
import { flagBoolean, flagNumber, flagString, parseArgs } from '../args.ts';
import { cliWholeEvaluator, decisionTransport, decisionWorkers } from '../evaluator.ts';
import { channelName, formatDelta, formatKpi } from '../format.ts';
import { cliMessage, cliText, type CliKey, type CliLang } from '../lang.ts';
import { EXIT, UsageError, type CommandMain } from '../io.ts';
import { RUN_FLAGS, runFlagsHelp, applyRunFlags, toJson, writeOutput } from '../options.ts';
import { progressBar } from '../progress-bar.ts';
import { loadScenarioFile } from '../scenario-file.ts';
import { renderTable } from '../table.ts';

/** The `--help` text in `lang`. */
export function explainHelp(lang: CliLang): string {
  return cliText(lang, 'explain.help', { runFlags: runFlagsHelp(lang, 'baseline').join('\n'), machine: cliText(lang, 'help.machineReadable') });
}

/** The label of an effect (`explain.effect.<name>` in the catalogue; the name itself if it has none). */
function effectLabel(effect: string, lang: CliLang): string {
  return cliText(lang, `explain.effect.${effect}` as CliKey, {}, effect);
}

function waterfall(title: string, x: KpiExplanation, lang: CliLang): string {
  const t = (key: CliKey) => cliText(lang, key);
  const money = (v: number) => formatDelta('profitCny', v, lang);
  const top = Math.max(...x.effects.map((e) => Math.abs(e.mean)), 1e-9);
  const rows = x.effects.map((e) => [
    e.channel !== undefined ? `${effectLabel(e.effect, lang)}${lang === 'zh' ? '：' : ': '}${channelName(e.channel, lang)}` : effectLabel(e.effect, lang),
    money(e.mean),
    Number.isFinite(e.ciLow) ? `${money(e.ciLow)} … ${money(e.ciHigh)}` : '–',
    `${e.mean < 0 ? '▒'.repeat(Math.round((12 * -e.mean) / top)).padStart(12) : ' '.repeat(12)}|${e.mean > 0 ? '█'.repeat(Math.round((12 * e.mean) / top)) : ''}`,
  ]);
  rows.push([t('explain.total'), money(x.delta), Number.isFinite(x.ciLow) ? `${money(x.ciLow)} … ${money(x.ciHigh)}` : '–', '']);
  const header = [t('explain.effect'), t('explain.mean'), t('explain.ci'), t('explain.waterfall')];
  return `\n${title}${lang === 'zh' ? '：' : ': '}A ${formatKpi('profitCny', x.baselineMean, lang)} → B ${formatKpi('profitCny', x.alternativeMean, lang)}\n\n${renderTable(header, rows, ['l', 'r', 'r', 'l'])}`;
}

export const main: CommandMain = async (args, io) => {
  const parsed = parseArgs(args, { ...RUN_FLAGS, json: 'string' });
  const lang = io.lang ?? 'en';
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(explainHelp(lang));
    return EXIT.ok;
  }
  if (parsed.positional.length !== 2) throw new UsageError(cliMessage('explain.needsTwo', { count: parsed.positional.length }));
  const [fa, fb] = parsed.positional;
  const a = applyRunFlags(loadScenarioFile(fa, io), parsed);
  const days = flagNumber(parsed, 'days');
  let b = loadScenarioFile(fb, io);
  if (days !== undefined) b = setPath(b, 'days', days);
  if (a.days !== b.days) io.stderr(cliText(lang, 'explain.differentHorizons', { a: a.days, b: b.days }));
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
    `${cliText(lang, 'explain.header', { version: VERSION, seed: plan.seed, reps: plan.replications })}  A  ${fa}  "${a.name}"\n  B  ${fb}  "${b.name}"\n` +
      waterfall(cliText(lang, 'explain.gmv'), x.gmv, lang) +
      waterfall(cliText(lang, 'explain.profit'), x.profit, lang) +
      cliText(lang, 'explain.footer'),
  );
  return EXIT.ok;
};
