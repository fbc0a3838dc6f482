import assert from 'node:assert/strict';
import { test } from 'node:test';
import { passageKeys, passageTerms, passageWindow } from './passage-keys.ts';

/** Term hashes of a text of distinct made-up terms: term i hashes to a fixed pseudo-random value. */
const terms = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => Math.imul(from + i + 1, 0x9e3779b1) >>> 0);
const keysOf = (hashes: number[]) => passageKeys(Uint32Array.from(hashes)).keys;
const common = (x: number[], y: number[]) => x.filter((k) => y.includes(k)).length;

test('passageKeys', async (t) => {
  await t.test('should give a run of shared terms the same fingerprints wherever it stands', () => {
    const passage = terms(5000, 15);
    const first = keysOf([...terms(0, 300), ...passage, ...terms(1000, 200)]);
    const second = keysOf([...terms(2000, 40), ...passage]);
    assert.ok(common(first, second) >= 1, `${common(first, second)} shared`);
    assert.equal(common(first, keysOf(terms(3000, 500))), 0);
  });

  await t.test('should always share a fingerprint for a run as long as the window guarantees', () => {
    const run = passageTerms + passageWindow - 1;
    for (let seed = 0; seed < 200; seed++) {
      const passage = terms(10_000 + seed * 100, run);
      const a = keysOf([...terms(seed * 7, 50), ...passage, ...terms(50_000 + seed, 30)]);
      const b = keysOf([...terms(90_000 + seed * 3, 20), ...passage]);
      assert.ok(common(a, b) >= 1, `seed ${seed}`);
    }
  });

  await t.test('should keep about 2 / (window + 1) fingerprints per term', () => {
    const count = keysOf(terms(0, 10_000)).length;
    const expected = (2 / (passageWindow + 1)) * 10_000;
    assert.ok(Math.abs(count - expected) < 0.1 * expected, `${count} against ${expected.toFixed(0)}`);
  });

  await t.test('should give each fingerprint the position of its run', () => {
    const hashes = terms(0, 200);
    const { keys, starts } = passageKeys(Uint32Array.from(hashes));
    assert.equal(keys.length, starts.length);
    for (const [i, start] of starts.entries()) {
      const alone = passageKeys(Uint32Array.from(hashes.slice(start, start + passageTerms))).keys;
      assert.deepEqual(alone, [keys[i]]);
    }
  });

  await t.test('should give no fingerprint to fewer terms than a run, and one to a single window', () => {
    assert.deepEqual(keysOf(terms(0, passageTerms - 1)), []);
    assert.equal(keysOf(terms(0, passageTerms)).length, 1);
  });
});
