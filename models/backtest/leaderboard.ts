// Leaderboards from per-series scores: one row per model (mean scores, revenue-weighted RMSSE,
// series won) and the best model per series.
import { weightedMean } from '../metrics/weighted.ts';
import type { Scores } from './score.ts';

/** The scores of one model on one series, with the series' weight (e.g. recent revenue). */
export interface ScoreEntry {
  seriesId: string;
  model: string;
  scores: Scores;
  weight?: number;
}

/** One model's row: means over the series it was scored on (non-finite scores skipped). */
export interface LeaderboardRow {
  model: string;
  series: number;
  mase: number;
  smape: number;
  rmsse: number;
  /** Revenue-weighted RMSSE (M5's WRMSSE over these series); NaN without weights. */
  wrmsse: number;
  mae: number;
  pinball: number;
  coverage: Record<number, number>;
  /** Series where this model had the lowest MASE. */
  wins: number;
}

/** The best model of one series by MASE (ties: first listed). */
export interface SeriesBest {
  seriesId: string;
  model: string;
  mase: number;
}

function meanFinite(values: number[]): number {
  const finite = values.filter(Number.isFinite);
  return finite.length > 0 ? finite.reduce((a, b) => a + b, 0) / finite.length : NaN;
}

/** Best model per series by MASE (then sMAPE when MASE is not finite for any). */
export function bestPerSeries(entries: ScoreEntry[]): SeriesBest[] {
  const bySeries = new Map<string, ScoreEntry[]>();
  for (const entry of entries) {
    const list = bySeries.get(entry.seriesId) ?? [];
    list.push(entry);
    bySeries.set(entry.seriesId, list);
  }
  const best: SeriesBest[] = [];
  for (const [seriesId, list] of bySeries) {
    const key = list.some((e) => Number.isFinite(e.scores.mase)) ? 'mase' : 'smape';
    let winner: ScoreEntry | undefined;
    for (const entry of list) {
      const v = entry.scores[key];
      if (Number.isFinite(v) && (winner === undefined || v < winner.scores[key])) winner = entry;
    }
    if (winner) best.push({ seriesId, model: winner.model, mase: winner.scores.mase });
  }
  return best;
}

/** Rows per model, sorted by mean MASE (models without a finite MASE last). */
export function leaderboard(entries: ScoreEntry[]): LeaderboardRow[] {
  const models = [...new Set(entries.map((e) => e.model))];
  const wins = new Map<string, number>();
  for (const b of bestPerSeries(entries)) wins.set(b.model, (wins.get(b.model) ?? 0) + 1);
  const rows = models.map((model): LeaderboardRow => {
    const mine = entries.filter((e) => e.model === model);
    const levels = [...new Set(mine.flatMap((e) => Object.keys(e.scores.coverage).map(Number)))].sort((a, b) => a - b);
    const coverage: Record<number, number> = {};
    for (const level of levels) coverage[level] = meanFinite(mine.map((e) => e.scores.coverage[level]));
    const weights = mine.map((e) => e.weight ?? NaN);
    return {
      model,
      series: mine.length,
      mase: meanFinite(mine.map((e) => e.scores.mase)),
      smape: meanFinite(mine.map((e) => e.scores.smape)),
      rmsse: meanFinite(mine.map((e) => e.scores.rmsse)),
      wrmsse: weights.some((w) => w > 0) ? weightedMean(mine.map((e) => e.scores.rmsse), weights) : NaN,
      mae: meanFinite(mine.map((e) => e.scores.mae)),
      pinball: meanFinite(mine.map((e) => e.scores.pinball)),
      coverage,
      wins: wins.get(model) ?? 0,
    };
  });
  return rows.sort((a, b) => (Number.isFinite(a.mase) ? a.mase : Infinity) - (Number.isFinite(b.mase) ? b.mase : Infinity));
}

/** Column titles of the leaderboard that are words (the metric names are the same in every language). */
export interface LeaderboardLabels {
  model: string;
  series: string;
  pinball: string;
  /** The coverage column of an interval level (percent). */
  cover: (level: number) => string;
  wins: string;
}

const ENGLISH_LABELS: LeaderboardLabels = { model: 'model', series: 'series', pinball: 'pinball', cover: (level) => `cover${level}%`, wins: 'wins' };

/** A fixed-width text table of leaderboard rows (what `shoplab forecast` prints), with `labels` as column titles. */
export function formatLeaderboard(rows: LeaderboardRow[], labels: LeaderboardLabels = ENGLISH_LABELS): string {
  const levels = [...new Set(rows.flatMap((r) => Object.keys(r.coverage).map(Number)))].sort((a, b) => a - b);
  const header = [labels.model, labels.series, 'MASE', 'sMAPE%', 'RMSSE', 'WRMSSE', 'MAE', labels.pinball, ...levels.map(labels.cover), labels.wins];
  const fmt = (v: number, digits: number) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
  const body = rows.map((r) => [
    r.model,
    String(r.series),
    fmt(r.mase, 3),
    fmt(r.smape, 1),
    fmt(r.rmsse, 3),
    fmt(r.wrmsse, 3),
    fmt(r.mae, 2),
    fmt(r.pinball, 3),
    ...levels.map((l) => fmt(100 * r.coverage[l], 0)),
    String(r.wins),
  ]);
  const widths = header.map((h, i) => Math.max([...h].length, ...body.map((row) => row[i].length)));
  const pad = (c: string, w: number) => ' '.repeat(Math.max(0, w - [...c].length));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c + pad(c, widths[i]) : pad(c, widths[i]) + c)).join('  ');
  return [line(header), ...body.map(line)].join('\n');
}
