import assert from 'node:assert/strict';
import { test } from 'node:test';
import { derivationPhrase } from './derivation-phrase.ts';

test('derivationPhrase', async (t) => {
  await t.test('should name a whole derivation by its method', () => {
    assert.equal(derivationPhrase({ method: 'paraphrased', scope: 'whole' }), 'paraphrased');
  });
  await t.test('should say how many paragraphs a partial derivation took, and how', () => {
    assert.equal(
      derivationPhrase({ method: 'verbatim', scope: 'partial', paragraphs: 3 }),
      '3 paragraphs taken (verbatim)',
    );
    assert.equal(
      derivationPhrase({ method: 'edited', scope: 'partial', paragraphs: 1 }),
      '1 paragraph taken (edited)',
    );
  });
});
