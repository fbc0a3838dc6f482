// Harder fictional cases: reordering, merges and splits, synonyms, summaries, dropped and added
// paragraphs, independent reports that share long quotations, and a copy chain.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingest } from '../src/ingest/index.ts';
import { analyze, analyzePaths } from '../src/pipeline.ts';
import { toJson } from '../src/report/json.ts';

const fixture = (name: string) => new URL(`fixtures/hard/${name}`, import.meta.url).pathname;

test('tram: rewrites of one original in many forms', async (t) => {
  const result = toJson(await analyzePaths([fixture('tram')]));
  for (const copy of ['reordered', 'merged-split', 'synonyms', 'summary', 'drop-add']) {
    await t.test(`should find ${copy} derived from the original`, () => {
      const d = result.derivations.find((x) => x.copy === copy);
      assert.equal(d?.original, 'original', JSON.stringify(d?.evidence));
    });
  }
  await t.test('should keep the independent reports free of derivations, in the same story', async () => {
    for (const id of ['indep-a', 'indep-b']) {
      assert.ok(!result.derivations.some((d) => d.copy === id || d.original === id));
    }
    const story = result.stories.find((s) => s.articles.includes('original'));
    assert.ok(story?.articles.includes('indep-a') && story.articles.includes('indep-b'));
  });
  await t.test('should put a different event with the same officials in another story', async () => {
    const story = result.stories.find((s) => s.articles.includes('same-city-other-event'));
    assert.deepEqual(story?.articles, ['same-city-other-event']);
  });
  await t.test('should say the reordered copy moved text around', async () => {
    const d = result.derivations.find((x) => x.copy === 'reordered');
    assert.ok(d?.evidence.some((e) => e.includes('moved text around')));
  });
});

test('press conference: independent reports sharing long quotations', async (t) => {
  const result = toJson(await analyzePaths([fixture('press-conference')]));
  await t.test('should find no derivation', async () => assert.deepEqual(result.derivations, []));
  await t.test('should group the three reports as one story of independent pairs', async () => {
    assert.equal(result.stories.length, 1);
    assert.equal(result.independent.length, 3);
  });
});

test('chain: a rewrite of a rewrite', async (t) => {
  const { articles } = await ingest([fixture('chain')]);
  await t.test('should link each copy to the one it was made from, and not the ends directly', async () => {
    const result = toJson(await analyze(articles));
    const pairs = result.derivations.map((d) => [d.original, d.copy].sort().join('-')).sort();
    assert.deepEqual(pairs, ['chain-0-chain-1', 'chain-1-chain-2']);
    assert.deepEqual(
      result.kinships.map((k) => k.via),
      [['chain-1']],
    );
  });
  await t.test('should orient the chain by publication times when they are known', async () => {
    const times: Record<string, string> = {
      'chain-0': '2026-05-02T07:00:00Z',
      'chain-1': '2026-05-02T11:30:00Z',
      'chain-2': '2026-05-03T09:15:00Z',
    };
    const dated = articles.map((a) => ({ ...a, meta: { ...a.meta, published: times[a.id] } }));
    const result = toJson(await analyze(dated));
    const edges = result.derivations.map((d) => `${d.original}>${d.copy}`).sort();
    assert.deepEqual(edges, ['chain-0>chain-1', 'chain-1>chain-2']);
    assert.ok(result.derivations.every((d) => d.evidence.some((e) => e.includes('was published'))));
  });
});
