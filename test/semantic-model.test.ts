// The optional Universal Sentence Encoder path (--semantic use) gives the same verdicts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingest } from '../src/ingest/index.ts';
import { analyze } from '../src/pipeline.ts';

test('should find the paraphrase with the sentence encoder as with GloVe', async () => {
  const examples = new URL('../examples/', import.meta.url).pathname;
  const { articles } = await ingest([
    `${examples}eastbridge-observer.md`,
    `${examples}newsspin-hub.txt`,
    `${examples}library-budget.txt`,
  ]);
  const result = await analyze(articles, { semantic: 'use' });
  const features = result.articles.flatMap((a) => a.features);
  assert.ok(
    features.some((f) => f.use?.length === 512),
    'sentence-encoder vectors were computed',
  );
  assert.deepEqual(
    result.provenance.derivations.map((d) => [d.original, d.copy, d.method]),
    [['eastbridge-observer', 'newsspin-hub', 'paraphrased']],
  );
});
