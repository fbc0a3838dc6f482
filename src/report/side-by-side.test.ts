// Tests for sideBySideRows: a copy set beside its original, row by row.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Link, Method } from '../align/types.ts';
import { sideBySideRows } from './side-by-side.ts';

/** A link between sentence `a` of the alignment's a side and sentence `b` of its b side. */
const link = (a: number, b: number, score = 0.9, method: Method = 'verbatim'): Link => ({
  a,
  b,
  score,
  lexical: score,
  semantic: score,
  verbatim: score,
  method,
});

test('sideBySideRows', async (t) => {
  await t.test('should list aligned rows in copy order', () => {
    const rows = sideBySideRows([link(1, 0), link(0, 1, 0.6, 'edited')], 2, 2, true);
    assert.deepEqual(rows, [
      { kind: 'aligned', method: 'verbatim', original: [1], copy: 0, score: 0.9 },
      { kind: 'aligned', method: 'edited', original: [0], copy: 1, score: 0.6 },
    ]);
  });

  await t.test('should make an unlinked copy sentence an added row in place', () => {
    const rows = sideBySideRows([link(0, 0), link(1, 2)], 2, 3, true);
    assert.deepEqual(
      rows.map((r) => r.kind),
      ['aligned', 'added', 'aligned'],
    );
    assert.deepEqual(rows[1], { kind: 'added', copy: 1 });
  });

  await t.test(
    'should place an unlinked original sentence after the row of the original sentence before it',
    () => {
      const rows = sideBySideRows([link(0, 0), link(2, 1), link(3, 2)], 4, 3, true);
      assert.deepEqual(rows, [
        { kind: 'aligned', method: 'verbatim', original: [0], copy: 0, score: 0.9 },
        { kind: 'omitted', original: 1 },
        { kind: 'aligned', method: 'verbatim', original: [2], copy: 1, score: 0.9 },
        { kind: 'aligned', method: 'verbatim', original: [3], copy: 2, score: 0.9 },
      ]);
    },
  );

  await t.test('should place an omitted first original sentence at the top', () => {
    const rows = sideBySideRows([link(1, 0)], 2, 1, true);
    assert.deepEqual(rows[0], { kind: 'omitted', original: 0 });
    assert.equal(rows.length, 2);
  });

  await t.test('should keep a run of omitted original sentences in order', () => {
    const rows = sideBySideRows([link(0, 0), link(4, 1)], 5, 2, true);
    assert.deepEqual(
      rows.map((r) =>
        r.kind === 'omitted' ? `-${r.original}` : r.kind === 'aligned' ? `=${r.copy}` : `+${r.copy}`,
      ),
      ['=0', '-1', '-2', '-3', '=1'],
    );
  });

  await t.test(
    'should gather every original sentence linked to one copy sentence and keep the best score',
    () => {
      const rows = sideBySideRows([link(2, 0, 0.7, 'edited'), link(1, 0, 0.95, 'paraphrased')], 3, 1, true);
      assert.deepEqual(rows, [
        { kind: 'omitted', original: 0 },
        { kind: 'aligned', method: 'paraphrased', original: [1, 2], copy: 0, score: 0.95 },
      ]);
    },
  );

  await t.test('should read the copy from the a side when copyIsB is false', () => {
    // Alignment a = copy (3 sentences), b = original (3 sentences).
    const rows = sideBySideRows([link(0, 0), link(2, 2)], 3, 3, false);
    assert.deepEqual(rows, [
      { kind: 'aligned', method: 'verbatim', original: [0], copy: 0, score: 0.9 },
      { kind: 'omitted', original: 1 },
      { kind: 'added', copy: 1 },
      { kind: 'aligned', method: 'verbatim', original: [2], copy: 2, score: 0.9 },
    ]);
  });

  await t.test('should swap the sides of each link when copyIsB is false', () => {
    const rows = sideBySideRows([link(0, 1)], 2, 1, false);
    assert.deepEqual(rows, [
      { kind: 'omitted', original: 0 },
      { kind: 'aligned', method: 'verbatim', original: [1], copy: 0, score: 0.9 },
    ]);
  });

  await t.test(
    'should place an omission after the last row showing the original sentence before it',

    () => {
      // Original 1 was split into copy 1 and copy 2; original 2 was cut after it.
      const rows = sideBySideRows([link(0, 0), link(1, 1), link(1, 2)], 3, 3, true);
      assert.deepEqual(
        rows.map((r) =>
          r.kind === 'omitted' ? `-${r.original}` : r.kind === 'aligned' ? `=${r.copy}` : `+${r.copy}`,
        ),
        ['=0', '=1', '=2', '-2'],
      );
    },
  );
});
