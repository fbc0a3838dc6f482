// The machine-readable result of analyze (schema version 2, documented in the README's "JSON output").
import type { Contribution } from '../coverage/types.ts';
import type { Diagnostic } from '../errors.ts';
import type { Analysis } from '../pipeline.ts';
import type { Derivation, Kinship } from '../provenance/types.ts';
import type { IndirectQuote, Quote, QuoteVariant, SingleQuote } from '../quotes/index.ts';
import { components } from '../stories/index.ts';

export interface AnalysisJson {
  version: 2;
  articles: Array<{
    id: string;
    path: string;
    title: string;
    /** The article's sentences; passages refer to them by 0-based index. */
    sentences: string[];
    words: number;
    publisher?: string;
    published?: string;
    url?: string;
    /** Paragraphs left out of the comparison as boilerplate (subscription prompts and the like). */
    boilerplate?: string[];
  }>;
  /** Stories with what each of their articles brings (empty for a story of one article). */
  stories: Array<{ id: string; articles: string[]; contributions: Contribution[] }>;
  derivations: Derivation[];
  independent: Array<{ a: string; b: string; story: string; similarity: number }>;
  kinships: Kinship[];
  /** Every direct quotation of every article. */
  quotes: Quote[];
  /** Each quotation found in two articles compared along a derivation or between independent reports. */
  quoteVariants: QuoteVariant[];
  /** Quotations no other article of their story carries in quote marks. */
  quoteSingles: SingleQuote[];
  /** Quotations of an original that a copy gives without quote marks. */
  quoteIndirect: IndirectQuote[];
  diagnostics: Diagnostic[];
  pairs: { aligned: number; possible: number };
}

/** Builds the JSON document of an analysis. */
export function toJson(analysis: Analysis): AnalysisJson {
  return {
    version: 2,
    articles: analysis.articles.map((a) => ({
      id: a.id,
      path: a.path,
      title: a.title,
      sentences: a.sentences.map((s) => s.text),
      words: a.words,
      ...(a.meta.publisher ? { publisher: a.meta.publisher } : {}),
      ...(a.meta.published ? { published: a.meta.published } : {}),
      ...(a.meta.url ? { url: a.meta.url } : {}),
      ...(a.boilerplate.length > 0 ? { boilerplate: a.boilerplate } : {}),
    })),
    stories: analysis.stories.map((s) => ({
      ...s,
      contributions: analysis.coverage.find((c) => c.story === s.id)?.contributions ?? [],
    })),
    derivations: analysis.provenance.derivations,
    independent: independentPairs(analysis),
    kinships: analysis.provenance.kinships,
    quotes: analysis.quotes.quotes,
    quoteVariants: analysis.quotes.variants,
    quoteSingles: analysis.quotes.singles,
    quoteIndirect: analysis.quotes.indirect,
    diagnostics: analysis.diagnostics,
    pairs: analysis.pairs,
  };
}

/**
 * Every pair of articles in one story that is not joined by derivation, directly or through its
 * family; `similarity` is the pair's document cosine (0 when the pair was pruned before comparison).
 */
export function independentPairs(analysis: Analysis): AnalysisJson['independent'] {
  const families = components(
    analysis.articles.map((a) => a.id),
    analysis.provenance.derivations.map((d): [string, string] => [d.original, d.copy]),
  );
  const familyOf = new Map(families.flatMap((members, f) => members.map((id): [string, number] => [id, f])));
  const cosine = new Map(analysis.verdicts.map((v) => [`${v.a}\u0000${v.b}`, v.measures.cosine]));
  const out: AnalysisJson['independent'] = [];
  for (const story of analysis.stories) {
    const ids = story.articles;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i] as string, ids[j] as string];
        if (familyOf.get(a) === familyOf.get(b)) continue;
        const similarity = cosine.get(`${a}\u0000${b}`) ?? cosine.get(`${b}\u0000${a}`) ?? 0;
        out.push({ a, b, story: story.id, similarity: Math.round(similarity * 1000) / 1000 });
      }
    }
  }
  return out;
}
