// Suggests the closest known word for a mistyped command or flag, with the project's one
// edit-distance rule (sim/text/didYouMean.ts).
import { closest } from '../sim/light.ts';

/** The candidate closest to `word` if it is close enough to be a likely typo, else undefined. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  return closest(word, candidates) ?? undefined;
}

/** "; did you mean X?" or "" — to append to an error message. */
export function suggestion(word: string, candidates: readonly string[], prefix = ''): string {
  const close = didYouMean(word, candidates);
  return close === undefined ? '' : `; did you mean ${prefix}${close}?`;
}
