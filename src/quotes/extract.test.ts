import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize } from '../normalize/index.ts';
import { segment } from '../segment/index.ts';
import { extractQuotes } from './extract.ts';
import type { Quote } from './types.ts';

const quotesOf = (text: string): Quote[] =>
  extractQuotes(segment(normalize({ id: 'a', path: 'a.txt', text, meta: {} })));

test('extractQuotes', async (t) => {
  await t.test('should read curly and straight double quotes, with offsets into the text as read', () => {
    const text =
      'Harbour master Ines Valcourt said the pier was closed.\n\n"The tide came in faster than anyone expected," Valcourt said.\n\n“We had to move the boats by hand,” she added.';
    const quotes = quotesOf(text);
    assert.deepEqual(
      quotes.map((q) => q.text),
      ['The tide came in faster than anyone expected,', 'We had to move the boats by hand,'],
    );
    for (const q of quotes) assert.equal(text.slice(q.start, q.end), q.text);
  });

  await t.test('should resolve a surname and a pronoun to the full name introduced earlier', () => {
    const quotes = quotesOf(
      'Harbour master Ines Valcourt said the pier was closed.\n\n“The tide came in faster than anyone expected,” Valcourt said.\n\n“We had to move the boats by hand,” she added.',
    );
    assert.deepEqual(
      quotes.map((q) => [q.speaker, q.speakerMention, q.cue]),
      [
        ['Ines Valcourt', 'Valcourt', 'said'],
        ['Ines Valcourt', 'she', 'added'],
      ],
    );
  });

  await t.test(
    'should take the speaker after the cue when the order is inverted, and after "according to"',
    () => {
      const quotes = quotesOf(
        '“Nobody was hurt,” said Mayor Tobias Brenner of Lowmoor.\n\nThe ferry will not sail until Friday, “once the divers are done,” according to the port authority.',
      );
      assert.equal(quotes[0]?.speaker, 'Tobias Brenner');
      assert.equal(quotes[1]?.speaker, 'the port authority');
      assert.equal(quotes[1]?.cue, 'according to');
    },
  );

  await t.test('should take the speaker before the quote: "X told reporters: “…”"', () => {
    const [q] = quotesOf(
      'Fire chief Odile Marchetti told reporters on Tuesday: “The warehouse was empty when it caught fire.”',
    );
    assert.equal(q?.speaker, 'Odile Marchetti');
    assert.equal(q?.cue, 'told');
    assert.equal(q?.speakerMention, 'Fire chief Odile Marchetti');
  });

  await t.test(
    'should give a quotation after "with X saying" to X, not to the subject of an earlier cue',
    () => {
      const [q] = quotesOf(
        'The harbour board insisted that the repairs would wait until spring, with treasurer Ada Novak stating, “There is no money left this year.”',
      );
      assert.equal(q?.speaker, 'Ada Novak');
      assert.equal(q?.cue, 'stating');
    },
  );

  await t.test('should join a quote split by its attribution into one quotation of two parts', () => {
    const text = '“We are ready for the storm,” Brenner said, “and we will open the shelters tonight.”';
    const [q, ...rest] = quotesOf(text);
    assert.equal(rest.length, 0);
    assert.equal(q?.parts.length, 2);
    assert.equal(q?.text, 'We are ready for the storm, and we will open the shelters tonight.');
    assert.equal(q?.speaker, 'Brenner');
  });

  await t.test('should keep two quotations apart when the words between them are not an attribution', () => {
    const quotes = quotesOf(
      'Brenner told the council, “We are ready for the storm,” stressing that the town has “never been better prepared.”',
    );
    assert.equal(quotes.length, 2);
    assert.ok(quotes.every((q) => q.speaker === 'Brenner'));
  });

  await t.test('should continue a quotation over paragraphs when a paragraph ends without closing it', () => {
    const quotes = quotesOf(
      'Engineer Paulo Serrat described the night.\n\n“The first crack appeared at midnight. We evacuated the lower deck.\n\n“By two o’clock the whole span was moving,” Serrat said.',
    );
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]?.parts.length, 2);
    assert.equal(quotes[0]?.speaker, 'Paulo Serrat');
  });

  await t.test('should keep nested single quotes inside the quotation', () => {
    const [q] = quotesOf('“The sign said ‘no swimming’ in large red letters,” lifeguard Maren Holt said.');
    assert.equal(q?.text, 'The sign said ‘no swimming’ in large red letters,');
    assert.equal(q?.speaker, 'Maren Holt');
  });

  await t.test('should mark scare quotes of one or two words as fragments without a speaker', () => {
    const [q] = quotesOf('The so-called “miracle bridge” opened in 1931 and carried trams until the war.');
    assert.equal(q?.fragment, true);
    assert.equal(q?.speaker, null);
  });

  await t.test('should attribute a quotation standing alone to the speaker introduced just before', () => {
    const quotes = quotesOf(
      'Councillor Ayla Demir spoke after the vote.\n\nDemir said the budget left no room for repairs.\n\n“We will be back here next winter with the same leaking roof.”',
    );
    assert.equal(quotes[0]?.speaker, 'Ayla Demir');
    const continued = quotesOf('“The roof leaks,” Demir said. “The boiler is forty years old.”');
    assert.deepEqual(
      continued.map((q) => q.speaker),
      ['Demir', 'Demir'],
    );
  });

  await t.test(
    'should keep a description as the speaker, and "the official" as the one described before',
    () => {
      const quotes = quotesOf(
        '“The talks went well,” a harbour board official said.\n\n“Nothing is signed yet,” the official added.',
      );
      assert.deepEqual(
        quotes.map((q) => q.speaker),
        ['a harbour board official', 'a harbour board official'],
      );
    },
  );

  await t.test('should resolve a relative pronoun to the phrase before it', () => {
    const [q] = quotesOf(
      'Mayor Lena Ortiz, who told reporters “the bridge is safe to cross,” left before the vote.',
    );
    assert.equal(q?.speaker, 'Lena Ortiz');
  });
});
