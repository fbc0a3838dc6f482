import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { codes, diagnostic } from './errors.ts';

test('errors', async (t) => {
  await t.test('should document every diagnostic code in the README', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const code of Object.keys(codes))
      assert.ok(readme.includes(`\`${code}\``), `${code} is not in README.md`);
  });

  await t.test('should start a message with the input and give the reason and detail', () => {
    const d = diagnostic('NT_INGEST_EMPTY', 'ingest', 'notes/ferry.txt', '0 bytes');
    assert.equal(d.message, 'notes/ferry.txt: the file is empty or holds only whitespace: 0 bytes');
    assert.equal(d.severity, 'error');
  });
});
