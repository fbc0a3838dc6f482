import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingest } from '../ingest/index.ts';
import { createPreparer } from './prepare.ts';
import { preparePool } from './prepare-pool.ts';

const examples = new URL('../../examples', import.meta.url).pathname;
const { articles } = await ingest([examples]);

test('preparePool', async (t) => {
  await t.test(
    'should read batches in workers as this thread does, quotations included when asked, a fresh worker after each batch',
    async () => {
      const here = await createPreparer();
      const pool = preparePool(1, 1);
      try {
        for (const batch of [articles.slice(0, 3), articles.slice(3, 6), articles.slice(6)]) {
          assert.deepEqual((await pool.prepare(batch)).batch, here.prepare(batch));
        }
        const { batch: quoted, readyAt } = await pool.prepare(articles, true);
        assert.ok(readyAt <= performance.timeOrigin + performance.now());
        assert.ok(quoted.prepared.some((p) => (p.quotes?.length ?? 0) > 0));
        assert.deepEqual(quoted, here.prepare(articles, { quotes: true }));
      } finally {
        await pool.close();
      }
    },
  );
});
