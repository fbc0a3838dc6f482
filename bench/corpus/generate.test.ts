// Tests for the benchmark corpus generator: determinism, size, truth, and what each copy keeps.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Corpus, generateCorpus, readBases } from './generate.ts';

const bases = readBases();
// 80 articles cover every base once and give a few copies of each kind at seed 3.
const corpus = generateCorpus({ articles: 80, seed: 3 }, bases);

/** The text of an article by id. */
function textOf(c: Corpus, id: string): string {
  const article = c.articles.find((a) => a.id === id);
  assert.ok(article, `no article ${id}`);
  return article.text;
}

/** Everything after the headline line. */
function bodyOf(text: string): string {
  return text.slice(text.indexOf('\n') + 1);
}

/** Words as a reader counts them: "59-year-old", "£2,956" and "club's" are one word each. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\d]+(?:['’.,-][\p{L}\d]+)*/gu) ?? [];
}

/** The share of `copy`'s distinct word n-grams that also occur in `original`. */
function sharedGrams(copy: string, original: string, n: number): number {
  const grams = (text: string) => {
    const w = words(text);
    return new Set(w.slice(0, 1 - n).map((_, i) => w.slice(i, i + n).join(' ')));
  };
  const mine = grams(copy);
  const theirs = grams(original);
  return [...mine].filter((g) => theirs.has(g)).length / mine.size;
}

/** Capitalised words that do not start a sentence or quotation: the story's names. */
function midSentenceNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<=[\p{Ll},;] )\p{Lu}\p{Ll}+/gu)) names.add(m[0]);
  return names;
}

function copiesBy(method: string) {
  return corpus.truth.filter((t) => t.method === method);
}

test('generateCorpus', async (t) => {
  await t.test('should produce the same corpus for the same seed and another for another seed', () => {
    assert.deepEqual(generateCorpus({ articles: 80, seed: 3 }, bases), corpus);
    assert.notDeepEqual(
      generateCorpus({ articles: 10, seed: 4 }, bases).articles,
      corpus.articles.slice(0, 10),
    );
  });

  await t.test('should produce exactly the requested number of articles, with unique ids', () => {
    for (const n of [1, 2, 7, 30])
      assert.equal(generateCorpus({ articles: n, seed: 9 }, bases).articles.length, n);
    assert.equal(corpus.articles.length, 80);
    assert.equal(new Set(corpus.articles.map((a) => a.id)).size, 80);
  });

  await t.test('should name only existing articles in the truth, each copy after its original', () => {
    const published = new Map(corpus.articles.map((a) => [a.id, Date.parse(a.published)]));
    assert.ok(corpus.truth.length > 0);
    for (const { original, copy } of corpus.truth) {
      const [from, to] = [published.get(original), published.get(copy)];
      assert.ok(from !== undefined && to !== undefined, `${original} → ${copy}`);
      const hours = (to - from) / 3_600_000;
      assert.ok(hours >= 1 && hours <= 48, `${copy} published ${hours} h after ${original}`);
    }
  });

  await t.test('should make stories of the same base about different names', () => {
    const first = textOf(corpus, 's00000-orig');
    const again = textOf(corpus, 's00024-orig');
    assert.notEqual(first, again);
    // What stays are calendar words, titles and generic place words: "Tuesday", "Street", "Councillor".
    const names = [...midSentenceNames(first)];
    const shared = names.filter((n) => midSentenceNames(again).has(n));
    assert.ok(shared.length < names.length / 2, `shared ${shared.join(' ')}`);
  });

  await t.test(
    'should keep the names and numbers of a paraphrased original but under half its 4-grams',
    () => {
      assert.ok(copiesBy('paraphrased').length >= 3);
      for (const { original, copy } of copiesBy('paraphrased')) {
        const [source, rewrite] = [textOf(corpus, original), textOf(corpus, copy)];
        const rewriteWords = new Set(rewrite.match(/\p{L}+/gu));
        for (const name of midSentenceNames(source))
          assert.ok(rewriteWords.has(name), `${copy} lost ${name}`);
        assert.deepEqual(new Set(rewrite.match(/\d+/g)), new Set(source.match(/\d+/g)), copy);
        const shared = sharedGrams(bodyOf(rewrite), bodyOf(source), 4);
        assert.ok(shared < 0.5, `${copy} shares ${shared.toFixed(2)} of its 4-grams`);
      }
    },
  );

  await t.test("should contain the original's body in a verbatim copy", () => {
    assert.ok(copiesBy('verbatim').length >= 1);
    for (const { original, copy } of copiesBy('verbatim')) {
      assert.ok(textOf(corpus, copy).includes(bodyOf(textOf(corpus, original))), copy);
    }
  });

  await t.test('should keep most of an edited copy and the opening of a partial copy', () => {
    for (const { original, copy } of copiesBy('edited')) {
      assert.ok(sharedGrams(bodyOf(textOf(corpus, copy)), bodyOf(textOf(corpus, original)), 4) > 0.7, copy);
    }
    for (const { original, copy } of copiesBy('partial')) {
      const shared = sharedGrams(bodyOf(textOf(corpus, copy)), bodyOf(textOf(corpus, original)), 4);
      assert.ok(shared > 0.3 && shared < 0.9, `${copy} shares ${shared.toFixed(2)}`);
    }
  });

  await t.test('should add no independent reports unless asked', () => {
    assert.deepEqual(corpus.sameStory, []);
    assert.ok(!corpus.articles.some((a) => a.id.endsWith('-same1')));
  });
});

