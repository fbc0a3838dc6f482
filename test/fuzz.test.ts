// A bounded run of the fuzz harness (bench/fuzz.ts): one hostile input of every kind, each run beside three good articles.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fuzzInputs, generators, prepareInputs } from '../bench/fuzz/inputs.ts';
import { fuzz } from '../bench/fuzz/run.ts';

test('hostile inputs of every kind', async (t) => {
  await prepareInputs();
  const summary = await fuzz(fuzzInputs(Object.keys(generators).length), { batchSize: 11, concurrency: 2 });
  const detail = JSON.stringify(summary, null, 1);

  await t.test('should crash on none', () => assert.deepEqual(summary.crashes, [], detail));
  await t.test('should hang on none', () => assert.deepEqual(summary.hangs, [], detail));
  await t.test('should name every input that gives no article in a diagnostic', () =>
    assert.deepEqual(summary.silent, [], detail),
  );
  await t.test('should lose none of the good articles beside them', () =>
    assert.equal(summary.goodLost, 0, detail),
  );
  await t.test('should exit 1 exactly when an input failed', () =>
    assert.equal(summary.exitMismatches, 0, detail),
  );
  await t.test('should stay under 1 GB of memory', () => assert.ok(summary.peakRssMb < 1024, detail));
});
