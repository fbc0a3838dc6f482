import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import { ingest } from '../ingest/index.ts';
import { fromMessage, toMessage } from './batch-message.ts';
import { createPreparer } from './prepare.ts';

const examples = new URL('../../examples', import.meta.url).pathname;
const { articles } = await ingest([examples]);
const preparer = await createPreparer();

test('batch messages', async (t) => {
  await t.test('should give back every token of a batch after crossing a thread boundary', () => {
    const sent = preparer.prepare(articles, { quotes: true });
    const received = fromMessage(deserialize(serialize(toMessage(sent))));
    assert.deepEqual(received, preparer.prepare(articles, { quotes: true }));
  });

  await t.test('should carry no token or feature objects, only columns', () => {
    const message = toMessage(preparer.prepare(articles));
    const sentences = message.batch.prepared.flatMap((p) => p.represented.sentences);
    assert.ok(sentences.length > 0);
    assert.ok(sentences.every((s) => s.tokens.length === 0));
    assert.ok(message.batch.prepared.every((p) => p.represented.features.length === 0));
    assert.equal(message.tokens.counts.length, sentences.length);
    assert.equal(message.features.rest.length, sentences.length);
    assert.equal(new Set(message.strings).size, message.strings.length);
  });

  await t.test('should let a received sentence take new tokens, read before or not', () => {
    const received = fromMessage(deserialize(serialize(toMessage(preparer.prepare(articles.slice(0, 1))))));
    const [first, second] = received.prepared[0]?.represented.sentences ?? [];
    assert.ok(first && second && first.tokens.length > 0);
    first.tokens = [];
    second.tokens = [];
    assert.deepEqual([first.tokens, second.tokens], [[], []]);
  });
});
