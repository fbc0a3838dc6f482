// Follows quotations across a story's articles: along each derivation, and between independent reports.
import type { Link } from '../align/types.ts';
import type { PairVerdict } from '../classify/types.ts';
import type { Derivation } from '../provenance/types.ts';
import { isContentToken, termOf } from '../represent/terms.ts';
import type { SegmentedArticle } from '../segment/types.ts';
import type { Story } from '../stories/index.ts';
import { compareQuotes, quoteWords } from './compare.ts';
import type { FoundQuote } from './extract.ts';
import type { IndirectQuote, QuoteVariant, SingleQuote, VariantContext } from './types.ts';

/** What following the quotations across articles found. */
export interface QuoteComparison {
  variants: QuoteVariant[];
  singles: SingleQuote[];
  indirect: IndirectQuote[];
}

/**
 * Least share of the shorter quotation's content terms the other must hold to be the same
 * quotation: along a derivation, where the copy may reword it (0.5, or less when the sentences
 * are aligned and the speaker is the same), and between independent reports, which quote the same
 * speech in different cuts but should not be matched on a shared word or two (0.6 and 2 terms).
 */
const derivedShare = 0.5;
const independentShare = 0.6;
const independentShared = 2;
/** Share of a quotation's terms a sentence without quote marks must hold to render it as indirect speech. */
const indirectShare = 0.6;

/** Compares the quotations of every story with more than one article. */
export function compareQuotations(input: {
  articles: SegmentedArticle[];
  found: Map<string, FoundQuote[]>;
  stories: Story[];
  derivations: Derivation[];
  verdicts: PairVerdict[];
}): QuoteComparison {
  const { found, derivations } = input;
  const quotesOf = (id: string) => found.get(id) ?? [];
  const variants: QuoteVariant[] = [];
  const indirect: IndirectQuote[] = [];
  const matched = new Set<string>();
  const record = (pairs: Array<[FoundQuote, FoundQuote]>, context: VariantContext) => {
    for (const [x, y] of pairs) {
      matched.add(x.quote.id);
      matched.add(y.quote.id);
      const { kind, diff } = compareQuotes(x.quote.text, y.quote.text);
      variants.push({
        speaker: x.quote.speaker ?? y.quote.speaker,
        a: x.quote.id,
        b: y.quote.id,
        kind,
        context,
        diff,
      });
    }
  };
  const articleById = new Map(input.articles.map((a) => [a.id, a]));
  for (const d of derivations) {
    const links = linksBetween(input.verdicts, d.original, d.copy);
    const pairs = matchQuotes(quotesOf(d.original), quotesOf(d.copy), (x, y) => derivedScore(x, y, links));
    record(pairs, 'derivation');
    const copy = articleById.get(d.copy);
    const kept = new Set(pairs.map(([x]) => x.quote.id));
    for (const q of quotesOf(d.original)) {
      if (kept.has(q.quote.id) || q.quote.fragment || !copy) continue;
      const linked = new Set(
        links.filter((l) => l.a >= q.sentences[0] && l.a <= q.sentences[1]).map((l) => l.b),
      );
      const sentence = indirectSentence(q, copy, linked);
      if (sentence !== null) indirect.push({ quote: q.quote.id, article: d.copy, sentence });
    }
  }
  const copies = new Set(derivations.map((d) => d.copy));
  for (const story of input.stories) {
    // Each family speaks once, through its original: copies were compared with their originals above.
    const outlets = story.articles.filter((id) => !copies.has(id));
    for (let i = 0; i < outlets.length; i++)
      for (let j = i + 1; j < outlets.length; j++)
        record(
          matchQuotes(quotesOf(outlets[i] as string), quotesOf(outlets[j] as string), independentScore),
          'independent',
        );
  }
  const singles: SingleQuote[] = [];
  for (const story of input.stories) {
    if (story.articles.length < 2) continue;
    for (const id of story.articles) {
      for (const q of quotesOf(id)) {
        if (q.quote.fragment || matched.has(q.quote.id)) continue;
        const others = story.articles.filter((o) => o !== id);
        if (others.some((o) => quotesOf(o).some((r) => derivedScore(q, r, []) > 0))) continue;
        const indirectIn = others.flatMap((o) => {
          const other = articleById.get(o);
          const sentence = other ? indirectSentence(q, other, null) : null;
          return sentence === null ? [] : [{ article: o, sentence }];
        });
        singles.push({
          quote: q.quote.id,
          article: id,
          story: story.id,
          addedByCopy: copies.has(id),
          indirectIn,
        });
      }
    }
  }
  return { variants, singles, indirect };
}

