// The coverage view of a story in the HTML report: names and numbers by article, and each article's
// text with its own sentences and the facts it reported first marked.
import type { Contribution } from '../coverage/types.ts';
import type { SegmentedArticle } from '../segment/types.ts';
import { coveragePhrase } from './coverage-phrase.ts';
import { escapeHtml as esc } from './escape.ts';

/** The section for one story's contributions; empty for a story without any. */
export function coverageSection(contributions: Contribution[], byId: Map<string, SegmentedArticle>): string {
  if (contributions.length === 0) return '';
  const rows = contributions.map(
    (c) =>
      `<tr><td><b>${esc(c.article)}</b></td><td><span class="role ${c.role}">${c.role}</span></td><td>${c.adds.names.map(esc).join(', ')}</td><td>${c.adds.numbers.map(esc).join(', ')}</td></tr>`,
  );
  const texts = contributions.map((c) => {
    const article = byId.get(c.article);
    if (!article) return '';
    const own = new Set(c.adds.sentences);
    const filler = new Set(c.adds.filler ?? []);
    const first = new Map(c.firstWith.map((f) => [f.sentence, f.alsoIn]));
    const sentences = article.sentences.map((s) => {
      const kind = filler.has(s.index) ? 'own filler' : own.has(s.index) ? 'own' : 'shared';
      const also = first.get(s.index);
      const mark = also ? ` <span class="first">first; also in ${also.map(esc).join(', ')}</span>` : '';
      return `<li class="${kind}" value="${s.index}">${esc(s.text)}${mark}</li>`;
    });
    return `<details class="coverage-text"><summary><b>${esc(c.article)}</b>: ${esc(coveragePhrase(c))}</summary><ol start="0">${sentences.join('')}</ol></details>`;
  });
  return `<section class="coverage"><h3>What each article brings</h3>
<p class="legend"><span class="own">its own: no other article says it</span> <span class="own filler">its own, stating no name or number (a copy's filler)</span> <span class="first">first to report a fact other reports share</span></p>
<table class="facts"><thead><tr><th>article</th><th>role</th><th>names no other article states</th><th>numbers no other article states</th></tr></thead><tbody>${rows.join('')}</tbody></table>
${texts.join('\n')}</section>`;
}

/** The view's styles, added to the report's. */
export const coverageCss = `
.coverage table.facts{border-collapse:collapse;font-size:14px}.coverage table.facts td,.coverage table.facts th{padding:3px 8px;border-top:1px solid #ddd;text-align:left;vertical-align:top}
.coverage-text ol{font-size:14px}.coverage-text li.shared{color:#777}
.own{background:#dff3df}.own.filler{background:#eee;font-style:italic}
.first{font-size:11px;background:#fff0b3;padding:0 4px;border-radius:3px}
`;
