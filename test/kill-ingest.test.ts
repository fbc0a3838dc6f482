// An ingest killed (SIGKILL) at random moments and then run to its end leaves what one clean ingest
// leaves; `npm run bench:kills` does the same with 100 kills on a larger corpus.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { killIngest } from '../bench/kill-ingest.ts';

test('killed ingest', async (t) => {
  await t.test('should lose and double nothing, and find the same stories and derivations', async () => {
    const r = await killIngest({
      kills: 5,
      articles: 40,
      seed: 3,
      batch: 4,
      maxDelaySeconds: 6,
      minutes: 3,
      concurrent: 0,
    });
    assert.ok(r.kills + r.finishedFirst >= 5, `${r.kills} kills`);
    assert.deepEqual(r.differences, []);
    assert.equal(r.articles, 40);
    assert.equal(r.check.status, 0, r.check.summary);
  });
});
