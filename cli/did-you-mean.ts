// Suggests the closest known word for a mistyped command or flag, with the project's one
// edit-distance rule (sim/text/didYouMean.ts).
import { closest } from '../sim/light.ts';
import { cliMessage, type CliParam } from './lang.ts';

/** The candidate closest to `word` if it is close enough to be a likely typo, else undefined. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  return closest(word, candidates) ?? undefined;
}

/**
 * "; did you mean X?" (in the user's language when rendered) or "" — to append to a message;
 * `quote` wraps the word in double quotes.
 */
export function suggestion(word: string, candidates: readonly string[], prefix = '', quote = false): CliParam {
  const close = didYouMean(word, candidates);
  if (close === undefined) return '';
  return cliMessage('hint.didYouMean', { word: quote ? `"${prefix}${close}"` : `${prefix}${close}` });
}
