// Makes an independent report of a story's event: the story's people, places and figures in a text that
// was not copied from the story, so a provenance engine must not call one a copy of the other.
import type { Article } from './article.ts';
import { type Cast, inventNames, type NumberKind, namesOf, recast } from './entities.ts';
import type { Random } from './random.ts';

/** How often each name of `names` occurs in `article` as a whole word. */
function counts(article: Article, names: string[]): Map<string, number> {
  const text = [article.headline, ...article.paragraphs].join('\n');
  return new Map(
    names.map((name) => [name, (text.match(new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'gu')) ?? []).length]),
  );
}

/** `names` most frequent first; ties keep the order of first appearance (the order of `names`). */
function byFrequency(article: Article, names: string[]): string[] {
  const seen = counts(article, names);
  return names
    .map((name, order) => ({ name, order, count: seen.get(name) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map((n) => n.name);
}

// A name that reads as a place ("Dolvawick", "Tresswick"); the rest are people, bodies and the like.
const placeLike = /(wick|mere|port|ton|ford|bury|holt|mouth|field|brook|ley|ham|worth|dale|stead|well|moor)$/;

/**
 * The name map of the report: the names of `other` to the story's invented names, by rank of frequency
 * within place-like and other names, so the report's main town and main people are the story's. Names
 * of `other` beyond the story's get fresh invented names that clash with none of the story's.
 */
function borrowNames(other: Article, storyBase: Article, cast: Cast, random: Random): Map<string, string> {
  const theirs = byFrequency(storyBase, [...cast.names.keys()]).map((n) => cast.names.get(n) as string);
  const mine = byFrequency(other, namesOf(other));
  const mapping = new Map<string, string>();
  for (const place of [true, false]) {
    const pool = theirs.filter((n) => placeLike.test(n) === place);
    for (const name of mine.filter((n) => placeLike.test(n) === place)) {
      const borrowed = pool.shift();
      if (borrowed !== undefined) mapping.set(name, borrowed);
    }
  }
  const rest = mine.filter((n) => !mapping.has(n));
  for (const [name, invented] of inventNames(rest, random, theirs)) mapping.set(name, invented);
  return mapping;
}

/** The shape of a figure, digits blanked: "3,218" → "0,000". */
function shape(token: string): string {
  return token.replace(/\d/g, '0');
}

/**
 * Supplies the story's own figures for the report's numbers of the same kind and shape, each figure
 * once: a report of the same event gives the same vote count or death toll, not a made-up one.
 */
function borrowNumbers(cast: Cast): (kind: NumberKind, token: string) => string | undefined {
  const pools = new Map<string, string[]>();
  for (const [key, figure] of cast.numbers) {
    const kind = key.slice(0, key.indexOf(':'));
    // Times and years follow the report's own text: a clock time or a year shift has no "same shape".
    if (kind !== 'number' && kind !== 'day') continue;
    const pool = `${kind}:${shape(figure)}`;
    pools.set(pool, [...(pools.get(pool) ?? []), figure]);
  }
  return (kind, token) => pools.get(`${kind}:${shape(token)}`)?.shift();
}

/**
 * An independent report of the story that `cast` made from `storyBase`: the article `other` (another
 * base, about another kind of event) rewritten with the story's names and, where a number of `other` has
 * the kind and shape of one of the story's, the story's figures. No sentence of the story is used, so the
 * report shares the story's people, places and figures but not its wording.
 * @example reportSameStory(bases[5], bases[0], castStory(bases[0], random).cast, random.fork('same'))
 */
export function reportSameStory(other: Article, storyBase: Article, cast: Cast, random: Random): Article {
  return recast(other, borrowNames(other, storyBase, cast, random), new Map(), random, borrowNumbers(cast));
}
