import assert from 'node:assert/strict';
import { test } from 'node:test';
// The bundled build runs ELK in this thread (the page uses the worker build).
import ElkConstructor from 'elkjs/lib/elk.bundled.js';
import type { Derivation, StoryArticle } from '../api/types.ts';
import { layoutStory, shortLabel } from './graph-layout.ts';

const article = (id: string, role: StoryArticle['role']): StoryArticle => ({
  id,
  title: `Ferry fares rise in Lindenfield (${id})`,
  path: `${id}.txt`,
  story: 'ferry-a',
  role,
});

const derivation = (original: string, copy: string, extra: Partial<Derivation> = {}): Derivation => ({
  original,
  copy,
  method: 'edited',
  scope: 'whole',
  copyCoverage: 0.9,
  originalCoverage: 0.8,
  confidence: 0.95,
  derivedProbability: 0.99,
  directionConfidence: 0.96,
  evidence: [],
  passages: [],
  ...extra,
});

test('should draw an arrow from each original to its copy, left to right, with its label', async () => {
  const articles = [article('ferry-a', 'original'), article('ferry-b', 'copy'), article('ferry-c', 'copy')];
  const derivations = [
    derivation('ferry-a', 'ferry-b'),
    derivation('ferry-a', 'ferry-c', { method: 'verbatim', scope: 'partial', paragraphs: 2 }),
  ];
  const layout = await layoutStory(
    new ElkConstructor(),
    [...articles, article('ferry-x', 'independent')],
    derivations,
  );
  const box = (id: string) => layout.nodes.find((n) => n.article.id === id);
  assert.equal(layout.nodes.length, 4);
  assert.deepEqual(
    layout.edges.map((e) => e.label),
    ['edited, 90%', '2¶ verbatim'],
  );
  for (const edge of layout.edges) {
    const from = box(edge.derivation.original);
    const to = box(edge.derivation.copy);
    assert.ok(from && to && edge.points.length >= 2);
    const [start, end] = [edge.points[0], edge.points.at(-1)];
    assert.ok(start && end);
    assert.ok(Math.abs(start.x - (from.x + from.width)) < 1, 'the arrow leaves the original on its right');
    assert.ok(Math.abs(end.x - to.x) < 1, "the arrow reaches the copy's left side");
    assert.ok(edge.labelBox && edge.labelBox.width > 0);
  }
  assert.ok(layout.width > 0 && layout.height > 0);
});

test('should shorten long ids in their boxes', () => {
  assert.equal(shortLabel('short-id'), 'short-id');
  assert.equal(shortLabel('https://news.example/2026/03/ferry-fares').length, 26);
});
