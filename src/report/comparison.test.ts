// Tests for pairComparison: a copy beside its original, and two reports of different stories.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingest } from '../ingest/index.ts';
import type { RawArticle } from '../ingest/types.ts';
import { analyze } from '../pipeline.ts';
import { pairComparison } from './comparison.ts';

const examples = new URL('../../examples', import.meta.url).pathname;
const { articles } = await ingest([examples]);
const byId = (id: string) => articles.find((a) => a.id === id) as RawArticle;

test('pairComparison', async (t) => {
  await t.test(
    'should set the original on the left of a paraphrase, with its altered quotations',
    async () => {
      const pair = [byId('newsspin-hub'), byId('eastbridge-observer')];
      const compared = pairComparison(
        await analyze(pair, { compareAll: true }),
        'newsspin-hub',
        'eastbridge-observer',
      );
      assert.equal(compared.relation, 'derived');
      assert.equal(compared.derivation?.original, 'eastbridge-observer');
      assert.equal(compared.a.id, 'newsspin-hub');
      const aligned = compared.rows.filter((r) => r.kind === 'aligned');
      assert.ok(aligned.length > 10);
      // Rows index the original's sentences on the left and the copy's on the right.
      for (const row of aligned) {
        assert.ok(row.original.every((i) => i < compared.b.sentences.length));
        assert.ok(row.copy < compared.a.sentences.length);
      }
      assert.ok(compared.quoteVariants.some((v) => v.kind === 'altered'));
      assert.ok(compared.quotes.some((q) => q.article === 'newsspin-hub'));
      assert.ok(compared.quotes.some((q) => q.article === 'eastbridge-observer'));
    },
  );

  await t.test('should set a left and b right when the two are not related', async () => {
    const compared = pairComparison(
      await analyze([byId('library-budget'), byId('digest-network')], { compareAll: true }),
      'digest-network',
      'library-budget',
    );
    assert.equal(compared.relation, 'unrelated');
    assert.equal(compared.derivation, null);
    const left = compared.rows.flatMap((r) =>
      r.kind === 'omitted' ? [r.original] : r.kind === 'aligned' ? r.original : [],
    );
    const right = compared.rows.flatMap((r) => (r.kind === 'added' || r.kind === 'aligned' ? [r.copy] : []));
    assert.equal(new Set(left).size, compared.a.sentences.length);
    assert.equal(new Set(right).size, compared.b.sentences.length);
  });
});