test('generateCorpus with independent reports', async (t) => {
  const withReports = generateCorpus({ articles: 200, seed: 3, independent: true }, bases);
  const reports = withReports.sameStory;

  await t.test('should keep every story and copy of the corpus without the option', () => {
    const plain = generateCorpus({ articles: 200, seed: 3 }, bases);
    const plainText = new Map(plain.articles.map((a) => [a.id, a.text]));
    const kept = withReports.articles.filter((a) => !a.id.endsWith('-same1'));
    for (const a of kept) assert.equal(a.text, plainText.get(a.id), a.id);
    assert.deepEqual(withReports.truth, plain.truth.slice(0, withReports.truth.length));
    assert.equal(withReports.articles.length, 200);
  });

  await t.test('should list each report once, with its story original, and never as a copy', () => {
    assert.ok(reports.length >= 10, `${reports.length} reports`);
    const ids = new Set(withReports.articles.map((a) => a.id));
    const copies = new Set(withReports.truth.flatMap((e) => [e.original, e.copy]));
    for (const { a, b } of reports) {
      assert.ok(ids.has(a) && ids.has(b), `${a} ~ ${b}`);
      assert.equal(a.replace('-orig', ''), b.replace('-same1', ''));
      assert.ok(!copies.has(b), `${b} is in the derivation truth`);
    }
  });

  await t.test("should share the story's names but almost none of its wording", () => {
    for (const { a, b } of reports) {
      const [story, report] = [textOf(withReports, a), textOf(withReports, b)];
      const storyNames = midSentenceNames(story);
      const shared = [...midSentenceNames(report)].filter((n) => storyNames.has(n));
      assert.ok(shared.length >= 5, `${b} shares only ${shared.join(' ')}`);
      const overlap = sharedGrams(bodyOf(report), bodyOf(story), 5);
      assert.ok(overlap < 0.05, `${b} shares ${overlap.toFixed(3)} of its 5-grams`);
    }
  });

  await t.test("should give most reports some of the story's figures", () => {
    // A figure is borrowed only where the other base has a number of the same kind and shape.
    const figures = (text: string) => new Set(text.match(/\d[\d,.]*\d/g));
    const sharing = reports.filter(({ a, b }) => {
      const storyFigures = figures(textOf(withReports, a));
      return [...figures(textOf(withReports, b))].some((f) => storyFigures.has(f));
    });
    assert.ok(sharing.length >= reports.length / 2, `${sharing.length} of ${reports.length}`);
  });

  await t.test('should publish a report within 12 hours of its story', () => {
    const published = new Map(withReports.articles.map((x) => [x.id, Date.parse(x.published)]));
    for (const { a, b } of reports) {
      const hours = Math.abs((published.get(b) ?? Number.NaN) - (published.get(a) ?? Number.NaN)) / 3_600_000;
      assert.ok(hours <= 12, `${b} published ${hours} h from ${a}`);
    }
  });
});

