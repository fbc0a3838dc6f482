// Tests for creditCue: direction evidence from one article naming the other's outlet as its source.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleMeta } from '../../ingest/types.ts';
import { normalize } from '../../normalize/index.ts';
import { segment } from '../../segment/index.ts';
import { creditCue } from './credit.ts';

const article = (id: string, text: string, meta: ArticleMeta = {}) =>
  segment(normalize({ id, path: `${id}.txt`, text, meta }));

const herald = article('herald', 'Ferry fares in Lindenfield will rise in May. Riders were angry.', {
  publisher: 'Valley Herald',
});
const post = article(
  'post',
  'Ferry fares will rise, as first reported by the Valley Herald. Riders were angry.',
  {
    publisher: 'Riverton Post',
  },
);

test('creditCue', async (t) => {
  await t.test('should be positive when c credits the outlet of p', () => {
    const cue = creditCue(herald, post);
    assert.equal(cue?.kind, 'credit');
    assert.ok((cue?.logit ?? 0) > 0);
    assert.match(cue?.evidence ?? '', /post credits Valley Herald/);
  });

  await t.test('should be negative when p credits the outlet of c', () => {
    const cue = creditCue(post, herald);
    assert.ok((cue?.logit ?? 0) < 0);
    assert.equal(cue?.logit, -(creditCue(herald, post)?.logit ?? 0));
  });

  await t.test('should know an outlet from its dateline', () => {
    const dated = article(
      'dated',
      'RIVERTON (Valley Herald) — Ferry fares will rise in May. Riders were angry.',
    );
    const cue = creditCue(dated, post);
    assert.ok((cue?.logit ?? 0) > 0);
    assert.match(cue?.evidence ?? '', /dateline/);
  });

  await t.test('should be undefined when an outlet only mentions itself', () => {
    const own = article('own', 'Quill told the Valley Herald that fares would rise. Riders were angry.', {
      publisher: 'Valley Herald',
    });
    const other = article('other', 'Fares will rise in May. Riders were angry.', {
      publisher: 'Riverton Post',
    });
    assert.equal(creditCue(own, other), undefined);
    assert.equal(creditCue(other, own), undefined);
  });

  await t.test('should be undefined when both articles are from the outlet one credits', () => {
    const again = article('again', 'Quill told the Herald that fares would rise. Riders were angry.', {
      publisher: 'Valley Herald',
    });
    assert.equal(creditCue(herald, again), undefined);
  });

  await t.test('should be undefined when neither article has a known outlet', () => {
    const bare = article(
      'bare',
      'Fares will rise, as first reported by the Valley Herald. Riders were angry.',
    );
    const plain = article('plain', 'Ferry fares in Lindenfield will rise in May.');
    assert.equal(creditCue(plain, bare), undefined);
  });

  await t.test('should be undefined when each credits the other', () => {
    const a = article('a', 'Fares rose, according to the Riverton Post.', { publisher: 'Valley Herald' });
    const b = article('b', 'Fares rose, according to the Valley Herald.', { publisher: 'Riverton Post' });
    assert.equal(creditCue(a, b), undefined);
  });
});

test('creditCue with carried-over boilerplate and datelines', async (t) => {
  const article = (id: string, text: string, publisher?: string) =>
    segment(normalize({ id, path: `${id}.txt`, meta: publisher ? { publisher } : {}, text }));
  const herald = article(
    'herald',
    'Ferry fares rise\nThe Lindenfield ferry will cost more from June, the board said.',
    'Valley Herald',
  );

  await t.test('should count a copy that keeps the source’s subscription line', () => {
    const copy = article(
      'copy',
      'Ferry fares rise\nThe Lindenfield ferry will cost more from June.\nSubscribe to the Valley Herald for daily news.',
      'Quick Digest',
    );
    assert.ok((creditCue(herald, copy)?.logit ?? 0) > 0);
  });

  await t.test('should count a copy that keeps the source’s dateline under another publisher', () => {
    const copy = article(
      'copy',
      'LINDENFIELD (Valley Herald) — The ferry will cost more from June, the board said.',
      'Quick Digest',
    );
    const cue = creditCue(herald, copy);
    assert.ok((cue?.logit ?? 0) > 0);
    assert.match(cue?.evidence ?? '', /dateline/);
  });
});
