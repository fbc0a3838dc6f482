// Tests for charset names and decoding in a named charset.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asLatin1, charsetName, decodeAs } from './charsets.ts';

test('charsets', async (t) => {
  await t.test(
    'should give the canonical name of a label, or undefined when TextDecoder does not know it',
    () => {
      assert.equal(charsetName('latin1'), 'windows-1252');
      assert.equal(charsetName(' UTF8 '), 'utf-8');
      assert.equal(charsetName('cp1251'), 'windows-1251');
      assert.equal(charsetName('koi8-r'), 'koi8-r');
      assert.equal(charsetName('shift-jis'), 'shift_jis');
      assert.equal(charsetName('latin-9000'), undefined);
      assert.equal(charsetName('utf-32'), undefined);
    },
  );

  await t.test("should decode windows-1252's 0x80–0x9F as the WHATWG table says, not as C1 controls", () => {
    // Node 20's TextDecoder returns U+0093 for 0x93 (nodejs/node#56542); decodeAs repairs it.
    assert.equal(decodeAs('windows-1252', Uint8Array.from([0x93, 0x94, 0x97, 0x80, 0x85, 0x99])), '“”—€…™');
    assert.equal(decodeAs('latin1', Uint8Array.from([0x92, 0xe9])), '’é');
    // The five bytes windows-1252 leaves undefined stay C1 controls, as WHATWG maps them.
    assert.equal(
      decodeAs('windows-1252', Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d])),
      '\x81\x8d\x8f\x90\x9d',
    );
  });

  await t.test('should throw on bytes invalid in the charset instead of replacing them', () => {
    assert.throws(() => decodeAs('utf-8', Uint8Array.from([0x61, 0xff])));
    assert.throws(() => decodeAs('shift_jis', Uint8Array.from([0x61, 0x82])));
    assert.equal(decodeAs('koi8-r', Uint8Array.from([0xf0, 0xc1, 0xd2, 0xcf, 0xcd])), 'Паром');
  });

  await t.test('should show bytes as Latin-1, one character per byte, up to a limit', () => {
    assert.equal(asLatin1(Uint8Array.from([0x2d, 0x93, 0xff, 0x41]), 3), '-\x93\xff');
  });
});