/** The alignment links of the derivation, oriented original (a) → copy (b). */
function linksBetween(verdicts: PairVerdict[], original: string, copy: string): Link[] {
  const v = verdicts.find((x) => (x.a === original && x.b === copy) || (x.a === copy && x.b === original));
  if (!v) return [];
  return v.a === original ? v.alignment.links : v.alignment.links.map((l) => ({ ...l, a: l.b, b: l.a }));
}

/** One-to-one pairs, best score first; a score of 0 means "not the same quotation". */
function matchQuotes(
  xs: FoundQuote[],
  ys: FoundQuote[],
  score: (x: FoundQuote, y: FoundQuote) => number,
): Array<[FoundQuote, FoundQuote]> {
  const candidates: Array<[number, FoundQuote, FoundQuote]> = [];
  for (const x of xs)
    for (const y of ys) {
      const s = score(x, y);
      if (s > 0) candidates.push([s, x, y]);
    }
  candidates.sort((p, q) => q[0] - p[0]);
  const used = new Set<string>();
  const pairs: Array<[FoundQuote, FoundQuote]> = [];
  for (const [, x, y] of candidates) {
    if (used.has(x.quote.id) || used.has(y.quote.id)) continue;
    used.add(x.quote.id);
    used.add(y.quote.id);
    pairs.push([x, y]);
  }
  return pairs.sort((p, q) => p[0].quote.start - q[0].quote.start);
}

/** Shared content terms, and their share of the smaller set. */
function overlap(x: FoundQuote, y: FoundQuote): { shared: number; share: number } {
  const tx = new Set(x.terms);
  const ty = new Set(y.terms);
  let shared = 0;
  for (const t of tx) if (ty.has(t)) shared++;
  const least = Math.min(tx.size, ty.size);
  return { shared, share: least === 0 ? 0 : shared / least };
}

/** Fragments (one or two words) are the same quotation only when they have the same words. */
function sameFragment(x: FoundQuote, y: FoundQuote): boolean {
  return quoteWords(x.quote.text).join(' ') === quoteWords(y.quote.text).join(' ');
}

/**
 * Two speakers that can be one person: either unknown, the same, or one name's last word the
 * other's (a surname left unresolved in one article).
 */
function compatible(x: string | null, y: string | null): boolean {
  if (!x || !y || x === y) return true;
  const last = (s: string) => s.split(' ').pop()?.toLowerCase();
  return last(x) === last(y) || !/^\p{Lu}/u.test(x) || !/^\p{Lu}/u.test(y);
}

function derivedScore(x: FoundQuote, y: FoundQuote, links: Link[]): number {
  if (!compatible(x.quote.speaker, y.quote.speaker)) return 0;
  if (x.quote.fragment || y.quote.fragment)
    return x.quote.fragment && y.quote.fragment && sameFragment(x, y) ? 1 : 0;
  const { shared, share } = overlap(x, y);
  const linked = links.some(
    (l) => l.a >= x.sentences[0] && l.a <= x.sentences[1] && l.b >= y.sentences[0] && l.b <= y.sentences[1],
  );
  const sameSpeaker = x.quote.speaker !== null && x.quote.speaker === y.quote.speaker;
  // A rewritten quotation may keep few words ("play out the way things … have traditionally" →
  // "unfold in the traditional manner"); its aligned sentence and speaker still pin it down.
  if (share >= derivedShare && shared >= 1) return share + (linked ? 0.3 : 0) + (sameSpeaker ? 0.2 : 0);
  if (linked && sameSpeaker && shared >= 1) return 0.1 + share;
  return 0;
}

function independentScore(x: FoundQuote, y: FoundQuote): number {
  if (!compatible(x.quote.speaker, y.quote.speaker)) return 0;
  if (x.quote.fragment || y.quote.fragment)
    return x.quote.fragment && y.quote.fragment && sameFragment(x, y) ? 1 : 0;
  const { shared, share } = overlap(x, y);
  return share >= independentShare && shared >= independentShared ? share : 0;
}

/**
 * A sentence of `article` that carries the quotation's words without quote marks: most of its
 * content terms, outside any quotation. `among` limits the search to aligned sentences.
 */
function indirectSentence(
  q: FoundQuote,
  article: SegmentedArticle,
  among: Set<number> | null,
): number | null {
  const terms = new Set(q.terms);
  if (terms.size < 3) return null;
  for (const s of article.sentences) {
    if (among && !among.has(s.index)) continue;
    const outside = new Set(s.tokens.filter((t) => !t.quoted && isContentToken(t)).map(termOf));
    let held = 0;
    for (const t of terms) if (outside.has(t)) held++;
    if (held / terms.size >= indirectShare) return s.index;
  }
  return null;
}
