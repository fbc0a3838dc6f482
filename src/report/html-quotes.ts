// The quotations section of the HTML report: each change as a word diff, then quotes only one article has.
import type { DiffPart } from '../quotes/index.ts';
import { escapeHtml as esc } from './escape.ts';
import { changeLabel, notableSingles, type StoryQuotes, singleLabel } from './quote-lines.ts';

/** A story's quotation findings as HTML; empty when there are none. All text is escaped. */
export function quotesSection(found: StoryQuotes): string {
  const { derivation, independent } = found.agreeing;
  const singles = notableSingles(found);
  if (found.changes.length === 0 && singles.length === 0 && found.indirect.length === 0) return '';
  const rows = found.changes.map(
    (change) =>
      `<tr class="${change.variant.context}"><td>${esc(change.variant.speaker ?? 'unattributed')}</td><td>${esc(changeLabel(change))}</td><td>“${diffHtml(change.variant.diff)}”</td></tr>`,
  );
  for (const single of singles)
    rows.push(
      `<tr class="single"><td>${esc(single.quote.speaker ?? 'unattributed')}</td><td>${esc(singleLabel(single))}</td><td>“<ins>${esc(single.quote.text)}</ins>”</td></tr>`,
    );
  for (const { quote, article } of found.indirect)
    rows.push(
      `<tr class="indirect"><td>${esc(quote.speaker ?? 'unattributed')}</td><td>${esc(`turned into indirect speech in ${article}`)}</td><td>“${esc(quote.text)}”</td></tr>`,
    );
  return `<details class="quotes" open><summary>Quotations: ${found.changes.length} changed; kept as in the source ${derivation} time(s) in copies, ${independent} time(s) between independent reports</summary>
<table class="quotes"><thead><tr><th>speaker</th><th>what happened</th><th>the words (<del>removed</del> <ins>inserted</ins>)</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></details>`;
}

/** A word diff inline: removed words struck, inserted words marked. */
function diffHtml(diff: DiffPart[]): string {
  return diff
    .map(([op, text]) =>
      op === '=' ? esc(text) : op === '-' ? `<del>${esc(text)}</del>` : `<ins>${esc(text)}</ins>`,
    )
    .join('');
}
