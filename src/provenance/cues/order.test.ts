// Tests for orderCue: direction evidence from which member keeps the sentence order the family shares.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { orderCue } from './order.ts';

/** A symmetric in-order share from a table keyed "x-y"; pairs not listed were not compared. */
const inOrder =
  (table: Record<string, number>) =>
  (x: string, y: string): number | undefined =>
    table[`${x}-${y}`] ?? table[`${y}-${x}`];

test('orderCue', async (t) => {
  await t.test('should be positive for p when the other members keep p’s order and not c’s', () => {
    const cue = orderCue(
      'herald',
      'post',
      ['gazette'],
      inOrder({ 'herald-gazette': 1, 'post-gazette': 0.6 }),
    );
    assert.equal(cue?.kind, 'order');
    assert.ok((cue?.logit ?? 0) > 0);
    assert.match(
      cue?.evidence ?? '',
      /^herald has the sentence order .*100%.*60% for post\): post moved text around$/,
    );
  });

  await t.test('should be negative when the other members keep c’s order', () => {
    const cue = orderCue(
      'post',
      'herald',
      ['gazette'],
      inOrder({ 'herald-gazette': 1, 'post-gazette': 0.6 }),
    );
    assert.ok((cue?.logit ?? 0) < 0);
  });

  await t.test('should average over the other members', () => {
    // Means: p 0.8, c 0.75 — too close, although gazette alone favours p.
    const table = { 'herald-gazette': 1, 'post-gazette': 0.6, 'herald-courier': 0.6, 'post-courier': 0.9 };
    assert.equal(orderCue('herald', 'post', ['gazette', 'courier'], inOrder(table)), undefined);
  });

  await t.test('should be undefined when the lead is under 0.1', () => {
    assert.equal(
      orderCue('herald', 'post', ['gazette'], inOrder({ 'herald-gazette': 0.95, 'post-gazette': 0.9 })),
      undefined,
    );
  });

  await t.test('should be undefined when there are no other members', () => {
    assert.equal(orderCue('herald', 'post', [], inOrder({ 'herald-post': 1 })), undefined);
  });

  await t.test('should skip members not compared with both', () => {
    const table = { 'herald-gazette': 1, 'post-gazette': 0.5, 'herald-courier': 0.2 };
    const cue = orderCue('herald', 'post', ['gazette', 'courier'], inOrder(table));
    assert.ok((cue?.logit ?? 0) > 0);
    assert.equal(orderCue('herald', 'post', ['courier'], inOrder(table)), undefined);
  });
});
