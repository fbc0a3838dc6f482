// Tests for decodeText: bytes to text, or a diagnostic saying why they are not text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeText, firstInvalidUtf8 } from './decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

test('decodeText', async (t) => {
  await t.test('should pass valid UTF-8 text through unchanged', () => {
    const text = 'Ferry fares in Lindenfield rose to 4 €.\nRiders said “ça suffit”.';
    assert.deepEqual(decodeText(utf8(text), 'fares.txt'), { text });
  });

  await t.test('should drop a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Lindenfield ferry')]);
    assert.deepEqual(decodeText(bytes, 'bom.txt'), { text: 'Lindenfield ferry' });
  });

  await t.test('should report empty bytes as NT_INGEST_EMPTY', () => {
    const result = decodeText(new Uint8Array(), 'empty.txt');
    assert.ok('problem' in result);
    assert.equal(result.problem.code, 'NT_INGEST_EMPTY');
    assert.equal(result.problem.severity, 'error');
    assert.equal(result.problem.source, 'ingest/decode');
  });

  await t.test('should report whitespace-only text as NT_INGEST_EMPTY', () => {
    const result = decodeText(utf8(' \n\t\r\n  '), 'blank.txt');
    assert.ok('problem' in result);
    assert.equal(result.problem.code, 'NT_INGEST_EMPTY');
    assert.match(result.problem.message, /only whitespace/);
  });

  await t.test('should report a NUL byte as NT_INGEST_BINARY with its offset', () => {
    const bytes = utf8('Lindenfield\0ferry');
    const result = decodeText(bytes, 'nul.bin');
    assert.ok('problem' in result);
    assert.equal(result.problem.code, 'NT_INGEST_BINARY');
    assert.match(result.problem.message, /NUL byte at offset 11\b/);
  });

  await t.test('should report many control bytes as NT_INGEST_BINARY', () => {
    const bytes = new Uint8Array([...utf8('Lindenfield ferry'), 0x01, 0x02, 0x1b, 0x7, 0x10]);
    const result = decodeText(bytes, 'controls.bin');
    assert.ok('problem' in result);
    assert.equal(result.problem.code, 'NT_INGEST_BINARY');
    assert.match(result.problem.message, /5 control bytes/);
  });

  await t.test('should accept tabs, newlines, CR and form feeds as text', () => {
    const text = 'Lindenfield\tferry\r\nfares\frose';
    assert.deepEqual(decodeText(utf8(text), 'ws.txt'), { text });
  });

  await t.test('should report Latin-1 bytes as NT_INGEST_NOT_UTF8 with the offset of the bad byte', () => {
    // "Café ouvert" in Latin-1: é is the single byte 0xE9 at offset 3.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x75, 0x76, 0x65, 0x72, 0x74]);
    const result = decodeText(bytes, 'latin1.txt');
    assert.ok('problem' in result);
    assert.equal(result.problem.code, 'NT_INGEST_NOT_UTF8');
    assert.match(result.problem.message, /offset 3\b/);
  });

  await t.test(
    'should point at an encoded UTF-16 surrogate, which UTF-8 forbids',

    () => {
      // "a" then U+D800 encoded as ED A0 80, then "b": TextDecoder rejects it at offset 1.
      const result = decodeText(new Uint8Array([0x61, 0xed, 0xa0, 0x80, 0x62]), 'surrogate.txt');
      assert.ok('problem' in result);
      assert.equal(result.problem.code, 'NT_INGEST_NOT_UTF8');
      assert.match(result.problem.message, /offset 1\b/);
    },
  );

  await t.test('should start every message with the input name', () => {
    const inputs: Array<[Uint8Array, string]> = [
      [new Uint8Array(), 'a/empty.txt'],
      [utf8('x\0y'), 'b/nul.txt'],
      [new Uint8Array([0x41, 0xe9]), 'c/latin.txt'],
    ];
    for (const [bytes, name] of inputs) {
      const result = decodeText(bytes, name);
      assert.ok('problem' in result);
      assert.equal(result.problem.input, name);
      assert.ok(result.problem.message.startsWith(`${name}: `), result.problem.message);
    }
  });
});

test('firstInvalidUtf8', async (t) => {
  await t.test('should return the length for valid UTF-8', () => {
    const bytes = utf8('Quai – café');
    assert.equal(firstInvalidUtf8(bytes), bytes.length);
  });

  await t.test('should point at a lead byte whose continuation is missing', () => {
    assert.equal(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xe9, 0x20])), 2);
  });

  await t.test('should point at a stray continuation byte', () => {
    assert.equal(firstInvalidUtf8(new Uint8Array([0x61, 0x80, 0x62])), 1);
  });

  await t.test('should point at a truncated sequence at the end', () => {
    assert.equal(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x80])), 1);
  });

  await t.test('should treat overlong lead bytes 0xC0 and 0xC1 as invalid', () => {
    assert.equal(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80])), 1);
  });
});
