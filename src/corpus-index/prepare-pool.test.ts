import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingest } from '../ingest/index.ts';
import { createPreparer } from './prepare.ts';
import { preparePool } from './prepare-pool.ts';

const examples = new URL('../../examples', import.meta.url).pathname;
const { articles } = await ingest([examples]);

test('preparePool', async (t) => {
  await t.test(
    'should read batches in workers as this thread does, a fresh worker after each batch',
    async () => {
      const here = await createPreparer();
      const pool = preparePool(1, 1);
      try {
        for (const batch of [articles.slice(0, 3), articles.slice(3, 6), articles.slice(6)]) {
          assert.deepEqual(await pool.prepare(batch), here.prepare(batch));
        }
      } finally {
        await pool.close();
      }
    },
  );
});
