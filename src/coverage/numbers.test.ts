// Tests for the numbers a sentence states: as written, with what they count.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize } from '../normalize/index.ts';
import { segment } from '../segment/index.ts';
import { numbersStated, sameNumber } from './numbers.ts';

const stated = (text: string) =>
  segment(normalize({ id: 'x', path: 'x.txt', text, meta: {} })).sentences.flatMap(numbersStated);

test('numbersStated', async (t) => {
  await t.test('should show a number with its currency and what it counts', () => {
    assert.deepEqual(
      stated('Repairs will cost £1.8 million and close 14 homes for three weeks.').map((n) => n.text),
      ['£1.8 million', '14 homes', 'three weeks'],
    );
  });

  await t.test('should leave out "one" and the digits of a name', () => {
    assert.deepEqual(stated('No one was hurt on the B3390 near the pier.'), []);
  });

  await t.test('should tell 10 a.m. from the 10-yard line but match a bare 10 with either', () => {
    const [clock] = stated('The call starts at 10 a.m. on Tuesday.');
    const [yard] = stated('They are on the 10-yard line of peace.');
    const [bare] = stated('They met 10 times.');
    assert.equal(clock?.unit, 'am');
    assert.equal(yard?.unit, 'yard');
    assert.ok(clock && yard && !sameNumber(clock, yard));
    assert.ok(clock && bare && sameNumber({ ...bare, unit: '' }, clock));
  });
});
