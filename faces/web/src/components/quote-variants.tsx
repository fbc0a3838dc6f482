// How two articles give the same quotations: each changed one as a word diff, the unchanged counted.
import type { Quote, QuoteVariant } from '../api/types.ts';
import { WordDiffText } from './word-diff-text.tsx';

const what: Record<QuoteVariant['kind'], string> = {
  identical: 'identical',
  cosmetic: 'cosmetic change (case, punctuation or spelling)',
  altered: 'altered: words changed inside the quote marks',
  truncated: 'truncated',
  extended: 'extended',
};

/** Changed quotations first, as diffs from a's version to b's; `quotes` names each version's article. */
export function QuoteVariants({ variants, quotes }: { variants: QuoteVariant[]; quotes: Quote[] }) {
  const articleOf = new Map(quotes.map((q) => [q.id, q.article]));
  const changed = variants.filter((v) => v.kind !== 'identical');
  const identical = variants.length - changed.length;
  return (
    <section className="quote-variants">
      <h2>Quotations</h2>
      <p>
        {variants.length === 0
          ? 'No quotation is found in both articles.'
          : `${changed.length} of ${variants.length} shared quotation(s) differ; ${identical} identical.`}
      </p>
      {changed.length > 0 && (
        <ul className="variants">
          {changed.map((v) => (
            <li key={`${v.a}\u0000${v.b}`} className={`variant ${v.kind}`}>
              <div className="variant-head">
                <b>{v.speaker ?? 'unattributed'}</b> <span className={`kind ${v.kind}`}>{what[v.kind]}</span>{' '}
                <span className="meta">
                  {articleOf.get(v.a) ?? v.a} → {articleOf.get(v.b) ?? v.b}
                  {v.context === 'independent' ? ' (independent reports: a discrepancy between outlets)' : ''}
                </span>
              </div>
              <blockquote className="diff">
                “<WordDiffText diff={v.diff} />”
              </blockquote>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
