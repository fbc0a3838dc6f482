// Tests for parsePairsTsv: MSRP and STS-B layouts, with and without headers, BOMs, CRLF and bad rows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePairsTsv } from './pairs-tsv.ts';

const tsv = (...rows: string[][]) => `${rows.map((r) => r.join('\t')).join('\n')}\n`;

const msrpHeader = ['Quality', '#1 ID', '#2 ID', '#1 String', '#2 String'];
const msrpRows = [
  ['1', '101', '102', 'Ada Quill opened Marrow Bridge.', 'Marrow Bridge was opened by Ada Quill.'],
  ['0', '103', '104', 'The Lindenfield ferry left at dawn.', 'Bakers in Lindenfield sold apricot pies.'],
];
const msrpPairs = [
  {
    line: 2,
    a: 'Ada Quill opened Marrow Bridge.',
    b: 'Marrow Bridge was opened by Ada Quill.',
    label: 1,
  },
  {
    line: 3,
    a: 'The Lindenfield ferry left at dawn.',
    b: 'Bakers in Lindenfield sold apricot pies.',
    label: 0,
  },
];

const stsbHeader = [
  'index',
  'genre',
  'filename',
  'year',
  'old_index',
  'source1',
  'source2',
  'sentence1',
  'sentence2',
  'score',
];
const stsbRow = (index: string, a: string, b: string, score: string) => [
  index,
  'main-news',
  'gazette',
  '2031',
  index,
  'none',
  'none',
  a,
  b,
  score,
];

