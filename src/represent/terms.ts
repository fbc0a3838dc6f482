// Picks the content-bearing tokens of a sentence: the words two rewrites of it would both keep.
import type { Token } from '../segment/types.ts';

const contentPos = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);

/** True for a token that carries content: a non-stop noun, name, verb, adjective, adverb or number. */
export function isContentToken(token: Token): boolean {
  if (token.type !== 'word' && token.type !== 'number') return false;
  if (token.stop) return false;
  return contentPos.has(token.pos) || token.type === 'number';
}

/** The comparison key of a content token: its stem, with apostrophes and case removed. */
export function termOf(token: Token): string {
  return token.stem.replace(/'s$/, '').replace(/'/g, '');
}
