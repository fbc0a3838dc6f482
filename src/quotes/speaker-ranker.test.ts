import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize } from '../normalize/index.ts';
import { segment } from '../segment/index.ts';
import { findQuotes } from './extract.ts';
import { candidateFeatures, type SpeakerCandidate } from './speaker-candidates.ts';
import { chooseSpeaker, type SpeakerRanker } from './speaker-ranker.ts';

const article = segment(
  normalize({
    id: 'a',
    path: 'a.txt',
    text: 'Harbour master Ines Valcourt met the ferry crews on Monday.\n\n“The pier stays shut until the divers are done,” Valcourt told them.',
    meta: {},
  }),
);

/** A ranker whose one tree scores a candidate by a single feature: `logit` when it is 1, else `-logit`. */
function rankerOn(
  feature: (typeof candidateFeatures)[number],
  logit: number,
  threshold = 0.5,
): SpeakerRanker {
  const index = candidateFeatures.indexOf(feature);
  return {
    version: 1,
    threshold,
    trees: {
      features: [...candidateFeatures],
      base: 0,
      learningRate: 1,
      trees: [
        {
          feature: [index, -1, -1],
          threshold: [0.5, 0, 0],
          left: [1, 0, 0],
          right: [2, 0, 0],
          value: [0, -logit, logit],
        },
      ],
    },
  };
}

/** The candidates of the first quotation of `text`, by mention text, with the named features. */
function featuresOf(text: string, names: Array<(typeof candidateFeatures)[number]>): Map<string, number[]> {
  const seen: SpeakerCandidate[][] = [];
  const a = segment(normalize({ id: 'b', path: 'b.txt', text, meta: {} }));
  findQuotes(a, { ranker: null, onCandidates: (_, candidates) => seen.push(candidates) });
  return new Map(
    (seen[0] ?? []).map((c) => [
      c.attribution.mention.text,
      names.map((n) => c.features[candidateFeatures.indexOf(n)] as number),
    ]),
  );
}

test('speaker candidates', async (t) => {
  await t.test(
    'should take the mention in "with X saying" as the participle’s subject, not an object',
    () => {
      const f = featuresOf(
        'The harbour board insisted the repairs would wait, with treasurer Ada Novak saying, “There is no money left.”',
        ['objectOfVerb', 'participleSubject'],
      );
      assert.deepEqual(f.get('treasurer Ada Novak'), [0, 1]);
      assert.deepEqual(f.get('The harbour board'), [0, 0]);
    },
  );

  await t.test(
    'should give a participle after an object ("issued a statement saying") to the subject',
    () => {
      const f = featuresOf('The ferry company issued a statement saying “the crossing is safe.”', [
        'objectOfVerb',
        'participleSubject',
      ]);
      assert.deepEqual(f.get('The ferry company'), [0, 1]);
      assert.deepEqual(f.get('a statement'), [1, 0]);
    },
  );

  await t.test('should keep the subject of a clause after "as" or "after" from being an object', () => {
    const f = featuresOf('As harbour master Ines Valcourt noted, the pier is “older than the town.”', [
      'objectOfVerb',
    ]);
    assert.deepEqual(f.get('harbour master Ines Valcourt'), [0]);
  });
});

test('speaker ranker', async (t) => {
  const seen: SpeakerCandidate[][] = [];
  findQuotes(article, { ranker: null, onCandidates: (_, candidates) => seen.push(candidates) });
  const candidates = seen[0] ?? [];

  await t.test('should offer the mentions near a quotation, the rules’ choice among them', () => {
    const texts = candidates.map((c) => c.attribution.mention.text);
    assert.ok(texts.includes('Valcourt'));
    assert.ok(texts.includes('Harbour master Ines Valcourt'));
    const rule = candidates.filter((c) => c.features[candidateFeatures.indexOf('rule')] === 1);
    assert.deepEqual(
      rule.map((c) => c.attribution.mention.text),
      ['Valcourt'],
    );
  });

  await t.test('should choose the candidate the model scores highest', () => {
    const best = chooseSpeaker(
      rankerOn('firstInSentence', 3),
      candidates.filter((c) => c.attribution.sentence === 0),
    );
    assert.equal(best?.attribution.mention.text, 'Harbour master Ines Valcourt');
  });

  await t.test('should choose nobody when no candidate reaches the threshold', () => {
    assert.equal(chooseSpeaker(rankerOn('rule', 3, 0.99), candidates), null);
  });

  await t.test('should resolve the chosen mention to the full name', () => {
    const [q] = findQuotes(article, { ranker: rankerOn('rule', 3) });
    assert.equal(q?.quote.speaker, 'Ines Valcourt');
    assert.equal(q?.quote.cue, 'told');
  });
});
