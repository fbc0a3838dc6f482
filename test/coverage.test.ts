// What each article brings to a story: a fictional landslide reported by a local paper (the original),
// a radio station and a weekly (independent reports), a content farm's copy with filler and one fact
// of its own, and a pure rewording. test/fixtures/coverage/README.md lists what each adds.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Contribution } from '../src/coverage/types.ts';
import { ingest } from '../src/ingest/index.ts';
import { analyze, analyzePaths } from '../src/pipeline.ts';
import { renderHtml } from '../src/report/html.ts';
import { toJson } from '../src/report/json.ts';
import { renderTerminal } from '../src/report/terminal.ts';

const folder = new URL('fixtures/coverage/', import.meta.url).pathname;
const cli = new URL('../bin/newstrace.js', import.meta.url).pathname;

test('story coverage', async (t) => {
  const analysis = await analyzePaths([folder]);
  const json = toJson(analysis);
  const [story] = json.stories;
  const of = (id: string) => story?.contributions.find((c) => c.article === id) as Contribution;
  const sentences = (id: string, indexes: number[]) => {
    const all = json.articles.find((a) => a.id === id)?.sentences ?? [];
    return indexes.map((i) => all[i] ?? '');
  };
  const quoteTexts = (ids: string[]) => ids.map((id) => json.quotes.find((q) => q.id === id)?.text);

  await t.test('should give every article of the story a contribution and its role', () => {
    assert.equal(json.stories.length, 1);
    assert.deepEqual(story?.contributions.map((c) => [c.article, c.role]).sort(), [
      ['copy-filler', 'copy'],
      ['copy-reworded', 'copy'],
      ['independent-radio', 'independent'],
      ['independent-weekly', 'independent'],
      ['original', 'original'],
    ]);
  });

  await t.test('should find that a copy which only rewords its source adds nothing', () => {
    assert.deepEqual(of('copy-reworded').adds, {
      sentences: [],
      quotes: [],
      names: [],
      numbers: [],
      filler: [],
    });
  });

  await t.test(
    'should find the copy’s own fact and call its sentences without names or numbers filler',
    () => {
      const { adds } = of('copy-filler');
      assert.deepEqual(sentences('copy-filler', adds.sentences), [
        'The Met Office has issued a yellow warning for heavy rain across the area until Tuesday.',
        'Residents are advised to stay tuned for further updates.',
        'This is a developing story and more details are expected soon.',
      ]);
      assert.deepEqual(
        sentences('copy-filler', adds.filler ?? []),
        sentences('copy-filler', adds.sentences.slice(1)),
      );
      assert.deepEqual(adds.names, ['Met Office']);
      assert.deepEqual(adds.quotes, []);
    },
  );

  await t.test('should find what each independent report alone brings', () => {
    const radio = of('independent-radio').adds;
    assert.deepEqual(radio.names, ['Atlantic Coaches', 'Elowen Hicks']);
    assert.deepEqual(radio.numbers, ['six school buses', '20 minutes']);
    assert.ok(quoteTexts(radio.quotes).some((q) => q?.startsWith('Pupils from Trewent')));
    const weekly = of('independent-weekly').adds;
    assert.deepEqual(weekly.names, ['Hedra Nancarrow', 'Lizard Earth Institute']);
    assert.deepEqual(weekly.numbers, ['£1.8 million', '112 millimetres']);
    assert.ok(quoteTexts(weekly.quotes).some((q) => q?.startsWith('We recorded 112 millimetres')));
  });

  await t.test('should credit the original with what only its copies repeat', () => {
    const { adds } = of('original');
    assert.ok(adds.names.includes('Jory Pascoe'));
    assert.ok(adds.numbers.includes('14 homes'));
    assert.ok(quoteTexts(adds.quotes).includes('It sounded like thunder that would not stop,'));
    assert.ok(sentences('original', adds.sentences).some((s) => s.startsWith('Jory Pascoe')));
  });

  await t.test('should name the report that published a shared fact first, and no copy', () => {
    const radio = of('independent-radio');
    assert.deepEqual(radio.firstWith, [{ sentence: 4, alsoIn: ['independent-weekly'] }]);
    assert.match(sentences('independent-radio', [4])[0] as string, /closed for at least three weeks/);
    const original = of('original');
    assert.deepEqual(original.firstWith[0], {
      sentence: 1,
      alsoIn: ['independent-radio', 'independent-weekly'],
    });
    assert.deepEqual(of('independent-weekly').firstWith, [], 'the weekly came last');
    assert.deepEqual(of('copy-filler').firstWith, []);
  });

  await t.test('should name nobody first when publication times are unknown', async () => {
    const { articles } = await ingest([folder]);
    const undated = await analyze(articles.map((a) => ({ ...a, meta: { ...a.meta, published: undefined } })));
    const contributions = undated.coverage.flatMap((c) => c.contributions);
    assert.equal(contributions.length, 5);
    assert.ok(contributions.every((c) => c.firstWith.length === 0));
  });

  await t.test('should say in one line per article what it adds, in the summary and the HTML report', () => {
    const text = renderTerminal(analysis);
    assert.match(text, /copy-reworded \(copy\): adds nothing the others lack/);
    assert.match(
      text,
      /copy-filler \(copy\): adds 3 sentences \(2 filler: no name or number\); names: Met Office/,
    );
    const html = renderHtml(analysis);
    assert.match(html, /<section class="coverage">/);
    assert.match(html, /<li class="own filler" value="9">Residents are advised/);
  });

  await t.test('should give the same contributions from the index (stories and show)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newstrace-coverage-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const db = join(dir, 'index.db');
    const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
    assert.equal(run(['ingest', folder, '--db', db, '--no-progress']).status, 0);
    const listed = JSON.parse(run(['stories', '--db', db, '--json']).stdout);
    const byArticle = (cs: Contribution[]) => [...cs].sort((a, b) => a.article.localeCompare(b.article));
    assert.deepEqual(byArticle(listed.stories[0].contributions), byArticle(story?.contributions ?? []));
    const shown = run(['show', 'copy-filler', '--db', db]);
    assert.match(shown.stdout, /role: copy\ncoverage: adds 3 sentences/);
    assert.deepEqual(
      JSON.parse(run(['show', 'copy-reworded', '--db', db, '--json']).stdout).contribution,
      of('copy-reworded'),
    );
  });
});
