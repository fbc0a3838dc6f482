import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../src/quotes/types.ts';
import type { SegmentedArticle } from '../src/segment/index.ts';
import {
  type GoldQuote,
  goldQuotes,
  mismatchedSpans,
  parseBrat,
  quoteMarks,
  readPolnear,
  type Span,
} from './polnear.ts';
import {
  evaluateQuotes,
  matchSpans,
  type PredictedPiece,
  predictedPieces,
  type QuoteCase,
  quoteErrors,
  scoreQuotes,
} from './quotes.ts';

const fixture = new URL('../test/fixtures/polnear/', import.meta.url).pathname;
const [doc] = readPolnear(`${fixture}dev`);
if (!doc) throw new Error('fixture missing');
const { text } = doc;
const at = (s: string): Span => {
  const i = text.indexOf(s);
  assert.ok(i >= 0, s);
  return [i, i + s.length];
};
const quoted = (q: GoldQuote) => text.slice(q.start, q.end);

test('PolNeAR gold quotes', async (t) => {
  await t.test('should use the alphabetically first annotation file of a text', () => {
    assert.equal(doc.annotator, 'abcd');
  });

  await t.test('should take each quoted run of a Content span without its marks', () => {
    assert.deepEqual(doc.quotes.map(quoted), [
      'We need more time to read the figures,',
      'Nobody should rush this.',
      'will cost the island dearly',
      'no money left for the pier',
    ]);
  });

  await t.test('should give one gold quote per fragment of a discontinuous Content span', () => {
    const [a, b] = doc.quotes;
    assert.equal(a?.attribution, 'E1');
    assert.equal(b?.attribution, 'E1');
  });

  await t.test("should keep the attribution's Source span and null without one", () => {
    assert.deepEqual(doc.quotes[0]?.sources, [at('Mayor Ilse Brandt')]);
    assert.deepEqual(doc.quotes[2]?.sources, [at('Ferry operator Tomas Reyes')]);
    assert.equal(doc.quotes[3]?.sources, null, 'Attribution-no-source');
  });

  await t.test('should run a mark left open to the end of the Content span', () => {
    assert.equal(doc.quotes[3]?.end, at('the council has “no money left for the pier')[1]);
  });

  await t.test('should not cut a quotation whose fragments only whitespace separates', () => {
    const body = '“One. Two.” Three.';
    const ann = parseBrat('T1\tContent 0 5;6 11\t“One. Two.”\n');
    assert.deepEqual(
      goldQuotes(body, ann).map((q) => body.slice(q.start, q.end)),
      ['One. Two.'],
    );
  });

  await t.test('should ignore quote marks outside every Content span', () => {
    assert.ok(!doc.quotes.some((q) => quoted(q).includes('ghost')));
  });

  await t.test('should alternate straight marks from the start of each line', () => {
    const marks = quoteMarks('"a" "b\n"c”');
    assert.deepEqual(
      [...marks],
      [
        [0, true],
        [2, false],
        [4, true],
        [7, true],
        [9, false],
      ],
    );
  });

  await t.test('should read two apostrophes as a straight double mark, and a third as a nested one', () => {
    const body = "''We're told, 'Wait,''' he said. ''Now.''";
    assert.deepEqual(
      [...quoteMarks(body)],
      [
        [1, true],
        [21, false],
        [34, true],
        [39, false],
      ],
    );
    const ann = parseBrat(`T1\tContent 0 ${body.length}\t${body}\n`);
    assert.deepEqual(
      goldQuotes(body, ann).map((q) => body.slice(q.start, q.end)),
      ["We're told, 'Wait,'", 'Now.'],
    );
  });

  await t.test('should let a straight mark close a quotation a curly mark opened', () => {
    assert.deepEqual(
      [...quoteMarks('“a," b "c"')],
      [
        [0, true],
        [3, false],
        [7, true],
        [9, false],
      ],
    );
  });

  await t.test('should quote a span from its start when its opening mark was left out of it', () => {
    const body = '“Go,” he said, “now.”';
    const ann = parseBrat('T1\tContent 0 5;16 20\t“Go,” now.\n');
    assert.deepEqual(
      goldQuotes(body, ann).map((q) => body.slice(q.start, q.end)),
      ['Go,', 'now.'],
    );
  });

  await t.test('should read span text that runs over lines and check it against the offsets', () => {
    const body = 'One.\n\nTwo “three.”';
    const ann = parseBrat('T1\tContent 0 18\tOne.\n\nTwo “three.”\nT2\tSource 0 3\tOne\n');
    assert.equal(ann.spans.get('T1')?.text, body);
    assert.deepEqual(mismatchedSpans(body, ann), []);
    assert.deepEqual(
      goldQuotes(body, ann).map((q) => body.slice(q.start, q.end)),
      ['three.'],
    );
    assert.equal(mismatchedSpans(`x${body}`, ann).length, 2);
  });
});

