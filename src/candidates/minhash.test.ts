import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bandKeys, bands, minhashSignature } from './minhash.ts';

/** Stand-in word hashes: word i of a text of distinct words. */
const words = (from: number, n: number) => Uint32Array.from({ length: n }, (_, i) => (from + i) * 2654435761);
const shared = (a: number[], b: number[]) => a.filter((k) => b.includes(k)).length;

test('minhash band keys', async (t) => {
  const text = words(1, 400);
  const keys = bandKeys(minhashSignature(text));

  await t.test('should give the same text the same keys, one per band', () => {
    assert.equal(keys.length, bands);
    assert.deepEqual(bandKeys(minhashSignature(Uint32Array.from(text))), keys);
  });

  await t.test('should let a lightly edited text share a band', () => {
    const edited = Uint32Array.from(text);
    for (let i = 0; i < edited.length; i += 40) edited[i] = 7 + i;
    assert.ok(shared(bandKeys(minhashSignature(edited)), keys) > 0);
  });

  await t.test('should keep texts without common wording apart', () => {
    assert.equal(shared(bandKeys(minhashSignature(words(5000, 400))), keys), 0);
  });
});
