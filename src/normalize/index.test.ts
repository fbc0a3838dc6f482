// Tests for normalizeText: uniform quotes, dashes and whitespace, with offsets back to the original.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize, normalizeText, toOriginalOffset } from './index.ts';

const norm = (s: string) => normalizeText(s).text;

test('normalizeText', async (t) => {
  await t.test('should turn straight double quotes into opening and closing quotes by position', () => {
    assert.equal(norm('"Fares rise," said Quill.'), '“Fares rise,” said Quill.');
    assert.equal(norm('The quay is "shut" today.'), 'The quay is “shut” today.');
    assert.equal(norm('Fares (in "euros") rose.'), 'Fares (in “euros”) rose.');
    assert.equal(norm('Ferry news.\n"Late again," she said.'), 'Ferry news.\n“Late again,” she said.');
  });

  await t.test('should turn apostrophes into ’', () => {
    assert.equal(norm("Lindenfield's ferry isn't late"), 'Lindenfield’s ferry isn’t late');
    assert.equal(norm("Back in the '90s fares fell"), 'Back in the ’90s fares fell');
  });

  await t.test('should turn single quotes into ‘ and ’ by position', () => {
    assert.equal(norm("She called it 'a scandal' today"), 'She called it ‘a scandal’ today');
  });

  await t.test('should read two apostrophes or two backticks as a double quote mark', () => {
    assert.equal(norm("He is ''ready to lead,'' she said."), 'He is “ready to lead,” she said.');
    assert.equal(norm("``Ready,'' she said."), '“Ready,” she said.');
    assert.equal(norm('Quill said: ‘‘We sail.’’'), 'Quill said: “We sail.”');
  });

  await t.test('should read three apostrophes as a double and a nested single mark', () => {
    assert.equal(
      norm("''He said, 'Not now,''' Quill recalled. '''Now' is late,'' she said."),
      '“He said, ‘Not now,’” Quill recalled. “‘Now’ is late,” she said.',
    );
  });

  await t.test('should keep two apostrophes between letters as apostrophes', () => {
    assert.equal(norm("Quill''s ferry"), 'Quill’’s ferry');
  });

  await t.test('should read guillemets in the direction the article uses', () => {
    assert.equal(norm('Il a dit « Oui », puis ‹ non ›.'), 'Il a dit “ Oui ”, puis ‘ non ’.');
    assert.equal(norm('Er sagte »Ja« und ›nein‹.'), 'Er sagte “Ja” und ‘nein’.');
  });

  await t.test('should read “ and ‘ as closing marks in an article that opens with „', () => {
    assert.equal(
      norm('„Wir fahren“, sagte sie, „‚morgen‘ nicht.“'),
      '“Wir fahren”, sagte sie, “‘morgen’ nicht.”',
    );
  });

  await t.test('should give an article quoting in single marks double ones, with singles inside', () => {
    assert.equal(
      norm("'We sail at noon,' said Quill. 'They told us \"never\" and we waited.'"),
      '“We sail at noon,” said Quill. “They told us ‘never’ and we waited.”',
    );
  });

  await t.test('should turn an en dash between digits into a hyphen', () => {
    assert.equal(norm('Sailings 9–11 are cancelled'), 'Sailings 9-11 are cancelled');
  });

  await t.test('should turn other dashes into an em dash', () => {
    assert.equal(norm('Fares rose – again'), 'Fares rose — again');
    assert.equal(norm('Fares rose ― again'), 'Fares rose — again');
    assert.equal(norm('Fares–again'), 'Fares—again');
  });

  await t.test('should turn hyphen variants into a hyphen-minus', () => {
    assert.equal(norm('ferry‐fare rise of −3'), 'ferry-fare rise of -3');
  });

  await t.test('should collapse no-break and repeated spaces into one space', () => {
    assert.equal(norm('Lindenfield\u00A0ferry   fares\t\u2009rose'), 'Lindenfield ferry fares rose');
  });

  await t.test('should drop spaces at the start and end of lines', () => {
    assert.equal(norm('  Fares rose.  \n   Quay shut. '), 'Fares rose.\nQuay shut.');
  });

  await t.test('should turn CRLF and lone CR into LF', () => {
    assert.equal(norm('Fares rose.\r\nQuay shut.\rFerry late.'), 'Fares rose.\nQuay shut.\nFerry late.');
  });

  await t.test('should keep at most one blank line', () => {
    assert.equal(
      norm('Fares rose.\n\n\n\nQuay shut.\r\n\r\n\r\nFerry late.'),
      'Fares rose.\n\nQuay shut.\n\nFerry late.',
    );
  });

  await t.test('should drop leading and trailing blank lines', () => {
    assert.equal(norm('\n\nFares rose.\n\n\n'), 'Fares rose.');
  });

  await t.test('should remove zero-width characters and soft hyphens', () => {
    assert.equal(norm('Lin\u200Bden\u00ADfield\u200D fer\uFEFFry'), 'Lindenfield ferry');
  });

  await t.test('should compose e and a combining acute accent into é (NFC)', () => {
    const text = norm('Cafe\u0301 Quay');
    assert.equal(text, 'Café Quay');
    assert.equal(text.length, 9);
  });
});

