// The coverage stage: for each article of a story, what it adds that the other articles lack, and
// the shared facts it reported first.
import type { Alignment } from '../align/types.ts';
import type { Derivation } from '../provenance/types.ts';
import type { QuoteComparison } from '../quotes/match.ts';
import type { Quote } from '../quotes/types.ts';
import type { RepresentedArticle } from '../represent/types.ts';
import type { Sentence } from '../segment/types.ts';
import { counterparts } from './counterparts.ts';
import { firstReports } from './first-to-report.ts';
import { entry } from './map-entry.ts';
import { capitalisedWords, type Name, namesIn, sameName } from './names.ts';
import { numbersStated, type StatedNumber, sameNumber } from './numbers.ts';
import { quoteCarriers } from './quote-carriers.ts';
import type { Additions, Contribution, Role } from './types.ts';

export type { Additions, Contribution, FirstReport, Role } from './types.ts';

/** What the coverage of one story is computed from. */
export interface CoverageInput {
  /** The story's articles. */
  articles: RepresentedArticle[];
  /** Alignments between pairs of them (the more pairs, the fewer sentences wrongly taken as additions). */
  alignments: Alignment[];
  /** The story's derivations. */
  derivations: Derivation[];
  /** The quotations of its articles, and how they were matched across the story. */
  quotes: Quote[];
  comparison: QuoteComparison;
}

/**
 * Each article's contribution, in the order given. An article is judged against every other article
 * of its story except its own copies (direct or through a chain), which hold its text because they
 * took it: so an original is credited with what its copies repeat, and a copy with nothing its
 * source or another report already has.
 */
export function storyCoverage(input: CoverageInput): Contribution[] {
  const { articles, derivations } = input;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const shared = counterparts(input.alignments, (id, i) => byId.get(id)?.sentences[i]?.heading ?? false);
  const carriers = quoteCarriers(input.quotes, input.comparison);
  const copies = new Set(derivations.map((d) => d.copy));
  const originals = new Set(derivations.map((d) => d.original));
  const publishers = articles.flatMap((a) => (a.meta.publisher ? [wordsOf(a.meta.publisher)] : []));
  const facts = new Map(articles.map((a) => [a.id, statedFacts(a)]));
  // Who states what, by a name's last word and a number's value: an article's facts are looked up
  // among the others' in time linear in the story, not quadratic in its facts.
  const namesBy = new Map<string, Array<{ article: string; name: Name }>>();
  const numbersBy = new Map<string, Array<{ article: string; number: StatedNumber }>>();
  for (const [article, f] of facts) {
    for (const name of f.names)
      entry(namesBy, name.words[name.words.length - 1] as string, () => []).push({ article, name });
    for (const number of f.numbers) entry(numbersBy, number.value, () => []).push({ article, number });
  }
  const reports = articles.filter((a) => !copies.has(a.id));
  const first = firstReports(reports, shared, input.quotes, carriers);
  return articles.map((article) => {
    const role: Role = copies.has(article.id)
      ? 'copy'
      : originals.has(article.id)
        ? 'original'
        : 'independent';
    const own = descendants(article.id, derivations);
    const others = new Set(articles.filter((a) => a.id !== article.id && !own.has(a.id)).map((a) => a.id));
    const among = (ids: Iterable<string>) => [...ids].some((id) => others.has(id));
    const mine = facts.get(article.id) as StatedFacts;
    const sentences = article.sentences
      .filter((s) => !isHeadline(article, s) && s.tokens.some((t) => t.type === 'word'))
      .map((s) => s.index)
      .filter((i) => !among(shared.get(article.id)?.get(i) ?? []));
    const adds: Additions = {
      sentences,
      quotes: input.quotes
        .filter((q) => q.article === article.id && !q.fragment && !among(carriers.get(q.id) ?? []))
        .map((q) => q.id),
      names: mine.names
        // An outlet named is a credit or a dateline, not a fact the article reports.
        .filter((n) => !publishers.some((p) => n.words.every((w) => p.includes(w))))
        .filter(
          (n) =>
            !namesBy
              .get(n.words[n.words.length - 1] as string)
              ?.some((m) => others.has(m.article) && sameName(n, m.name)),
        )
        .map((n) => n.text),
      numbers: mine.numbers
        .filter((n) => !numbersBy.get(n.value)?.some((m) => others.has(m.article) && sameNumber(n, m.number)))
        .map((n) => n.text),
    };
    if (role === 'copy') adds.filler = sentences.filter((i) => mine.bare.has(i));
    return { article: article.id, role, adds, firstWith: first.get(article.id) ?? [] };
  });
}

/** The names and numbers an article states outside its headline, and its sentences stating neither. */
interface StatedFacts {
  names: Name[];
  numbers: StatedNumber[];
  bare: Set<number>;
}

/** Facts stated, once per article object: a story's findings are found again as its articles arrive. */
const stated = new WeakMap<RepresentedArticle, StatedFacts>();

function statedFacts(article: RepresentedArticle): StatedFacts {
  const known = stated.get(article);
  if (known) return known;
  const facts = readFacts(article);
  stated.set(article, facts);
  return facts;
}

function readFacts(article: RepresentedArticle): StatedFacts {
  const names: Name[] = [];
  const numbers: StatedNumber[] = [];
  const bare = new Set<number>();
  const capitalised = capitalisedWords(article.sentences);
  for (const sentence of article.sentences) {
    if (isHeadline(article, sentence)) continue;
    const found = namesIn(sentence, capitalised);
    const counted = numbersStated(sentence);
    if (found.length === 0 && counted.length === 0) bare.add(sentence.index);
    for (const n of found) if (!names.some((m) => sameName(n, m))) names.push(n);
    for (const n of counted)
      if (!numbers.some((m) => m.value === n.value && m.unit === n.unit)) numbers.push(n);
  }
  return { names, numbers, bare };
}

/**
 * The headline is the article's title, not a fact it reports: a heading opening the article or
 * repeating its title. Subheadings count ("Concessions under consideration").
 */
function isHeadline(article: RepresentedArticle, sentence: Sentence): boolean {
  return sentence.heading && (sentence.index === 0 || sentence.text === article.title);
}

/** The articles derived from `id`, directly or through others. */
function descendants(id: string, derivations: Derivation[]): Set<string> {
  const out = new Set<string>();
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const d of derivations) {
      if (d.original === next && !out.has(d.copy) && d.copy !== id) {
        out.add(d.copy);
        queue.push(d.copy);
      }
    }
  }
  return out;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
