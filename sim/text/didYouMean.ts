// "Did you mean" suggestions: the closest valid name by edit distance, if it is close enough to
// be a likely typo. One implementation for scenario keys, CLI commands and flags, model names.

/**
 * Edit distance with insertions, deletions, substitutions and swaps of neighbouring letters
 * (optimal string alignment), so "sewep" is one edit from "sweep".
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], before[j - 2] + 1);
    }
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[b.length];
}

/**
 * The candidate closest to `name` (ignoring case), or null when none is close enough to be a
 * likely typo: one edit for names of 2–4 characters, about a third of the length (at least 2)
 * for longer ones; a one-letter name only matches by case.
 */
export function closest(name: string, candidates: Iterable<string>): string | null {
  const lower = name.toLowerCase();
  const limit = name.length <= 1 ? 0 : name.length <= 4 ? 1 : Math.max(2, Math.floor(name.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : null;
}

/** `; did you mean "x"?` for a close candidate, or "" when there is none. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const hit = closest(name, candidates);
  return hit === null ? '' : `; did you mean "${hit}"?`;
}