test('toOriginalOffset', async (t) => {
  await t.test('should map the text after a doubled quote mark to the same character', () => {
    const original = "A ''shut'' quay";
    const { text, offsets } = normalizeText(original);
    assert.equal(text, 'A “shut” quay');
    assert.equal(original[toOriginalOffset(offsets, text.indexOf('shut'))], 's');
    assert.equal(original[toOriginalOffset(offsets, text.indexOf('quay'))], 'q');
  });

  /** Asserts that each listed normalised position maps to the same character in the original. */
  const sameChars = (original: string, positions: number[]) => {
    const { text, offsets } = normalizeText(original);
    for (const at of positions) {
      const back = toOriginalOffset(offsets, at);
      assert.equal(original[back], text[at], `normalised ${at} (${text[at]}) → original ${back}`);
    }
    return { text, offsets };
  };

  await t.test('should map positions before any change to themselves', () => {
    const { offsets } = normalizeText('Ferry fares rose.');
    assert.equal(toOriginalOffset(offsets, 0), 0);
    assert.equal(toOriginalOffset(offsets, 6), 6);
  });

  await t.test('should map positions after collapsed spaces back to the same characters', () => {
    const original = 'Ferry   fares \u00A0 rose.';
    const { text, offsets } = sameChars(original, [0, 6, 12, 13, 16]);
    assert.equal(text, 'Ferry fares rose.');
    assert.equal(toOriginalOffset(offsets, 6), 8);
    assert.equal(toOriginalOffset(offsets, 12), 16);
  });

  await t.test('should map positions after removed characters back to the same characters', () => {
    const original = 'Lin\u200Bden\u00ADfield quay';
    const { offsets } = sameChars(original, [0, 3, 6, 12]);
    assert.equal(toOriginalOffset(offsets, 3), 4);
    assert.equal(toOriginalOffset(offsets, 12), 14);
  });

  await t.test('should map positions after leading spaces and collapsed blank lines', () => {
    const original = '  Fares rose.\r\n\r\n\r\n\r\nQuay shut.';
    const { text, offsets } = sameChars(original, [0, 10, 13, 17]);
    assert.equal(text, 'Fares rose.\n\nQuay shut.');
    assert.equal(toOriginalOffset(offsets, 0), 2);
    // A line break maps to the CRLF it replaced.
    assert.equal(toOriginalOffset(offsets, 11), 13);
    assert.equal(toOriginalOffset(offsets, 13), 21);
  });

  await t.test('should map positions after a composed character to the same characters', () => {
    const original = 'Cafe\u0301 on the quay';
    const { offsets } = sameChars(original, [0, 5, 12]);
    assert.equal(toOriginalOffset(offsets, 3), 3);
    assert.equal(toOriginalOffset(offsets, 5), 6);
  });

  await t.test('should map a replaced quote to the quote it replaced', () => {
    const { offsets } = normalizeText('A  "shut" quay');
    assert.equal(toOriginalOffset(offsets, 2), 3);
    assert.equal(toOriginalOffset(offsets, 7), 8);
  });

  await t.test('should map the end of the text to just after its last character', () => {
    // "trail" ends at 15 in the original; the spaces and newline after it were dropped.
    const { text, offsets } = normalizeText('  lead\n\n\n\ntrail  \n');
    assert.equal(text, 'lead\n\ntrail');
    assert.equal(toOriginalOffset(offsets, text.length), 15);
  });

  await t.test('should survive a JSON round trip', () => {
    const { offsets } = normalizeText('Ferry   fares\u200B rose.');
    const copy = JSON.parse(JSON.stringify(offsets));
    assert.equal(toOriginalOffset(copy, 6), toOriginalOffset(offsets, 6));
    assert.equal(toOriginalOffset(copy, 6), 8);
  });
});

test('normalize', async (t) => {
  await t.test('should keep the text as read in original and normalise text', () => {
    const raw = { id: 'fares', path: 'fares.txt', text: '"Up,"  said Quill.', meta: { title: 'Fares' } };
    const article = normalize(raw);
    assert.equal(article.original, raw.text);
    assert.equal(article.text, '“Up,” said Quill.');
    assert.deepEqual(article.meta, { title: 'Fares' });
    assert.equal(article.id, 'fares');
  });
});
