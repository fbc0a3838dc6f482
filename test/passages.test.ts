// Reuse smaller or more tangled than a whole article (test/fixtures/passages, fictional): paragraphs
// lifted into a long report, a compilation of two sources, a chain of three, and ten undated copies
// of one source beside independent reports.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingest } from '../src/ingest/index.ts';
import { type Analysis, analyze, analyzePaths } from '../src/pipeline.ts';
import type { Derivation } from '../src/provenance/types.ts';

const fixture = (name: string) => new URL(`fixtures/passages/${name}`, import.meta.url).pathname;

const derivation = (result: Analysis, original: string, copy: string): Derivation | undefined =>
  result.provenance.derivations.find((d) => d.original === original && d.copy === copy);

const involves = (result: Analysis, id: string) =>
  result.provenance.derivations.some((d) => d.original === id || d.copy === id);

/** The paragraphs (1-based after the headline) of an article's sentences in a passage's copy range. */
function paragraphsOf(result: Analysis, id: string, ranges: Array<[number, number]>): number[] {
  const article = result.articles.find((a) => a.id === id);
  const paragraphs = new Set<number>();
  for (const [first, last] of ranges)
    for (let i = first; i <= last; i++) paragraphs.add(article?.sentences[i]?.paragraph ?? -1);
  return [...paragraphs].sort((x, y) => x - y);
}

test('lifted paragraphs: an outlet’s own long report with a few paragraphs of another’s', async (t) => {
  const result = await analyzePaths([fixture('lift')]);
  const lifts: Array<[string, number[], string]> = [
    ['host-verbatim', [12, 13], 'verbatim'],
    ['host-edited', [10, 11], 'edited'],
    ['host-three', [5, 14, 23], 'verbatim'],
  ];
  for (const [host, paragraphs, method] of lifts) {
    await t.test(`should find ${host} derived from the source, partly, in paragraphs ${paragraphs}`, () => {
      const d = derivation(result, 'source', host);
      assert.ok(d, JSON.stringify(result.provenance.derivations.map((x) => [x.original, x.copy])));
      assert.equal(d.scope, 'partial');
      assert.equal(d.method, method);
      assert.ok(d.copyCoverage < 0.2, `copy coverage ${d.copyCoverage}`);
      assert.deepEqual(
        paragraphsOf(
          result,
          host,
          d.passages.map((p) => p.copy),
        ),
        paragraphs,
      );
      assert.match(
        d.evidence[0] ?? '',
        new RegExp(
          `^${host} took ${paragraphs.length} paragraph\\(s\\) in ${paragraphs.length === 3 ? 3 : 1} passage`,
        ),
      );
    });
  }
  await t.test('should keep the independent report free of derivations, in the same story', () => {
    assert.ok(!involves(result, 'independent'));
    assert.equal(result.stories.length, 1);
  });
  await t.test('should not derive the hosts from one another', () => {
    const hosts = ['host-verbatim', 'host-edited', 'host-three'];
    assert.ok(
      !result.provenance.derivations.some((d) => hosts.includes(d.original) && hosts.includes(d.copy)),
    );
  });
});

test('compilation: an article stitched from paraphrased passages of two independent reports', async (t) => {
  const result = await analyzePaths([fixture('compilation')]);
  await t.test('should derive the compilation from each source, with its own passages', () => {
    const a = derivation(result, 'report-a', 'compiled');
    const b = derivation(result, 'report-b', 'compiled');
    assert.ok(a && b, JSON.stringify(result.provenance.derivations.map((x) => [x.original, x.copy])));
    assert.equal(a.method, 'paraphrased');
    // compiled ¶2–3, 6–7 and 11 come from report-a; ¶4, 8 and 10 from report-b.
    const from = (d: Derivation) =>
      paragraphsOf(
        result,
        'compiled',
        d.passages.map((p) => p.copy),
      );
    assert.deepEqual(from(a), [2, 3, 6, 7, 11]);
    assert.deepEqual(from(b), [4, 8, 10]);
  });
  await t.test('should find the two sources independent of each other', () => {
    assert.equal(result.provenance.derivations.length, 2);
    assert.deepEqual(result.stories[0]?.articles.length, 3);
  });
});

test('chain: a light edit of a paraphrase of the original', async (t) => {
  const result = await analyzePaths([fixture('chain')]);
  await t.test('should derive each from the one it was made from, oriented by the times', () => {
    const edges = result.provenance.derivations.map((d) => `${d.original}>${d.copy}`).sort();
    assert.deepEqual(edges, ['first>second', 'second>third']);
  });
  await t.test('should call the two ends kin through the middle, not a derivation', () => {
    assert.deepEqual(result.provenance.kinships, [
      { a: 'first', b: 'third', relation: 'indirect', via: ['second'] },
    ]);
  });
  await t.test('should keep the skeleton without the times, whichever way it is read', async () => {
    const { articles } = await ingest([fixture('chain')]);
    const undated = await analyze(articles.map((a) => ({ ...a, meta: { ...a.meta, published: undefined } })));
    const pairs = undated.provenance.derivations.map((d) => [d.original, d.copy].sort().join('-')).sort();
    assert.deepEqual(pairs, ['first-second', 'second-third']);
    assert.deepEqual(
      undated.provenance.kinships.map((k) => k.via),
      [['second']],
    );
  });
});

test('family: ten undated copies of one source among independent reports', async (t) => {
  const result = await analyzePaths([fixture('family')]);
  const copies = Array.from({ length: 10 }, (_, i) => `copy-${String(i + 1).padStart(2, '0')}`);
  await t.test('should derive every copy from the source, none from another copy', () => {
    const edges = result.provenance.derivations.map((d) => `${d.original}>${d.copy}`).sort();
    assert.deepEqual(
      edges,
      copies.map((c) => `source>${c}`),
    );
  });
  await t.test('should call the copies siblings through the source', () => {
    const siblings = result.provenance.kinships.filter((k) => k.relation === 'siblings');
    assert.ok(siblings.length > 0);
    for (const k of result.provenance.kinships) {
      assert.deepEqual([k.relation, k.via], ['siblings', ['source']], `${k.a}–${k.b}`);
      assert.ok(copies.includes(k.a) && copies.includes(k.b));
    }
  });
  await t.test('should keep the independent reports out of the family', () => {
    for (const id of ['independent-1', 'independent-2', 'independent-3']) assert.ok(!involves(result, id));
  });
  await t.test('should tell the cut-and-paste copies verbatim and the rewrites paraphrased', () => {
    for (const c of ['copy-01', 'copy-02', 'copy-03'])
      assert.equal(derivation(result, 'source', c)?.method, 'verbatim');
    for (const c of ['copy-08', 'copy-09', 'copy-10'])
      assert.equal(derivation(result, 'source', c)?.method, 'paraphrased');
  });
});
