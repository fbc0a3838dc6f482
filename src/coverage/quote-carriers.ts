// Which articles carry each quotation: in quote marks (the versions matched along derivations and
// between independent reports) or as indirect speech.
import { quoteWords } from '../quotes/compare.ts';
import type { QuoteComparison } from '../quotes/match.ts';
import type { Quote } from '../quotes/types.ts';
import { entry } from './map-entry.ts';

/**
 * For every quotation id, the articles that carry it, its own included. Versions matched with one
 * another form one quotation, whichever pair was compared (a copy's version is matched with its
 * original's, and the original's with an independent report's), and so do versions of the same words.
 */
export function quoteCarriers(quotes: Quote[], comparison: QuoteComparison): Map<string, Set<string>> {
  const parent = new Map(quotes.map((q) => [q.id, q.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root && parent.has(root)) root = parent.get(root) as string;
    return root;
  };
  const join = (a: string, b: string) => {
    if (parent.has(a) && parent.has(b)) parent.set(find(b), find(a));
  };
  for (const v of comparison.variants) join(v.a, v.b);
  // The same words in quote marks are the same quotation, whether or not their articles were compared.
  const byWords = new Map<string, string>();
  for (const q of quotes) {
    const key = quoteWords(q.text).join(' ');
    const seen = byWords.get(key);
    if (seen) join(seen, q.id);
    else byWords.set(key, q.id);
  }
  const byRoot = new Map<string, Set<string>>();
  const carriersOf = (id: string) => entry(byRoot, find(id), () => new Set<string>());
  for (const q of quotes) carriersOf(q.id).add(q.article);
  for (const i of comparison.indirect) if (parent.has(i.quote)) carriersOf(i.quote).add(i.article);
  for (const s of comparison.singles)
    if (parent.has(s.quote)) for (const i of s.indirectIn) carriersOf(s.quote).add(i.article);
  return new Map(quotes.map((q) => [q.id, carriersOf(q.id)]));
}
