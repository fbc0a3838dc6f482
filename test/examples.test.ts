// The bundled fictional corpus in examples/: every verdict its README promises.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePaths } from '../src/pipeline.ts';
import { toJson } from '../src/report/json.ts';

const result = toJson(await analyzePaths([new URL('../examples', import.meta.url).pathname]));
const derivation = (copy: string) => result.derivations.find((d) => d.copy === copy);
const storyOf = (id: string) => result.stories.find((s) => s.articles.includes(id))?.id;

test('examples corpus', async (t) => {
  await t.test('should read the eight articles and skip the README', () => {
    assert.equal(result.articles.length, 8);
    assert.ok(!result.articles.some((a) => a.id === 'README'));
  });

  await t.test('should find the verbatim copy of the original', () => {
    const d = derivation('digest-network');
    assert.equal(d?.original, 'eastbridge-observer');
    assert.equal(d?.method, 'verbatim');
    assert.ok((d?.copyCoverage ?? 0) > 0.95);
  });

  await t.test('should find the light edit as edited', () => {
    const d = derivation('regional-wire');
    assert.equal(d?.original, 'eastbridge-observer');
    assert.equal(d?.method, 'edited');
  });

  await t.test('should find the heavy paraphrase as paraphrased and covering nearly all the original', () => {
    const d = derivation('newsspin-hub');
    assert.equal(d?.original, 'eastbridge-observer');
    assert.equal(d?.method, 'paraphrased');
    assert.ok((d?.originalCoverage ?? 0) > 0.8);
  });

  await t.test('should find the partial copy, with its additions outside the taken passages', () => {
    const d = derivation('county-post');
    assert.equal(d?.original, 'eastbridge-observer');
    assert.ok((d?.copyCoverage ?? 1) < 0.75, `copy coverage ${d?.copyCoverage}`);
    assert.ok((d?.originalCoverage ?? 1) < 0.6, `original coverage ${d?.originalCoverage}`);
  });

  await t.test('should state the evidence that makes the Observer the original', () => {
    for (const copy of ['digest-network', 'newsspin-hub']) {
      assert.ok(derivation(copy)?.evidence.some((e) => e.includes('credits Eastbridge Observer')));
    }
    for (const d of result.derivations) assert.ok(d.confidence > 0.7, `${d.copy}: ${d.confidence}`);
  });

  await t.test('should report the two independent reports as independent, in the story', () => {
    for (const id of ['valley-gazette', 'public-radio']) {
      assert.equal(derivation(id), undefined);
      assert.ok(!result.derivations.some((d) => d.original === id));
      assert.equal(storyOf(id), storyOf('eastbridge-observer'));
    }
    assert.ok(result.independent.some((p) => [p.a, p.b].sort().join() === 'public-radio,valley-gazette'));
    assert.ok(
      result.independent.some((p) => [p.a, p.b].sort().join() === 'eastbridge-observer,valley-gazette'),
    );
  });

  await t.test('should keep the unrelated story apart', () => {
    const story = result.stories.find((s) => s.articles.includes('library-budget'));
    assert.deepEqual(story?.articles, ['library-budget']);
  });

  await t.test('should report copies of one source as siblings, not as derived from each other', () => {
    assert.equal(result.derivations.length, 4);
    assert.ok(
      result.kinships.some((k) => k.relation === 'siblings' && k.via.includes('eastbridge-observer')),
    );
  });
});
