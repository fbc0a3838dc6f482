import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { maxDecompressionRatio } from '../limits.ts';
import { gunzipLimited } from './gunzip.ts';

test('gunzip with limits', async (t) => {
  await t.test('should stop a gzip bomb at its ratio limit, saying which', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const out = await gunzipLimited(bomb);
    assert.match(out.overLimit ?? '', new RegExp(`${maxDecompressionRatio} times its ${bomb.length} bytes`));
    assert.ok(out.bytes.length <= bomb.length * maxDecompressionRatio + 1024 * 1024);
  });

  await t.test('should read every member of a multi-member file', async () => {
    const out = await gunzipLimited(Buffer.concat([gzipSync('WARC/1.1 one\n'), gzipSync('two\n')]));
    assert.equal(Buffer.from(out.bytes).toString(), 'WARC/1.1 one\ntwo\n');
    assert.equal(out.fault, undefined);
  });

  await t.test('should keep what came before a truncation and give the fault', async () => {
    const whole = gzipSync(Buffer.from('The Lowmoor ferry pier closed on Friday. '.repeat(2000)));
    const out = await gunzipLimited(whole.subarray(0, whole.length - 40));
    assert.match(out.fault ?? '', /unexpected end of file/);
    assert.ok(Buffer.from(out.bytes).toString().startsWith('The Lowmoor ferry pier closed'));
  });
});
