import assert from 'node:assert/strict';
import { test } from 'node:test';
import { edgeLabel, formatPublished } from './format.ts';

test('should label a whole derivation with its method and the share of the copy taken', () => {
  assert.equal(edgeLabel({ method: 'paraphrased', scope: 'whole', copyCoverage: 0.934 }), 'paraphrased, 93%');
});

test('should label a partial derivation with the paragraphs taken', () => {
  assert.equal(
    edgeLabel({ method: 'verbatim', scope: 'partial', paragraphs: 2, copyCoverage: 0.3 }),
    '2¶ verbatim',
  );
});

test('should shorten a publication time and keep its zone', () => {
  assert.equal(formatPublished('2026-03-04T08:10:00-05:00'), '2026-03-04 08:10 -05:00');
  assert.equal(formatPublished('2026-03-04T13:10:00.000Z'), '2026-03-04 13:10 UTC');
  assert.equal(formatPublished('2026-03-04'), '2026-03-04');
  assert.equal(formatPublished('Tuesday'), 'Tuesday');
});
