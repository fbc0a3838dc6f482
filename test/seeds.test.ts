// The acceptance example: the verdicts ../shared/seeds/EXPECTED.md asks for. Reads ../shared and
// skips when it is not there (a fresh clone outside the workplace).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import type { Contribution } from '../src/coverage/types.ts';
import { analyzePaths } from '../src/pipeline.ts';
import { toJson } from '../src/report/json.ts';

const seeds = new URL('../../shared/seeds', import.meta.url).pathname;
const skip = existsSync(seeds) ? false : `${seeds} not found`;

test('seeds (../shared/seeds)', { skip }, async (t) => {
  const result = toJson(await analyzePaths([seeds]));
  const id = (prefix: string) => result.articles.find((a) => a.id.startsWith(prefix))?.id as string;
  const [a000, a001, a002, a003, a004] = ['000', '001', '002', '003', '004'].map(id) as [
    string,
    string,
    string,
    string,
    string,
  ];

  await t.test('should read the five articles and not the notes', () =>
    assert.equal(result.articles.length, 5),
  );

  await t.test('should find one story of five', () => {
    assert.equal(result.stories.length, 1);
    assert.equal(result.stories[0]?.articles.length, 5);
  });

  await t.test('should find exactly 001 and 003 derived from 000, paraphrased', () => {
    const edges = result.derivations.map((d) => `${d.original}>${d.copy}`).sort();
    assert.deepEqual(edges, [`${a000}>${a001}`, `${a000}>${a003}`]);
    for (const d of result.derivations) assert.equal(d.method, 'paraphrased');
  });

  await t.test('should have 001 cover nearly all of 000 and 003 only part of it', () => {
    const d001 = result.derivations.find((d) => d.copy === a001);
    const d003 = result.derivations.find((d) => d.copy === a003);
    assert.ok((d001?.originalCoverage ?? 0) > 0.85);
    assert.ok((d003?.originalCoverage ?? 1) < 0.75);
  });

  await t.test('should call 001 and 003 siblings through 000', () => {
    assert.deepEqual(
      result.kinships.map((k) => ({ pair: [k.a, k.b].sort(), relation: k.relation, via: k.via })),
      [{ pair: [a001, a003], relation: 'siblings', via: [a000] }],
    );
  });

  await t.test('should keep 002 and 004 independent of everything', () => {
    for (const x of [a002, a004])
      assert.ok(!result.derivations.some((d) => d.copy === x || d.original === x));
    assert.ok(result.independent.some((p) => [p.a, p.b].sort().join() === [a002, a004].sort().join()));
  });

  await t.test('should say why 000 is the original, with confidence', () => {
    for (const d of result.derivations) {
      assert.ok(d.confidence >= 0.8, `${d.copy}: ${d.confidence}`);
      assert.ok(d.evidence.length >= 2);
    }
    const d001 = result.derivations.find((d) => d.copy === a001);
    assert.ok(d001?.evidence.some((e) => e.includes('credits CNN')));
  });

  // The quotations EXPECTED.md lists, checked by speaker and count, and by single words, so that no
  // seed text is copied here.
  const quote = new Map(result.quotes.map((q) => [q.id, q]));
  const article = (id: string) => quote.get(id)?.article;
  const variants = (from: string, to: string) =>
    result.quoteVariants.filter((v) => article(v.a) === from && article(v.b) === to);
  const surnames = (vs: typeof result.quoteVariants) =>
    new Set(vs.map((v) => (v.speaker ?? '').split(' ').pop()));

  await t.test('should report the 13 alterations of 001 with their speakers', () => {
    const altered = variants(a000, a001).filter((v) => v.kind === 'altered');
    assert.ok(altered.every((v) => v.context === 'derivation'));
    assert.equal(altered.length, 13);
    for (const name of ['Trump', 'Witkoff', 'Leavitt', 'official', 'Ushakov', 'Rubio', 'Waltz'])
      assert.ok(surnames(altered).has(name), name);
  });

  await t.test('should report the one alteration of 003, by Trump', () => {
    const altered = variants(a000, a003).filter((v) => v.kind === 'altered');
    assert.deepEqual([...surnames(altered)], ['Trump']);
    assert.equal(altered.length, 1);
  });

  await t.test('should not flag the quotations kept word for word', () => {
    const kept = ['assets', 'cards', '10-yard', 'natural', 'discussed', 'positive'];
    for (const v of [...variants(a000, a001), ...variants(a000, a003)]) {
      const text = quote.get(v.a)?.text ?? '';
      if (kept.some((w) => text.includes(w))) assert.ok(['identical', 'cosmetic'].includes(v.kind), text);
    }
    assert.ok(variants(a000, a003).filter((v) => v.kind !== 'altered').length >= 5);
  });

  await t.test('should report the yard-line quote as a discrepancy between 000 and 002', () => {
    const found = variants(a000, a002).find(
      (v) => v.kind === 'altered' && v.diff.some(([op, text]) => op === '+' && text.includes('10th')),
    );
    assert.equal(found?.context, 'independent');
    assert.match(found?.speaker ?? '', /Leavitt/);
  });

  await t.test("should report Scavino's quote as present only in 001, added by the copy", () => {
    const added = result.quoteSingles.filter((s) => s.addedByCopy);
    assert.deepEqual(
      added.map((s) => [s.article, quote.get(s.quote)?.speaker]),
      [[a001, 'Dan Scavino']],
    );
  });

  await t.test("should leave out 001's two trailing subscription lines as boilerplate", () => {
    const b = result.articles.find((a) => a.id === a001)?.boilerplate ?? [];
    assert.equal(b.length, 2);
    assert.match(b[0] ?? '', /^Discover more from/);
    assert.match(b[1] ?? '', /^Subscribe/);
    for (const id of [a000, a002, a003, a004])
      assert.equal(result.articles.find((a) => a.id === id)?.boilerplate, undefined);
  });

  const contribution = (article: string) =>
    result.stories[0]?.contributions.find((c) => c.article === article) as Contribution;
  const sentence = (article: string, i: number) =>
    result.articles.find((a) => a.id === article)?.sentences[i] ?? '';

  await t.test("should find 001's own additions: Scavino's post and the start time", () => {
    const { adds, role } = contribution(a001);
    assert.equal(role, 'copy');
    assert.ok(adds.sentences.some((i) => sentence(a001, i).includes('Scavino')));
    assert.deepEqual(
      adds.quotes.map((q) => quote.get(q)?.speaker),
      ['Dan Scavino'],
    );
    assert.ok(adds.names.includes('Dan Scavino'));
    assert.ok(adds.numbers.includes('10 a.m.'));
    assert.ok(adds.sentences.length <= 4, `${adds.sentences.length} sentences: nearly all of 001 is 000's`);
  });

  await t.test('should find 003 adding next to nothing', () => {
    const { adds } = contribution(a003);
    assert.ok(adds.sentences.length <= 1);
    assert.deepEqual([adds.quotes, adds.names, adds.numbers], [[], [], []]);
  });

  await t.test('should find what 002 and 004 each bring, 004 the call that had taken place', () => {
    for (const id of [a002, a004]) {
      const { adds, role } = contribution(id);
      assert.equal(role, 'independent');
      assert.ok(adds.sentences.length >= 10 && adds.quotes.length >= 3 && adds.names.length >= 5, id);
    }
    assert.ok(contribution(a002).adds.names.includes('Dmitry Peskov'));
    assert.ok(
      contribution(a004).adds.sentences.some((i) => /spoke for more than two hours/.test(sentence(a004, i))),
    );
  });
});
