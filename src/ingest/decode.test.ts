// Tests for decodeText: bytes to text in their character set, or a diagnostic saying why they are not text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Decoded, decodeText, firstInvalidUtf8 } from './decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** One byte per character: for writing single-byte charsets in tests. */
const bytes = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf16 = (s: string, littleEndian: boolean) => {
  const out = new Uint8Array(2 + 2 * s.length);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < s.length; i++) view.setUint16(2 + 2 * i, s.charCodeAt(i), littleEndian);
  return out;
};
/** Random bytes 0x80–0xFF from a fixed seed. */
const randomHigh = (length: number, seed = 11) =>
  Uint8Array.from({ length }, () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return 0x80 + (seed % 128);
  });

function decoded(result: ReturnType<typeof decodeText>): Decoded {
  assert.ok(!('problem' in result), 'problem' in result ? result.problem.message : '');
  return result;
}
function problem(result: ReturnType<typeof decodeText>) {
  assert.ok('problem' in result, 'expected a problem');
  return result.problem;
}

test('decodeText', async (t) => {
  await t.test('should pass valid UTF-8 text through unchanged, with no warning', () => {
    const text = 'Ferry fares in Lindenfield rose to 4 €.\nRiders said “ça suffit”.';
    assert.deepEqual(decodeText(utf8(text), 'fares.txt'), { text, charset: 'utf-8', how: 'utf-8' });
  });

  await t.test('should drop a UTF-8 byte order mark', () => {
    const result = decoded(
      decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Lindenfield ferry')]), 'bom.txt'),
    );
    assert.deepEqual(result, { text: 'Lindenfield ferry', charset: 'utf-8', how: 'bom' });
  });

  await t.test(
    'should read UTF-16LE and UTF-16BE with a BOM, before the NUL bytes could call them binary',
    () => {
      const text = 'Rada miasta Lowmoor zatwierdziła budżet – „na pokolenia”.';
      assert.deepEqual(decodeText(utf16(text, true), 'le.txt'), { text, charset: 'utf-16le', how: 'bom' });
      assert.deepEqual(decodeText(utf16(text, false), 'be.txt'), { text, charset: 'utf-16be', how: 'bom' });
    },
  );

  await t.test('should report a NUL character in UTF-16 text as binary', () => {
    assert.equal(problem(decodeText(utf16('Lowmoor\0ferry', true), 'nul.txt')).code, 'NT_INGEST_BINARY');
  });

  await t.test('should report UTF-16 bytes cut in half as invalid in the charset their BOM names', () => {
    const p = problem(decodeText(utf16('Lowmoor', true).subarray(0, 9), 'cut.txt'));
    assert.equal(p.code, 'NT_INGEST_BAD_CHARSET');
    assert.match(p.message, /invalid utf-16le bytes \(its byte order mark\)/);
  });

  await t.test(
    'should report invalid bytes after a UTF-8 BOM as NT_INGEST_NOT_UTF8 with their offset',
    () => {
      const p = problem(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff]), 'bad-bom.txt'));
      assert.equal(p.code, 'NT_INGEST_NOT_UTF8');
      assert.match(p.message, /offset 4\b/);
    },
  );

  await t.test('should report empty bytes as NT_INGEST_EMPTY', () => {
    const p = problem(decodeText(new Uint8Array(), 'empty.txt'));
    assert.equal(p.code, 'NT_INGEST_EMPTY');
    assert.equal(p.severity, 'error');
    assert.equal(p.source, 'ingest/decode');
  });

  await t.test('should report whitespace-only text as NT_INGEST_EMPTY', () => {
    const p = problem(decodeText(utf8(' \n\t\r\n  '), 'blank.txt'));
    assert.equal(p.code, 'NT_INGEST_EMPTY');
    assert.match(p.message, /only whitespace/);
  });

  await t.test('should report a NUL byte as NT_INGEST_BINARY with its offset', () => {
    const p = problem(decodeText(utf8('Lindenfield\0ferry'), 'nul.bin'));
    assert.equal(p.code, 'NT_INGEST_BINARY');
    assert.match(p.message, /NUL byte at offset 11\b/);
  });

  await t.test('should report many control bytes as NT_INGEST_BINARY', () => {
    const p = problem(
      decodeText(new Uint8Array([...utf8('Lindenfield ferry'), 0x01, 0x02, 0x1b, 0x7, 0x10]), 'controls.bin'),
    );
    assert.equal(p.code, 'NT_INGEST_BINARY');
    assert.match(p.message, /5 control bytes/);
  });

  await t.test('should accept tabs, newlines, CR and form feeds as text', () => {
    const text = 'Lindenfield\tferry\r\nfares\frose';
    assert.equal(decoded(decodeText(utf8(text), 'ws.txt')).text, text);
  });

  await t.test(
    'should guess windows-1252 for curly quotes and an em dash, warning with file and charset',
    () => {
      const result = decoded(
        decodeText(
          bytes('The mayor said \x93we will rebuild the pier\x94 \x97 and the board agreed.'),
          'old/a.txt',
        ),
      );
      assert.equal(result.text, 'The mayor said “we will rebuild the pier” — and the board agreed.');
      assert.equal(result.how, 'detected');
      assert.equal(result.warning?.code, 'NT_INGEST_CHARSET_GUESSED');
      assert.equal(result.warning?.severity, 'warning');
      assert.match(
        result.warning?.message ?? '',
        /^old\/a\.txt: the character set was guessed: windows-1252 \(chardet confidence 0\.\d\d\)$/,
      );
    },
  );

  await t.test('should guess ISO-8859-1 for French accents', () => {
    const result = decoded(
      decodeText(bytes('Le caf\xe9 du port de Lindenfield a ferm\xe9 ses portes mardi soir.'), 'latin1.txt'),
    );
    assert.equal(result.text, 'Le café du port de Lindenfield a fermé ses portes mardi soir.');
    assert.match(result.warning?.message ?? '', /guessed: iso-8859-1 \(chardet confidence/);
  });

  await t.test(
    'should fall back on windows-1252, with a warning, when no detector answer reads cleanly',
    () => {
      // chardet answers only "ASCII" for these bytes.
      const result = decoded(decodeText(bytes('Ferry\x99'), 'tm.txt'));
      assert.deepEqual([result.text, result.how], ['Ferry™', 'fallback']);
      assert.match(
        result.warning?.message ?? '',
        /^tm\.txt: .*guessed: windows-1252 \(no detector answer read cleanly\)/,
      );
    },
  );

  await t.test('should report random high bytes as NT_INGEST_NOT_UTF8 with the offset of the first', () => {
    for (const length of [200, 1000, 5000]) {
      const input = new Uint8Array([...utf8('Harbour '), ...randomHigh(length)]);
      const p = problem(decodeText(input, 'noise.txt'));
      assert.equal(p.code, 'NT_INGEST_NOT_UTF8', `${length} bytes: ${p.message}`);
      // Random bytes may begin with a valid UTF-8 pair (C2–DF then 80–BF): the offset is the first bad one.
      const offset = firstInvalidUtf8(input);
      assert.ok(offset >= 8 && offset < 16);
      assert.ok(
        p.message.endsWith(`no other character set reads it cleanly: invalid byte near offset ${offset}`),
      );
    }
  });

  await t.test('should take the given charset (--charset) over the guess, with no warning', () => {
    // Guessed, 0xB9 and 0xBE are ¹ and ¾ (windows-1252); in ISO-8859-2 they are š and ž.
    const latin2 = bytes('Kon\xe8ert v Lowmooru bol zru\xb9en\xfd pre mr\xe1z, \xbeiaden autobus nejde.');
    const given = decoded(decodeText(latin2, 'sk.txt', { charset: 'iso-8859-2' }));
    assert.equal(given.text, 'Končert v Lowmooru bol zrušený pre mráz, žiaden autobus nejde.');
    assert.deepEqual([given.charset, given.how, given.warning], ['iso-8859-2', 'given', undefined]);
  });

  await t.test('should take the given charset even over valid UTF-8, as it comes first', () => {
    const result = decoded(decodeText(utf8('café'), 'u.txt', { charset: 'windows-1252' }));
    assert.equal(result.text, 'cafÃ©');
  });

  await t.test("should take the input's declared charset over the given one", () => {
    const result = decoded(
      decodeText(bytes('charset koi8-r: \xf0\xc1\xd2\xcf\xcd'), 'd.txt', {
        charset: 'windows-1251',
        declared: () => ({ charset: 'koi8-r', by: 'front matter' }),
      }),
    );
    assert.deepEqual([result.text, result.how], ['charset koi8-r: Паром', 'declared']);
  });

  await t.test('should take a BOM over a declaration', () => {
    const result = decoded(
      decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Paróm')]), 'b.txt', {
        declared: () => ({ charset: 'windows-1252', by: 'front matter' }),
      }),
    );
    assert.deepEqual([result.text, result.how], ['Paróm', 'bom']);
  });

  await t.test('should read a UTF-16 declaration found in ASCII bytes as UTF-8, as browsers do', () => {
    const result = decoded(
      decodeText(utf8('Paróm'), 'x.html', { declared: () => ({ charset: 'utf-16', by: '<meta charset>' }) }),
    );
    assert.deepEqual([result.text, result.charset], ['Paróm', 'utf-8']);
  });

  await t.test(
    'should report an unknown declared or given charset as NT_INGEST_BAD_CHARSET, naming it',
    () => {
      const given = problem(decodeText(utf8('Lowmoor'), 'g.txt', { charset: 'latin-9000' }));
      assert.equal(given.code, 'NT_INGEST_BAD_CHARSET');
      assert.match(given.message, /unknown charset "latin-9000" \(--charset\)/);
      const declared = problem(
        decodeText(utf8('Lowmoor'), 'd.md', { declared: () => ({ charset: 'ebcdic', by: 'front matter' }) }),
      );
      assert.match(declared.message, /^d\.md: .*unknown charset "ebcdic" \(front matter\)/);
    },
  );

  await t.test(
    'should report bytes invalid in a declared charset, naming it and for UTF-8 the offset',
    () => {
      const sjis = problem(
        decodeText(bytes('Lowmoor \x82'), 's.txt', {
          declared: () => ({ charset: 'shift_jis', by: 'front matter' }),
        }),
      );
      assert.equal(sjis.code, 'NT_INGEST_BAD_CHARSET');
      assert.match(sjis.message, /invalid shift_jis bytes \(front matter\)/);
      const u = problem(
        decodeText(new Uint8Array([0x61, 0xed, 0xa0, 0x80, 0x62]), 'u.txt', { charset: 'utf-8' }),
      );
      assert.match(u.message, /invalid utf-8 bytes near offset 1 \(--charset\)/);
    },
  );

  await t.test('should start every message with the input name', () => {
    const inputs: Array<[Uint8Array, string]> = [
      [new Uint8Array(), 'a/empty.txt'],
      [utf8('x\0y'), 'b/nul.txt'],
      [randomHigh(300), 'c/noise.txt'],
    ];
    for (const [input, name] of inputs) {
      const p = problem(decodeText(input, name));
      assert.equal(p.input, name);
      assert.ok(p.message.startsWith(`${name}: `), p.message);
    }
  });
});

test('firstInvalidUtf8', async (t) => {
  await t.test('should return the length for valid UTF-8', () => {
    const b = utf8('Quai – café');
    assert.equal(firstInvalidUtf8(b), b.length);
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

  await t.test('should point at an encoded UTF-16 surrogate, which UTF-8 forbids', () => {
    // "a" then U+D800 encoded as ED A0 80, then "b".
    assert.equal(firstInvalidUtf8(new Uint8Array([0x61, 0xed, 0xa0, 0x80, 0x62])), 1);
  });
});
