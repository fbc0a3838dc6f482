// Tests for whyNotClean: does text decoded in a guessed charset read as text?
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeAs } from './charsets.ts';
import { measureText, whyNotClean } from './reads-cleanly.ts';

const bytes = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

test('whyNotClean', async (t) => {
  await t.test('should accept news prose in Latin, Cyrillic and CJK charsets', () => {
    assert.equal(
      whyNotClean('The mayor said “we will rebuild” — at £1.2 million.', 'windows-1252'),
      undefined,
    );
    assert.equal(
      whyNotClean('Končert v Lowmooru bol zrušený pre mráz, žiaden autobus.', 'iso-8859-2'),
      undefined,
    );
    assert.equal(whyNotClean('Паром из Лоумура возобновит рейсы в понедельник.', 'windows-1251'), undefined);
    assert.equal(whyNotClean('ロウムーアのフェリーは月曜日に運航を再開する。', 'shift_jis', 100), undefined);
  });

  await t.test('should refuse C1 controls, U+FFFD, NUL, control characters and private use', () => {
    assert.match(whyNotClean('caf\u0089 ouvert', 'windows-1250') ?? '', /C1 control character \(U\+0089\)/);
    assert.match(whyNotClean('caf\ufffd', 'windows-1252') ?? '', /U\+FFFD/);
    assert.match(whyNotClean('caf\0', 'windows-1252') ?? '', /NUL/);
    assert.match(whyNotClean('a\x01b\x02c\x03', 'windows-1252') ?? '', /3 control characters/);
    assert.match(whyNotClean('漢\ue000字', 'big5', 100) ?? '', /private-use/);
  });

  await t.test('should refuse random high bytes read as windows-1252: the letters are not ASCII', () => {
    let seed = 3;
    const random = Uint8Array.from({ length: 400 }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % 5 === 0 ? 0x20 : 0xa0 + (seed % 96);
    });
    assert.match(
      whyNotClean(decodeAs('windows-1252', random), 'windows-1252') ?? '',
      /letters are not ASCII/,
    );
  });

  await t.test('should refuse Cyrillic bytes read as a Latin charset', () => {
    const cyrillic = bytes(
      '\xcf\xe0\xf0\xee\xec \xe8\xe7 \xcb\xee\xf3\xec\xf3\xf0\xe0 \xe2\xee\xe7\xee\xe1\xed\xee\xe2\xe8\xf2',
    );
    assert.match(whyNotClean(decodeAs('windows-1252', cyrillic), 'windows-1252') ?? '', /not ASCII/);
  });

  await t.test('should refuse Latin text read as Cyrillic: words mix scripts', () => {
    const french = bytes('Le caf\xe9 du port a ferm\xe9 ses portes apr\xe8s la temp\xeate de f\xe9vrier.');
    assert.match(whyNotClean(decodeAs('windows-1251', french), 'windows-1251') ?? '', /mix scripts/);
  });

  await t.test('should refuse symbols inside words (Latin-2 read as windows-1252)', () => {
    const slovak = bytes(
      'V\xb9etci \xbeiaci \xb9koly v Lowmoore maj\xfa vo\xbeno, lebo \xb9kola je zatvoren\xe1.',
    );
    assert.match(whyNotClean(decodeAs('windows-1252', slovak), 'windows-1252') ?? '', /symbols inside words/);
  });

  await t.test('should refuse words that turn to upper case inside, but not ASCII brand names', () => {
    assert.match(
      whyNotClean('пТЙЧЕФ зОРОДСКОЙ рЕМОНТ дЛЯ тОЖЕ пАРОМ сОВЕТ', 'windows-1251') ?? '',
      /change case inside/,
    );
    assert.equal(
      whyNotClean('Der iPhone-Laden und GnuPG öffnen über McDonald’s in Köln.', 'windows-1252'),
      undefined,
    );
  });

  await t.test('should refuse a multi-byte guess chardet is not sure of', () => {
    assert.match(whyNotClean('ロウムーアのフェリー', 'shift_jis', 59) ?? '', /confidence 59 below 80/);
  });

  await t.test('should measure shares of 0–1', () => {
    const m = measureText('Café Zürich and more words here');
    assert.ok(m.nonAsciiLetterShare > 0 && m.nonAsciiLetterShare < 0.1);
    assert.equal(m.scriptMixedWordShare, 0);
    assert.equal(m.casedWords, 2);
  });
});
