// Which way an article's direction-ambiguous quote marks point, read once from the text as written.

/**
 * The reading of the marks whose direction differs between conventions:
 * - guillemets open with « in French, Italian, Spanish or Russian (`«…»`) and with » in German or
 *   Danish (`»…«`); single guillemets likewise (`‹…›`, `›…‹`);
 * - in German, Czech or Polish (`„…“`, `„…”`, `‚…‘`) the low mark opens, so “ and ‘ close.
 */
export interface QuoteStyle {
  /** The guillemet that opens a quotation. */
  guillemetOpens: '«' | '»';
  /** The single guillemet that opens a quotation. */
  singleGuillemetOpens: '‹' | '›';
  /** The article opens quotations with „: its “ and ‘ close them. */
  lowOpens: boolean;
}

/** The style of articles without guillemets or low marks: what every English text is read as. */
export const plainQuoteStyle: QuoteStyle = {
  guillemetOpens: '«',
  singleGuillemetOpens: '‹',
  lowOpens: false,
};

/**
 * The article's quote style. A quotation opens before it closes, so the first guillemet of an
 * article shows which one opens (single guillemets follow the doubles' direction when they give no
 * sign of their own). One „ is enough to read “ as closing: no convention that uses „ opens with “.
 */
export function quoteStyle(text: string): QuoteStyle {
  if (!/[„«»‹›]/.test(text)) return plainQuoteStyle;
  const lowOpens = text.includes('„');
  const guillemetOpens = firstOf(text, '«', '»') ?? '«';
  const singleGuillemetOpens = firstOf(text, '‹', '›') ?? (guillemetOpens === '»' ? '›' : '‹');
  if (!lowOpens && guillemetOpens === '«' && singleGuillemetOpens === '‹') return plainQuoteStyle;
  return { guillemetOpens, singleGuillemetOpens, lowOpens };
}

/** Whichever of two characters occurs first in `text`, or undefined when neither does. */
function firstOf<A extends string, B extends string>(text: string, a: A, b: B): A | B | undefined {
  const i = text.indexOf(a);
  const j = text.indexOf(b);
  if (i < 0 && j < 0) return undefined;
  return j < 0 || (i >= 0 && i < j) ? a : b;
}
