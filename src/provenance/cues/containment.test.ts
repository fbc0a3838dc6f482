// Tests for containmentCue: direction evidence from how much of each article the other explains.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { containmentCue } from './containment.ts';

test('containmentCue', async (t) => {
  await t.test('should be positive when more of c is found in p than of p in c', () => {
    const cue = containmentCue('herald', 'digest', 0.4, 0.95);
    assert.equal(cue?.kind, 'containment');
    assert.ok((cue?.logit ?? 0) > 0);
    assert.equal(
      cue?.evidence,
      'herald contains digest: 95% of digest is found in herald, but only 40% of herald in digest',
    );
  });

  await t.test('should be negative when more of p is found in c', () => {
    const cue = containmentCue('digest', 'herald', 0.95, 0.4);
    assert.ok((cue?.logit ?? 0) < 0);
    assert.match(cue?.evidence ?? '', /^herald contains digest/);
  });

  await t.test('should grow with the difference in coverage', () => {
    const small = containmentCue('herald', 'digest', 0.5, 0.7)?.logit ?? 0;
    const large = containmentCue('herald', 'digest', 0.2, 0.9)?.logit ?? 0;
    assert.ok(large > small && small > 0, `${large} > ${small} > 0`);
  });

  await t.test('should be undefined for a difference under 0.1', () => {
    assert.equal(containmentCue('herald', 'post', 0.8, 0.85), undefined);
    assert.equal(containmentCue('herald', 'post', 0.85, 0.8), undefined);
    assert.equal(containmentCue('herald', 'post', 0.6, 0.6), undefined);
  });

  await t.test('should count a difference just over 0.1', () => {
    assert.ok(containmentCue('herald', 'post', 0.5, 0.61) !== undefined);
  });

  await t.test(
    'should count a difference of exactly 0.1',

    () => {
      assert.ok(containmentCue('herald', 'post', 0.4, 0.5) !== undefined);
    },
  );
  await t.test('should be undefined when neither article is mostly found in the other', () => {
    // A long report that lifted a passage of a shorter one: 37% of the short one, 19% of the long one.
    assert.equal(containmentCue('source', 'host', 0.37, 0.19), undefined);
    assert.ok(containmentCue('source', 'excerpt', 0.3, 0.5) !== undefined);
  });
});