const piece = (span: Span, speakerSpan: Span | null = null): PredictedPiece => ({
  start: span[0],
  end: span[1],
  speakerSpan,
  quote: 'x#q1',
});
const gold = (span: Span, sources: Span[] | null = null): GoldQuote => ({
  start: span[0],
  end: span[1],
  sources,
  attribution: 'E1',
});
const quote = (parts: Span[], fragment = false, speakerSpan: Span | null = null): Quote => ({
  id: 'x#q1',
  article: 'x',
  text: '',
  speaker: speakerSpan ? 'someone' : null,
  speakerMention: speakerSpan ? 'someone' : null,
  speakerSpan,
  cue: null,
  sentence: 0,
  start: (parts[0] as Span)[0],
  end: (parts[parts.length - 1] as Span)[1],
  parts,
  fragment,
});

test('quote scoring', async (t) => {
  await t.test('should match when the overlap is at least half of the longer span', () => {
    assert.deepEqual(matchSpans([[0, 5]], [[0, 10]]), [[0, 0]]);
    assert.deepEqual(matchSpans([[0, 4]], [[0, 10]]), []);
    assert.deepEqual(matchSpans([[2, 14]], [[0, 10]]), [[0, 0]], '8 of 12 shared');
    assert.deepEqual(matchSpans([[0, 5]], [[5, 10]]), [], 'touching is not overlapping');
  });

  await t.test('should match one to one, largest overlap first', () => {
    assert.deepEqual(
      matchSpans(
        [
          [0, 6],
          [0, 10],
        ],
        [[0, 10]],
      ),
      [[1, 0]],
    );
    assert.deepEqual(
      matchSpans(
        [[0, 20]],
        [
          [0, 12],
          [12, 20],
        ],
      ),
      [[0, 0]],
    );
  });

  await t.test('should count precision, recall and F1 over matched pieces', () => {
    const c: QuoteCase = {
      name: 'x',
      text,
      gold: [gold([0, 10]), gold([20, 30]), gold([40, 50]), gold([60, 70])],
      predicted: [piece([0, 10]), piece([21, 30]), piece([80, 90])],
    };
    const s = scoreQuotes([c]);
    assert.equal(s.matched, 2);
    assert.equal(s.precision, 2 / 3);
    assert.equal(s.recall, 0.5);
    assert.ok(Math.abs(s.f1 - 4 / 7) < 1e-12);
  });

  await t.test('should match exact spans once trailing punctuation is trimmed', () => {
    const g = doc.quotes[1] as GoldQuote;
    const withoutStop = piece([g.start, g.end - 1]);
    const s = scoreQuotes([{ name: 'x', text, gold: [g], predicted: [withoutStop] }]);
    assert.equal(s.exactMatched, 1);
    const short = scoreQuotes([{ name: 'x', text, gold: [g], predicted: [piece([g.start + 7, g.end])] }]);
    assert.equal(short.matched, 1);
    assert.equal(short.exactMatched, 0);
  });

  await t.test('should score speakers on matched quotes with a source, by a shared character', () => {
    const c: QuoteCase = {
      name: 'x',
      text,
      gold: [
        gold([0, 10], [[100, 110]]),
        gold([20, 30], [[100, 110]]),
        gold([40, 50]),
        gold([60, 70], [[1, 2]]),
      ],
      predicted: [piece([0, 10], [109, 115]), piece([20, 30], null), piece([40, 50], [1, 2])],
    };
    const s = scoreQuotes([c]);
    assert.equal(s.speakerQuotes, 2, 'the sourceless and the unmatched gold quotes do not count');
    assert.equal(s.speakerRight, 1);
    assert.equal(s.speakerAccuracy, 0.5);
    const kinds = quoteErrors(c).map((e) => `${e.kind}: ${e.cause}`);
    assert.deepEqual(kinds, ['wrong speaker: no speaker', 'missed: nothing predicted']);
  });

  await t.test('should not claim unattributed fragments as quotations', () => {
    const { counted, dropped } = predictedPieces([
      quote([[0, 5]], true),
      quote([[10, 15]], true, [20, 23]),
      quote([
        [30, 40],
        [50, 60],
      ]),
    ]);
    assert.deepEqual(
      counted.map((p) => p.start),
      [10, 30, 50],
    );
    assert.deepEqual(
      dropped.map((p) => p.start),
      [0],
    );
  });

  await t.test('should evaluate a PolNeAR-layout folder with a given extractor', () => {
    const stub = (_article: SegmentedArticle): Quote[] => [
      quote([at('We need more time to read the figures,'), at('Nobody should rush this')], false, at('Ilse')),
      quote([at('will cost the island')], false, at('Mayor')),
      quote([at('ghost boat')], true),
    ];
    const rows = evaluateQuotes(fixture, 'dev', stub);
    const value = (m: string) => rows.find((r) => r.measurement === m && r.data === 'PolNeAR dev')?.value;
    assert.equal(value('quote precision'), 1);
    assert.equal(value('quote recall'), 0.75);
    // Exactly: the two Brandt pieces (one once its full stop is trimmed), not the shortened Reyes one.
    assert.ok(Math.abs((value('quote F1 (exact spans)') as number) - 4 / 7) < 1e-12);
    assert.equal(value('speaker accuracy'), 2 / 3);
    assert.equal(rows.find((r) => r.measurement === 'quote F1')?.setting, '1 articles, 4 gold quotes');
  });
});