test('generateCorpus with passage-level reuse', async (t) => {
  // 300 articles at seed 3 give over ten lifts, several compilations (two of a story and its independent
  // report) and several chains.
  const options = { articles: 300, seed: 3, independent: true };
  const withReuse = generateCorpus({ ...options, reuse: true }, bases);
  const reused = /-(lift|comp|chainb|chainc)\d+$/;
  const published = new Map(withReuse.articles.map((a) => [a.id, Date.parse(a.published)]));
  const edges = (method: string) => withReuse.truth.filter((e) => e.method === method);
  const paragraphsOf = (id: string) => bodyOf(textOf(withReuse, id)).split('\n');

  await t.test('should add lifts, compilations and chains only when asked', () => {
    for (const kind of ['lift', 'comp', 'chainb', 'chainc']) {
      const count = withReuse.articles.filter((a) => a.id.includes(`-${kind}1`)).length;
      assert.ok(count >= 4, `${count} ${kind}`);
    }
    const plain = generateCorpus(options, bases);
    for (const c of [corpus, plain]) {
      assert.ok(!c.articles.some((a) => reused.test(a.id)));
      assert.deepEqual(c.indirect, []);
      assert.deepEqual(c.otherBasesOf, {});
    }
  });

  await t.test('should keep every story, copy and report of the corpus without the option', () => {
    const plain = generateCorpus(options, bases);
    const plainText = new Map(plain.articles.map((a) => [a.id, a.text]));
    const kept = withReuse.articles.filter((a) => !reused.test(a.id));
    for (const a of kept) assert.equal(a.text, plainText.get(a.id), a.id);
    const keptTruth = withReuse.truth.filter((e) => !reused.test(e.copy));
    assert.deepEqual(keptTruth, plain.truth.slice(0, keptTruth.length));
    assert.deepEqual(withReuse.sameStory, plain.sameStory.slice(0, withReuse.sameStory.length));
    assert.equal(withReuse.articles.length, 300);
  });

  await t.test("should splice a lift's paragraphs, never first, into a report of 900–1,600 words", () => {
    assert.ok(
      edges('lift').some((e) => e.lifted?.verbatim) && edges('lift').some((e) => !e.lifted?.verbatim),
    );
    const corpusParagraphs = new Set(
      withReuse.articles.filter((a) => !reused.test(a.id)).flatMap((a) => bodyOf(a.text).split('\n')),
    );
    for (const { original, copy, lifted } of edges('lift')) {
      assert.ok(lifted, copy);
      const host = paragraphsOf(copy);
      const words = host.join(' ').split(' ').length;
      assert.ok(words >= 900 && words <= 1600, `${copy} has ${words} words`);
      // A host paragraph is lifted when it keeps most of the 4-grams of one of the source's paragraphs.
      const source = paragraphsOf(original);
      const isLifted = (p: string) => source.some((s) => sharedGrams(p, s, 4) > 0.6);
      assert.equal(host.filter(isLifted).length, lifted.paragraphs, copy);
      assert.ok(!isLifted(host[0] as string), `${copy} opens with a lifted paragraph`);
      const verbatim = host.filter((p) => source.includes(p)).length;
      if (lifted.verbatim) assert.equal(verbatim, lifted.paragraphs, copy);
      else assert.ok(verbatim < lifted.paragraphs, `${copy} has no edit`);
      // The host's own report is its own: none of its paragraphs is in a corpus article (but a one-line
      // paragraph with a single figure, "… will run until 26 September.", may meet its double by chance).
      const own = host.filter((p) => !isLifted(p) && p.split(' ').length >= 20);
      for (const p of own) assert.ok(!corpusParagraphs.has(p), `${copy}: ${p}`);
      assert.ok((published.get(copy) ?? 0) > (published.get(original) ?? 0), copy);
    }
  });

  await t.test('should stitch a compilation from two earlier sources, paraphrased', () => {
    const compilations = [...new Set(edges('compiled').map((e) => e.copy))];
    assert.ok(compilations.length >= 4);
    assert.ok(
      edges('compiled').some((e) => e.original.endsWith('-same1')),
      'no report compiled',
    );
    const outsideQuotes = (text: string) => text.replace(/“[^”]*”/g, ' ');
    for (const id of compilations) {
      const sources = edges('compiled')
        .filter((e) => e.copy === id)
        .map((e) => e.original);
      assert.equal(sources.length, 2, id);
      const mine = bodyOf(textOf(withReuse, id));
      const theirs = sources.map((s) => bodyOf(textOf(withReuse, s)));
      for (const [k, source] of sources.entries()) {
        assert.ok((published.get(id) ?? 0) > (published.get(source) ?? 0), `${id} before ${source}`);
        assert.ok(sharedGrams(mine, theirs[k] as string, 4) > 0.05, `${id} takes little of ${source}`);
      }
      // Paraphrased as a whole paraphrase is: names, numbers and most quotations stay, so some long runs
      // do too, but under half the 4-grams and under a quarter of the 8-grams outside quotations.
      assert.ok(sharedGrams(mine, theirs.join('\n'), 4) < 0.5, id);
      const unquoted8 = sharedGrams(outsideQuotes(mine), theirs.map(outsideQuotes).join('\n'), 8);
      assert.ok(unquoted8 < 0.25, `${id} shares ${unquoted8.toFixed(2)} of its 8-grams`);
    }
  });

  await t.test('should make C of a chain from B, B from A, in that order, and call A–C indirect', () => {
    assert.ok(withReuse.indirect.length >= 4);
    const derivations = new Set(withReuse.truth.map((e) => `${e.original} ${e.copy} ${e.method}`));
    for (const { a, b: c, via: b } of withReuse.indirect) {
      assert.ok(derivations.has(`${a} ${b} paraphrased`) && derivations.has(`${b} ${c} chained`), c);
      assert.ok(!withReuse.truth.some((e) => e.original === a && e.copy === c), `${a} → ${c} in truth`);
      const [textA, textB, textC] = [a, b, c].map((id) => bodyOf(textOf(withReuse, id))) as [
        string,
        string,
        string,
      ];
      assert.ok(sharedGrams(textC, textB, 5) > sharedGrams(textC, textA, 5) + 0.3, `${c} is not from ${b}`);
      const [timeA, timeB, timeC] = [a, b, c].map((id) => published.get(id) ?? Number.NaN);
      assert.ok((timeA as number) < (timeB as number) && (timeB as number) < (timeC as number), c);
    }
  });

  await t.test('should give the same passage-level reuse for the same seed', () => {
    assert.deepEqual(generateCorpus({ ...options, reuse: true }, bases), withReuse);
  });
});
