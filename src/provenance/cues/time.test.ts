// Tests for timeCue: direction evidence from declared publication times.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawArticle } from '../../ingest/types.ts';
import { timeCue } from './time.ts';

const at = (id: string, published?: string): RawArticle => ({
  id,
  path: `${id}.txt`,
  text: 'Ferry fares in Lindenfield rose.',
  meta: published === undefined ? {} : { published },
});

test('timeCue', async (t) => {
  await t.test('should be positive when p was published before c', () => {
    const cue = timeCue(at('herald', '2031-04-02T08:00:00Z'), at('post', '2031-04-02T08:30:00Z'));
    assert.equal(cue?.kind, 'time');
    assert.ok((cue?.logit ?? 0) > 0);
    assert.match(cue?.evidence ?? '', /^herald was published 30 min before post/);
  });

  await t.test('should be negative when p was published after c', () => {
    const cue = timeCue(at('post', '2031-04-02T12:00:00Z'), at('herald', '2031-04-02T08:00:00Z'));
    assert.ok((cue?.logit ?? 0) < 0);
    assert.match(cue?.evidence ?? '', /^herald was published 4 h before post/);
  });

  await t.test('should compare times in different zones as instants', () => {
    // 09:00 at +02:00 is 07:00 UTC, an hour before 08:00 UTC.
    const cue = timeCue(at('herald', '2031-04-02T09:00:00+02:00'), at('post', '2031-04-02T08:00:00Z'));
    assert.ok((cue?.logit ?? 0) > 0);
  });

  await t.test('should give the gap in days when it is long', () => {
    const cue = timeCue(at('herald', '2031-04-02'), at('post', '2031-04-05'));
    assert.match(cue?.evidence ?? '', /3 days/);
  });

  await t.test('should be undefined when either time is missing', () => {
    assert.equal(timeCue(at('herald'), at('post', '2031-04-02T08:00:00Z')), undefined);
    assert.equal(timeCue(at('herald', '2031-04-02T08:00:00Z'), at('post')), undefined);
  });

  await t.test('should be undefined when either time is unparseable', () => {
    assert.equal(timeCue(at('herald', 'last Tuesday'), at('post', '2031-04-02T08:00:00Z')), undefined);
    assert.equal(timeCue(at('herald', '2031-04-02T08:00:00Z'), at('post', 'soon')), undefined);
  });

  await t.test('should be undefined when both times are equal', () => {
    assert.equal(
      timeCue(at('herald', '2031-04-02T08:00:00Z'), at('post', '2031-04-02T10:00:00+02:00')),
      undefined,
    );
  });

  await t.test(
    'should weigh less, and say why, when the earlier article was updated after the later appeared',
    () => {
      const herald = {
        ...at('herald', '2031-04-02T08:00:00Z'),
        meta: { published: '2031-04-02T08:00:00Z', modified: '2031-04-02T15:00:00Z' },
      };
      const cue = timeCue(herald, at('post', '2031-04-02T11:00:00Z'));
      const plain = timeCue(at('herald', '2031-04-02T08:00:00Z'), at('post', '2031-04-02T11:00:00Z'));
      assert.ok((cue?.logit ?? 0) > 0 && (cue?.logit ?? 0) < (plain?.logit ?? 0));
      assert.match(cue?.evidence ?? '', /updated at 2031-04-02T15:00:00Z, after post appeared/);
    },
  );

  await t.test('should keep its full weight when the update came before the later article', () => {
    const herald = {
      ...at('herald', '2031-04-02T08:00:00Z'),
      meta: { published: '2031-04-02T08:00:00Z', modified: '2031-04-02T09:00:00Z' },
    };
    const plain = timeCue(at('herald', '2031-04-02T08:00:00Z'), at('post', '2031-04-02T11:00:00Z'));
    assert.equal(timeCue(herald, at('post', '2031-04-02T11:00:00Z'))?.logit, plain?.logit);
  });
});