test('parsePairsTsv', async (t) => {
  await t.test('should read an MSRP file by its "#1 String"/"#2 String" header with Quality labels', () => {
    assert.deepEqual(parsePairsTsv(tsv(msrpHeader, ...msrpRows)), { layout: 'msrp', rows: msrpPairs });
  });

  await t.test('should find MSRP columns by name wherever they are', () => {
    const text = tsv(
      ['#2 String', 'Quality', '#1 String'],
      ['Marrow Bridge was opened by Ada Quill.', '1', 'Ada Quill opened Marrow Bridge.'],
    );
    assert.deepEqual(parsePairsTsv(text).rows, [msrpPairs[0]]);
  });

  await t.test('should read an STS-B file by its "sentence1"/"sentence2" header with scores', () => {
    const text = tsv(
      stsbHeader,
      stsbRow('0', 'A ferry crosses the bay.', 'The ferry is crossing the bay.', '4.600'),
      stsbRow('1', 'Ada Quill sings.', 'A baker sells pies.', '0.250'),
    );
    assert.deepEqual(parsePairsTsv(text), {
      layout: 'stsb',
      rows: [
        { line: 2, a: 'A ferry crosses the bay.', b: 'The ferry is crossing the bay.', score: 4.6 },
        { line: 3, a: 'Ada Quill sings.', b: 'A baker sells pies.', score: 0.25 },
      ],
    });
  });

  await t.test('should read a "label" column of a sentence1/sentence2 file as the label', () => {
    const text = tsv(
      ['sentence1', 'sentence2', 'label'],
      ['Ada Quill opened Marrow Bridge.', 'Ada Quill closed Marrow Bridge.', '0'],
    );
    assert.deepEqual(parsePairsTsv(text), {
      layout: 'stsb',
      rows: [
        { line: 2, a: 'Ada Quill opened Marrow Bridge.', b: 'Ada Quill closed Marrow Bridge.', label: 0 },
      ],
    });
  });

  await t.test('should match header names regardless of case and surrounding spaces', () => {
    const text = tsv([' Sentence1 ', 'SENTENCE2'], ['The ferry left.', 'The ferry departed.']);
    assert.deepEqual(parsePairsTsv(text).rows, [{ line: 2, a: 'The ferry left.', b: 'The ferry departed.' }]);
  });

  await t.test('should read a headerless 5-column file starting with 0 or 1 as MSRP', () => {
    assert.deepEqual(parsePairsTsv(tsv(...msrpRows)), {
      layout: 'msrp',
      rows: msrpPairs.map((p) => ({ ...p, line: p.line - 1 })),
    });
  });

  await t.test('should read a headerless 10-column file ending in a number as STS-B', () => {
    const text = tsv(stsbRow('7', 'A ferry crosses the bay.', 'The ferry is crossing the bay.', '3.8'));
    assert.deepEqual(parsePairsTsv(text), {
      layout: 'stsb',
      rows: [{ line: 1, a: 'A ferry crosses the bay.', b: 'The ferry is crossing the bay.', score: 3.8 }],
    });
  });

  await t.test('should ignore a UTF-8 byte order mark', () => {
    assert.deepEqual(parsePairsTsv(`\uFEFF${tsv(msrpHeader, ...msrpRows)}`).rows, msrpPairs);
    // without its header, the first field must still read as the label "1"
    assert.equal(parsePairsTsv(`\uFEFF${tsv(...msrpRows)}`).layout, 'msrp');
  });

  await t.test("should ignore MSRP's double-encoded byte order mark", () => {
    assert.deepEqual(parsePairsTsv(`ï»¿${tsv(msrpHeader, ...msrpRows)}`).rows, msrpPairs);
    assert.deepEqual(parsePairsTsv(`ï»¿${tsv(...msrpRows)}`).rows[0], { ...msrpPairs[0], line: 1 });
  });

  await t.test('should read CRLF line ends like LF ones', () => {
    const lf = tsv(msrpHeader, ...msrpRows);
    assert.deepEqual(parsePairsTsv(lf.replaceAll('\n', '\r\n')), parsePairsTsv(lf));
    const stsb = tsv(stsbHeader, stsbRow('0', 'A ferry crosses the bay.', 'The ferry crosses.', '4.6'));
    const crlf = parsePairsTsv(stsb.replaceAll('\n', '\r\n'));
    assert.deepEqual(crlf.rows, [
      { line: 2, a: 'A ferry crosses the bay.', b: 'The ferry crosses.', score: 4.6 },
    ]);
  });

  await t.test('should ignore blank lines at the end of the file', () => {
    assert.equal(parsePairsTsv(`${tsv(msrpHeader, ...msrpRows)}\n\n`).rows.length, 2);
  });

  await t.test('should keep a row missing a column in its place as an error naming its line', () => {
    const text = tsv(
      msrpHeader,
      msrpRows[0] as string[],
      ['1', '105', '106', 'Ada Quill spoke at the ferry terminal.'],
      msrpRows[1] as string[],
    );
    const { rows } = parsePairsTsv(text);
    assert.equal(rows.length, 3);
    assert.deepEqual(rows[0], msrpPairs[0]);
    assert.deepEqual(rows[1], { line: 3, error: 'line 3: expected text in columns 4 and 5' });
    assert.deepEqual(rows[2], { ...msrpPairs[1], line: 4 });
  });

  await t.test('should report a row whose text is blank as an error', () => {
    const { rows } = parsePairsTsv(tsv(msrpHeader, ['1', '101', '102', '  ', 'The ferry left.']));
    assert.deepEqual(rows, [{ line: 2, error: 'line 2: expected text in columns 4 and 5' }]);
  });

  await t.test('should leave out a label that is not a number', () => {
    const text = tsv(
      ['sentence1', 'sentence2', 'label'],
      ['The ferry left.', 'The ferry departed.', 'entailment'],
    );
    assert.deepEqual(parsePairsTsv(text).rows, [{ line: 2, a: 'The ferry left.', b: 'The ferry departed.' }]);
  });

  await t.test(
    'should leave out a label whose cell is empty',

    () => {
      const text = tsv(msrpHeader, ['', '101', '102', 'The ferry left.', 'The ferry departed.']);
      assert.deepEqual(parsePairsTsv(text).rows, [
        { line: 2, a: 'The ferry left.', b: 'The ferry departed.' },
      ]);
    },
  );

  await t.test('should return no rows for a file with only a header', () => {
    assert.deepEqual(parsePairsTsv(tsv(msrpHeader)), { layout: 'msrp', rows: [] });
  });

  await t.test('should throw an Error saying which headers it expected when the layout is unknown', () => {
    const expected = (e: unknown) =>
      e instanceof Error &&
      e.message.includes('"#1 String"/"#2 String"') &&
      e.message.includes('"sentence1"/"sentence2"');
    assert.throws(
      () => parsePairsTsv(tsv(['first', 'second'], ['The ferry left.', 'The ferry departed.'])),
      expected,
    );
    // five columns, but the first is not a 0/1 label
    assert.throws(() => parsePairsTsv(tsv(['yes', '1', '2', 'The ferry left.', 'It left.'])), expected);
    // ten columns, but the last is not a score
    assert.throws(() => parsePairsTsv(tsv(stsbRow('0', 'The ferry left.', 'It left.', 'high'))), expected);
    assert.throws(() => parsePairsTsv(''), expected);
  });
});
