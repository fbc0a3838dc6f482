// Terminal answers of the index commands: an article's sources and copies, and the stories held.
import pc from 'picocolors';
import type { Sources, StoryListing } from '../corpus-index/types.ts';
import type { Derivation } from '../provenance/types.ts';
import { coveragePhrase } from './coverage-phrase.ts';
import { derivationPhrase } from './derivation-phrase.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;
/** Passages shown per derivation; the JSON has them all. */
const maxPassages = 3;

type Colors = ReturnType<typeof pc.createColors>;

function derivationLines(d: Derivation, other: string, sources: Sources, c: Colors): string[] {
  const lines = [
    `  ${c.bold(other)} — ${derivationPhrase(d)}, ${pct(d.copyCoverage)} of the copy from the original, ` +
      `${pct(d.originalCoverage)} of the original reused, confidence ${d.confidence.toFixed(2)}`,
    ...d.evidence.map((e) => c.dim(`    · ${e}`)),
  ];
  const sentence = (id: string, i: number) => sources.sentences[id]?.[i] ?? '';
  for (const p of d.passages.slice(0, maxPassages)) {
    lines.push(
      `    ${p.method} passage, original ${p.original[0] + 1}–${p.original[1] + 1} → copy ${p.copy[0] + 1}–${p.copy[1] + 1}:`,
      c.dim(`      original: ${sentence(d.original, p.original[0])}`),
      c.dim(`      copy:     ${sentence(d.copy, p.copy[0])}`),
    );
  }
  if (d.passages.length > maxPassages)
    lines.push(c.dim(`    … ${d.passages.length - maxPassages} more passage(s) (--json)`));
  return lines;
}

/** Renders `newstrace sources`. */
export function renderSources(sources: Sources, options: { color?: boolean } = {}): string {
  const c = pc.createColors(options.color ?? false);
  const a = sources.article;
  const about = [a.publisher, a.published].filter(Boolean).join(', ');
  const lines = [
    c.bold(`${a.id}${a.title ? ` — ${a.title}` : ''}`) +
      (about ? ` (${about})` : '') +
      c.dim(` story ${a.story}`),
  ];
  lines.push(
    '',
    sources.derivedFrom.length > 0
      ? 'Derived from:'
      : 'Derived from: no indexed article (an original, or its source is not indexed)',
  );
  for (const d of sources.derivedFrom) lines.push(...derivationLines(d, d.original, sources, c));
  lines.push('', sources.copiedBy.length > 0 ? 'Copied by:' : 'Copied by: no indexed article');
  for (const d of sources.copiedBy) lines.push(...derivationLines(d, d.copy, sources, c));
  const kin = new Map<string, string[]>();
  for (const k of sources.kinships) {
    const via = `${k.relation} through ${k.via.join(' → ')}`;
    kin.set(via, [...(kin.get(via) ?? []), k.a === a.id ? k.b : k.a]);
  }
  for (const [via, ids] of kin) lines.push('', c.dim(`Related only as ${via}: ${ids.join(', ')}`));
  if (sources.independent.length > 0)
    lines.push('', `Independent reports of the same story: ${sources.independent.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** Renders `newstrace stories`. */
export function renderStories(stories: StoryListing[], options: { color?: boolean } = {}): string {
  const c = pc.createColors(options.color ?? false);
  const lines: string[] = [`${stories.length} story(ies)`];
  for (const story of stories) {
    const title = story.articles.find((x) => x.role === 'original')?.title ?? story.articles[0]?.title ?? '';
    lines.push(
      '',
      c.bold(`Story ${story.story}`) + ` — ${story.articles.length} article(s)${title ? `: ${title}` : ''}`,
    );
    for (const x of story.articles) {
      const role = x.role === 'original' ? c.green(x.role) : x.role === 'copy' ? c.yellow(x.role) : x.role;
      lines.push(
        `  ${x.id}  ${role}${x.published ? `  ${x.published}` : ''}${x.publisher ? `  ${x.publisher}` : ''}`,
      );
    }
    for (const d of story.derivations)
      lines.push(
        c.dim(`  ${d.copy} ← ${d.original} (${derivationPhrase(d)}, confidence ${d.confidence.toFixed(2)})`),
      );
    for (const x of story.contributions) lines.push(`  ${x.article}: ${coveragePhrase(x)}`);
  }
  return `${lines.join('\n')}\n`;
}
