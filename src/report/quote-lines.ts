// What the reports say about a story's quotations: alterations, discrepancies and quotes only one article has.
import type { Analysis } from '../pipeline.ts';
import type { Quote, QuoteVariant, SingleQuote } from '../quotes/index.ts';
import type { Story } from '../stories/index.ts';

/** The quote findings of one story, ready for a report: changes first, then agreements counted. */
export interface StoryQuotes {
  /** Altered, truncated or extended versions: along derivations (the copy's change) or between outlets. */
  changes: Array<{ variant: QuoteVariant; a: Quote; b: Quote }>;
  /** Versions that agree (identical or cosmetic), counted by context. */
  agreeing: { derivation: number; independent: number };
  singles: Array<{ single: SingleQuote; quote: Quote }>;
  /** Quotations of an original that a copy gives as indirect speech. */
  indirect: Array<{ quote: Quote; article: string; sentence: number }>;
}

/** Groups the analysis's quote findings by story. */
export function storyQuotes(analysis: Analysis, story: Story): StoryQuotes {
  const inStory = new Set(story.articles);
  const byId = new Map(analysis.quotes.quotes.map((q) => [q.id, q]));
  const quote = (id: string) => byId.get(id) as Quote;
  const variants = analysis.quotes.variants.filter((v) => inStory.has(quote(v.a).article));
  const agreeing = { derivation: 0, independent: 0 };
  const changes: StoryQuotes['changes'] = [];
  for (const variant of variants) {
    if (variant.kind === 'identical' || variant.kind === 'cosmetic') agreeing[variant.context]++;
    else changes.push({ variant, a: quote(variant.a), b: quote(variant.b) });
  }
  return {
    changes,
    agreeing,
    singles: analysis.quotes.singles
      .filter((s) => s.story === story.id)
      .map((single) => ({ single, quote: quote(single.quote) })),
    // A quotation no other article quotes is listed once, with its indirect renderings, as a single.
    indirect: analysis.quotes.indirect
      .filter((i) => inStory.has(i.article) && !analysis.quotes.singles.some((s) => s.quote === i.quote))
      .map((i) => ({ quote: quote(i.quote), article: i.article, sentence: i.sentence })),
  };
}

/** A one-line label of a change: "altered in 001 (copy of 000)" or "quoted differently by 000 and 002". */
export function changeLabel({ variant, a, b }: StoryQuotes['changes'][number]): string {
  return variant.context === 'derivation'
    ? `${variant.kind} in ${b.article} (copy of ${a.article})`
    : `quoted differently (${variant.kind}) by ${a.article} and ${b.article}`;
}

/**
 * A one-line label of a quotation only one article has: "only in 001, added by the copy", or
 * "only quoted in 000; as indirect speech in 003".
 */
export function singleLabel({ single, quote }: StoryQuotes['singles'][number]): string {
  const where = single.addedByCopy
    ? `only in ${quote.article}, added by the copy`
    : `only quoted in ${quote.article}`;
  const indirect = single.indirectIn.map((i) => i.article).join(', ');
  return indirect ? `${where}; as indirect speech in ${indirect}` : where;
}

/** The singles worth a line of their own: added by a copy, or told elsewhere as indirect speech. */
export function notableSingles(found: StoryQuotes): StoryQuotes['singles'] {
  return found.singles.filter((s) => s.single.addedByCopy || s.single.indirectIn.length > 0);
}
