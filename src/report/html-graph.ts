// A small SVG drawing of one story: articles as boxes, derivations as arrows from original to copy.
import type { Derivation } from '../provenance/types.ts';
import { escapeHtml } from './escape.ts';

const boxWidth = 170;
const boxHeight = 30;
const gapX = 24;
const gapY = 56;

/**
 * Lays the story's articles out in rows by derivation depth (originals and independent reports on
 * top, copies of copies lower) and draws an arrow per derivation, labelled with its method (and
 * for a partial derivation the paragraphs taken, its arrow dashed). A copy with several sources
 * has an arrow from each.
 */
export function renderStoryGraph(storyId: string, articles: string[], derivations: Derivation[]): string {
  const marker = `head-${escapeHtml(storyId)}`;
  const depth = new Map<string, number>(articles.map((id) => [id, 0]));
  // Depth = longest chain of originals above; the loop is bounded because the derivation graph has no cycles.
  for (let round = 0; round < articles.length; round++) {
    for (const d of derivations)
      depth.set(d.copy, Math.max(depth.get(d.copy) ?? 0, (depth.get(d.original) ?? 0) + 1));
  }
  const rows: string[][] = [];
  for (const id of articles) {
    const row = depth.get(id) as number;
    rows[row] = [...(rows[row] ?? []), id];
  }
  const widest = Math.max(...rows.map((r) => r?.length ?? 0));
  const width = widest * (boxWidth + gapX) + gapX;
  const height = rows.length * (boxHeight + gapY) - gapY + 20;
  const position = new Map<string, { x: number; y: number }>();
  rows.forEach((row, r) => {
    const offset = (width - row.length * (boxWidth + gapX) + gapX) / 2;
    row.forEach((id, i) => {
      position.set(id, { x: offset + i * (boxWidth + gapX), y: 10 + r * (boxHeight + gapY) });
    });
  });
  const derivedIds = new Set(derivations.flatMap((d) => [d.original, d.copy]));
  const arrows = derivations.map((d) => {
    const from = position.get(d.original) as { x: number; y: number };
    const to = position.get(d.copy) as { x: number; y: number };
    const [x1, y1] = [from.x + boxWidth / 2, from.y + boxHeight];
    const [x2, y2] = [to.x + boxWidth / 2, to.y];
    // The label sits on the arrow near the copy's box, so a copy's several sources keep theirs apart.
    const [lx, ly] = [x2 + (x1 - x2) * 0.3, y2 + (y1 - y2) * 0.3];
    const what = d.scope === 'partial' ? `${d.paragraphs ?? 0}¶ ${d.method}` : d.method;
    return (
      `<line class="arrow ${d.method} ${d.scope}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2 - 2}" marker-end="url(#${marker})"/>` +
      `<text class="label" x="${lx}" y="${ly}">${what} ${Math.round(d.confidence * 100)}%</text>`
    );
  });
  const boxes = articles.map((id) => {
    const { x, y } = position.get(id) as { x: number; y: number };
    const label = id.length > 24 ? `${id.slice(0, 23)}…` : id;
    const kind = derivedIds.has(id) ? 'family' : 'independent';
    return (
      `<a href="#article-${escapeHtml(id)}"><rect class="node ${kind}" x="${x}" y="${y}" width="${boxWidth}" height="${boxHeight}" rx="5"/>` +
      `<text class="name" x="${x + boxWidth / 2}" y="${y + boxHeight / 2 + 4}">${escapeHtml(label)}</text></a>`
    );
  });
  return (
    `<svg class="graph" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="provenance graph">` +
    `<defs><marker id="${marker}" markerWidth="8" markerHeight="8" refX="7" refY="4" orient="auto"><path d="M0,0 L8,4 L0,8 z"/></marker></defs>` +
    `${arrows.join('')}${boxes.join('')}</svg>`
  );
}
