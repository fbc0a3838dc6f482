// The self-contained HTML report: stories, a provenance graph each, and every copy beside its original.
import type { Analysis } from '../pipeline.ts';
import type { Derivation, Kinship } from '../provenance/types.ts';
import type { SegmentedArticle } from '../segment/types.ts';
import { derivationPhrase } from './derivation-phrase.ts';
import { escapeHtml as esc } from './escape.ts';
import { coverageCss, coverageSection } from './html-coverage.ts';
import { renderStoryGraph } from './html-graph.ts';
import { quotesSection } from './html-quotes.ts';
import { independentPairs } from './json.ts';
import { storyQuotes } from './quote-lines.ts';
import { sideBySideRows } from './side-by-side.ts';
import { wordDiff } from './word-diff.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Renders the analysis as one HTML file with inline CSS and no scripts or external resources, so
 * it opens from disk offline. All article text and names are escaped.
 */
export function renderHtml(analysis: Analysis, options: { title?: string } = {}): string {
  const byId = new Map(analysis.articles.map((a) => [a.id, a]));
  const verdictOf = new Map(analysis.verdicts.map((v) => [`${v.a}\u0000${v.b}`, v]));
  const title = options.title ?? 'newstrace report';
  const independent = independentPairs(analysis);
  const stories = analysis.stories.map((story) => {
    const inStory = new Set(story.articles);
    const derivations = analysis.provenance.derivations.filter((d) => inStory.has(d.copy));
    const pairs = independent.filter((p) => p.story === story.id);
    const kin = analysis.provenance.kinships.filter((k) => inStory.has(k.a));
    return `<section class="story" id="story-${esc(story.id)}">
<h2>Story ${esc(story.id)} <small>${story.articles.length} article(s)</small></h2>
${story.articles.length > 1 ? renderStoryGraph(story.id, story.articles, derivations) : ''}
<ul class="articles">${story.articles.map((id) => articleItem(byId.get(id) as SegmentedArticle, derivations)).join('')}</ul>
${pairs.length > 0 ? `<p class="independent">Independent pairs: ${pairs.map((p) => `${esc(p.a)} – ${esc(p.b)} (${p.similarity.toFixed(2)})`).join('; ')}</p>` : ''}
${kinshipLines(kin)}
${quotesSection(storyQuotes(analysis, story))}
${coverageSection(analysis.coverage.find((c) => c.story === story.id)?.contributions ?? [], byId)}
${derivations
  .map((d) => {
    const v = verdictOf.get(`${d.original}\u0000${d.copy}`) ?? verdictOf.get(`${d.copy}\u0000${d.original}`);
    return v
      ? derivationSection(
          d,
          byId.get(d.original) as SegmentedArticle,
          byId.get(d.copy) as SegmentedArticle,
          v.alignment.links,
          v.b === d.copy,
        )
      : '';
  })
  .join('\n')}
</section>`;
  });
  const problems = analysis.diagnostics.map(
    (d) => `<li class="${d.severity}">${esc(d.message)} <code>${d.code}</code></li>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${css}${coverageCss}</style></head>
<body>
<h1>${esc(title)}</h1>
<p class="summary">${analysis.articles.length} article(s), ${analysis.stories.length} story(ies), ${analysis.provenance.derivations.length} derivation(s); ${analysis.pairs.aligned} of ${analysis.pairs.possible} pair(s) compared.</p>
<p class="legend"><span class="verbatim">verbatim</span> <span class="edited">edited</span> <span class="paraphrased">paraphrased</span> <span class="added">added by the copy</span> <span class="omitted">left out by the copy</span> <ins>inserted words</ins> <del>removed words</del></p>
${stories.join('\n')}
${problems.length > 0 ? `<section><h2>Inputs not analysed</h2><ul class="problems">${problems.join('')}</ul></section>` : ''}
</body></html>
`;
}

/** One line per way of being related: "Siblings through X (they share text only through it): a, b, c." */
function kinshipLines(kin: Kinship[]): string {
  const groups = new Map<string, Set<string>>();
  for (const k of kin) {
    const label = `${k.relation === 'siblings' ? 'Siblings' : 'Related indirectly'}, sharing text only through ${k.via.join(' → ')}`;
    const ids = groups.get(label) ?? new Set<string>();
    ids.add(k.a).add(k.b);
    groups.set(label, ids);
  }
  return [...groups]
    .map(([label, ids]) => `<p class="kin">${esc(label)}: ${[...ids].map(esc).join(', ')}.</p>`)
    .join('');
}

function articleItem(article: SegmentedArticle, derivations: Derivation[]): string {
  const role = derivations.some((d) => d.copy === article.id)
    ? 'copy'
    : derivations.some((d) => d.original === article.id)
      ? 'original'
      : 'independent';
  const meta = [article.meta.publisher, article.meta.published].filter(Boolean).map((x) => esc(x as string));
  return `<li id="article-${esc(article.id)}"><span class="role ${role}">${role}</span> <b>${esc(article.id)}</b> ${article.title ? `“${esc(article.title)}”` : ''} <small>${esc(article.path)} · ${article.words} words${meta.length ? ` · ${meta.join(' · ')}` : ''}</small>${
    article.boilerplate.length > 0
      ? `<br><small class="boilerplate">boilerplate left out: ${article.boilerplate.map((b) => `“${esc(b)}”`).join(' · ')}</small>`
      : ''
  }</li>`;
}

function derivationSection(
  d: Derivation,
  original: SegmentedArticle,
  copy: SegmentedArticle,
  links: Parameters<typeof sideBySideRows>[0],
  copyIsB: boolean,
): string {
  const rows = sideBySideRows(links, original.sentences.length, copy.sentences.length, copyIsB).map((row) => {
    if (row.kind === 'added') return `<tr class="added"><td></td><td>${sentence(copy, row.copy)}</td></tr>`;
    if (row.kind === 'omitted')
      return `<tr class="omitted"><td>${sentence(original, row.original)}</td><td></td></tr>`;
    const left = row.original.map((i) => original.sentences[i]?.text ?? '').join(' ');
    const right = copy.sentences[row.copy]?.text ?? '';
    const diff = row.method === 'paraphrased' ? undefined : wordDiff(left, right);
    const leftHtml = diff ? diffSide(diff, '-', 'del') : esc(left);
    const rightHtml = diff ? diffSide(diff, '+', 'ins') : esc(right);
    return `<tr class="${row.method}"><td><span class="n">${row.original.join(',')}</span> ${leftHtml}</td><td><span class="n">${row.copy}</span> ${rightHtml} <span class="score">${row.method} ${row.score.toFixed(2)}</span></td></tr>`;
  });
  return `<details class="derivation" open>
<summary><b>${esc(d.copy)}</b> ← <b>${esc(d.original)}</b>: ${esc(derivationPhrase(d))}, ${pct(d.copyCoverage)} of the copy from the original, ${pct(d.originalCoverage)} of the original reused, confidence ${d.confidence.toFixed(2)}</summary>
${d.scope === 'partial' ? `<p class="taken">Passages taken: ${d.passages.map((p) => `copy ${range(p.copy)} ← original ${range(p.original)} (${p.method})`).join('; ')}. The copy's other sentences are its own.</p>` : ''}
<ul class="evidence">${d.evidence.map((e) => `<li>${esc(e)}</li>`).join('')}</ul>
<table class="sbs"><thead><tr><th>original: ${esc(original.id)}</th><th>copy: ${esc(copy.id)}</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></details>`;
}

/** A sentence range as shown beside the side-by-side table's sentence numbers. */
const range = ([first, last]: [number, number]) => (first === last ? `${first}` : `${first}–${last}`);

/** One side of a word diff: kept words as text, this side's own words (`op`) wrapped in `tag`. */
function diffSide(diff: ReturnType<typeof wordDiff>, op: '-' | '+', tag: 'del' | 'ins'): string {
  return diff
    .filter(([o]) => o === '=' || o === op)
    .map(([o, t]) => (o === op ? `<${tag}>${esc(t)}</${tag}>` : esc(t)))
    .join('');
}

function sentence(article: SegmentedArticle, index: number): string {
  return `<span class="n">${index}</span> ${esc(article.sentences[index]?.text ?? '')}`;
}

const css = `
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1200px;padding:0 1em;color:#222}
h1{margin-bottom:.2em}h2 small{font-weight:normal;color:#666}
.legend span,.legend ins,.legend del{padding:1px 6px;border-radius:3px;margin-right:4px}
.story{border-top:2px solid #ddd;margin-top:2em}
.graph{display:block;margin:1em 0;max-width:100%;height:auto}
.graph .node{fill:#eef;stroke:#557}.graph .node.independent{fill:#f4f4f4;stroke:#999}
.graph .name{font-size:12px;text-anchor:middle}.graph .label{font-size:11px;fill:#555;text-anchor:middle}
.graph .arrow{stroke:#557;stroke-width:1.6}.graph .arrow.partial{stroke-dasharray:5 3}.graph marker path{fill:#557}
.taken{margin:.3em 0;font-size:.9em}
.articles{list-style:none;padding:0}.articles li{margin:.2em 0}
.role{font-size:11px;text-transform:uppercase;padding:1px 5px;border-radius:3px;background:#eee}
.role.original{background:#cfe8cf}.role.copy{background:#f6dcc0}
.derivation{margin:1.2em 0;border:1px solid #ddd;border-radius:6px;padding:.5em 1em}
.derivation summary{cursor:pointer}.evidence{font-size:14px;color:#333}
.sbs{border-collapse:collapse;width:100%;font-size:14px}.sbs td,.sbs th{vertical-align:top;padding:4px 6px;border-bottom:1px solid #eee;width:50%;text-align:left}
.n{color:#888;font-size:11px;margin-right:3px}.score{color:#888;font-size:11px;white-space:nowrap}
.verbatim{background:#e3ecfb}.edited{background:#fdf1d6}.paraphrased{background:#eee3f7}
.added{background:#dff3df}.omitted{background:#f8e1e1;color:#755}
ins{background:#bfe6bf;text-decoration:none}del{background:#f1c0c0}
.problems .error{color:#a00}.problems .warning{color:#a60}
table.quotes td{vertical-align:top;padding:3px 6px;border-top:1px solid #ddd}
tr.independent td:nth-child(2){color:#a60}tr.derivation td:nth-child(2){color:#a00}
`;
