// Two articles set side by side from an analysis of the pair: how they are related, the derivation
// between them, their sentences row by row, and their quotations.
import type { Relation } from '../classify/types.ts';
import type { Analysis } from '../pipeline.ts';
import type { Derivation } from '../provenance/types.ts';
import type { Quote, QuoteVariant } from '../quotes/types.ts';
import { type SideBySideRow, sideBySideRows } from './side-by-side.ts';

/** One side of a comparison. */
export interface ComparedArticle {
  id: string;
  title: string;
  publisher?: string;
  published?: string;
  /** Its sentences as analysed: the rows index them. */
  sentences: string[];
}

/** Two articles compared. */
export interface Comparison {
  a: ComparedArticle;
  b: ComparedArticle;
  /** `derived` when one is derived from the other (see `derivation`), `independent` when they report one story. */
  relation: Relation;
  /** The derivation between them; its `original` and `copy` say the direction. */
  derivation: Derivation | null;
  /**
   * The sentences row by row: the original on the left (`original` indexes) and the copy on the
   * right (`copy`) when derived, else `a` on the left and `b` on the right.
   */
  rows: SideBySideRow[];
  /** The quotations of both. */
  quotes: Quote[];
  /** Each quotation the two share, and how the second version differs. */
  quoteVariants: QuoteVariant[];
}

/**
 * The comparison of articles `a` and `b` from an analysis holding both (analyze the pair with
 * `compareAll`, so that they are aligned however little they share). Throws when either is missing.
 */
export function pairComparison(analysis: Analysis, a: string, b: string): Comparison {
  const article = (id: string) => {
    const found = analysis.articles.find((x) => x.id === id);
    if (!found) throw new Error(`${id} is not in the analysis`);
    return found;
  };
  const [left, right] = [article(a), article(b)];
  const side = (x: typeof left): ComparedArticle => ({
    id: x.id,
    title: x.title,
    ...(x.meta.publisher ? { publisher: x.meta.publisher } : {}),
    ...(x.meta.published ? { published: x.meta.published } : {}),
    sentences: x.sentences.map((s) => s.text),
  });
  const pair = (x: { a: string; b: string }) => (x.a === a && x.b === b) || (x.a === b && x.b === a);
  const verdict = analysis.verdicts.find(pair);
  const derivation = analysis.provenance.derivations.find((d) => pair({ a: d.original, b: d.copy })) ?? null;
  const links = verdict?.alignment.links ?? [];
  const rows = derivation
    ? sideBySideRows(
        links,
        article(derivation.original).sentences.length,
        article(derivation.copy).sentences.length,
        verdict?.b === derivation.copy,
      )
    : sideBySideRows(links, left.sentences.length, right.sentences.length, verdict?.b !== a);
  const ids = new Set([a, b]);
  return {
    a: side(left),
    b: side(right),
    relation: derivation ? 'derived' : (verdict?.relation ?? 'unrelated'),
    derivation,
    rows,
    quotes: analysis.quotes.quotes.filter((q) => ids.has(q.article)),
    quoteVariants: analysis.quotes.variants,
  };
}
