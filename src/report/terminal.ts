// The terminal summary of an analysis: stories, who copied whom, and what failed.
import Table from 'cli-table3';
import pc from 'picocolors';
import type { Analysis } from '../pipeline.ts';
import { coveragePhrase } from './coverage-phrase.ts';
import { derivationPhrase } from './derivation-phrase.ts';
import { independentPairs } from './json.ts';
import { storyQuotes } from './quote-lines.ts';
import { quoteLines } from './terminal-quotes.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Renders the summary as text; colour codes only when `color` is true. `width` is the terminal's. */
export function renderTerminal(
  analysis: Analysis,
  options: { color?: boolean; width?: number } = {},
): string {
  const c = pc.createColors(options.color ?? false);
  const width = Math.max(80, options.width ?? 100);
  const { articles, stories, provenance, diagnostics, pairs } = analysis;
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const lines: string[] = [];
  lines.push(
    c.bold(
      `${articles.length} article(s), ${stories.length} story(ies), ${provenance.derivations.length} derivation(s)` +
        ` — ${pairs.aligned} of ${pairs.possible} pair(s) compared`,
    ),
  );
  const independent = independentPairs(analysis);
  for (const story of stories) {
    const inStory = new Set(story.articles);
    const derivations = provenance.derivations.filter((d) => inStory.has(d.copy));
    const copies = new Set(derivations.map((d) => d.copy));
    const originals = [...new Set(derivations.map((d) => d.original))].filter((id) => !copies.has(id));
    const title = [...originals, ...story.articles].map((id) => titles.get(id)).find((t) => t) ?? '';
    lines.push(
      '',
      c.bold(`Story ${story.id}`) +
        ` — ${story.articles.length} article(s)${title ? `: ${c.italic(title)}` : ''}`,
    );
    if (originals.length > 0) lines.push(`  original: ${originals.map((o) => c.green(o)).join(', ')}`);
    if (derivations.length > 0) {
      const table = new Table({
        head: ['copy', 'derived from', 'method', 'copy / orig. reused', 'confidence'],
        style: { head: options.color ? ['cyan'] : [], border: options.color ? ['grey'] : [] },
      });
      for (const d of derivations) {
        table.push([
          d.copy,
          d.original,
          derivationPhrase(d),
          `${pct(d.copyCoverage)} / ${pct(d.originalCoverage)}`,
          d.confidence.toFixed(2),
        ]);
        // The strongest reason for the direction (the first entry is the verdict's own summary).
        const why = d.evidence[1] ?? d.evidence[0] ?? '';
        table.push([{ colSpan: 5, content: c.dim(`why: ${oneLine(why, width - 12)}`) }]);
      }
      lines.push(indent(table.toString()));
    }
    const independentIds = story.articles.filter(
      (id) => !provenance.derivations.some((d) => d.copy === id || d.original === id),
    );
    if (independentIds.length > 0 && story.articles.length > 1)
      lines.push(`  independent reports: ${independentIds.join(', ')}`);
    const pairCount = independent.filter((p) => p.story === story.id).length;
    if (pairCount > 0)
      lines.push(c.dim(`  ${pairCount} pair(s) in this story are independent of each other`));
    const kin = provenance.kinships.filter((k) => inStory.has(k.a));
    const byVia = new Map<string, Set<string>>();
    for (const k of kin) {
      const via = `${k.relation} through ${k.via.join(' → ')}`;
      const set = byVia.get(via) ?? new Set<string>();
      set.add(k.a).add(k.b);
      byVia.set(via, set);
    }
    for (const [via, ids] of byVia) lines.push(c.dim(`  related only as ${via}: ${[...ids].join(', ')}`));
    lines.push(...quoteLines(storyQuotes(analysis, story), c));
    const contributions = analysis.coverage.find((x) => x.story === story.id)?.contributions ?? [];
    if (contributions.length > 0) lines.push('  coverage:');
    for (const x of contributions) lines.push(`    ${x.article} (${x.role}): ${coveragePhrase(x)}`);
  }
  const problems = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  if (problems.length > 0 || warnings.length > 0) lines.push('');
  for (const d of problems) lines.push(c.red(`✗ ${d.message} [${d.code}]`));
  for (const d of warnings) lines.push(c.yellow(`! ${d.message} [${d.code}]`));
  return `${lines.join('\n')}\n`;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function indent(block: string): string {
  return block
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
