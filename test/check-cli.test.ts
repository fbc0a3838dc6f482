// `newstrace check`: a sound index passes; one damaged on purpose is reported line by line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';

const cli = new URL('../bin/newstrace.js', import.meta.url).pathname;
const examples = new URL('../examples', import.meta.url).pathname;
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

interface Checked {
  articles: number;
  stories: number;
  code?: string;
  problems: Array<{ kind: string; subject: string; message: string }>;
}

test('newstrace check', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-check-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'index.db');
  const ingested = run(['ingest', examples, '--db', db, '--no-progress']);
  assert.equal(ingested.status, 0, ingested.stderr);

  await t.test('should pass a sound index and exit 0', () => {
    const checked = run(['check', '--db', db]);
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);
    assert.match(
      checked.stdout,
      /^8 article\(s\) in 2 story\(ies\) checked in [\d.]+ s in .*: no problems found\n$/,
    );
    const json = JSON.parse(run(['check', '--db', db, '--json']).stdout) as Checked;
    assert.deepEqual([json.articles, json.stories, json.problems, json.code], [8, 2, [], undefined]);
  });

  await t.test('should name each article, story and row that was damaged, and exit 1', () => {
    const damage = new Database(db);
    const ref = (id: string) => damage.prepare('SELECT ref FROM articles WHERE id = ?').pluck().get(id);
    // Postings lost, an article filed under a wrong story, an article gone with its verdicts left.
    damage.prepare('DELETE FROM passage_keys WHERE ref = ?').run(ref('library-budget'));
    damage.prepare("UPDATE articles SET story = 'library-budget' WHERE id = 'valley-gazette'").run();
    const gone = ref('regional-wire');
    damage.prepare("DELETE FROM articles WHERE id = 'regional-wire'").run();
    damage.close();

    const checked = run(['check', '--db', db]);
    assert.equal(checked.status, 1);
    const lines = checked.stdout.trimEnd().split('\n');
    const expected = [
      /^article library-budget: postings lack \d+ of its \d+ passage fingerprints$/,
      /^story library-budget: its articles are not joined by related verdicts: \{library-budget\} apart from \{valley-gazette\}$/,
      /^story county-post: the contribution of valley-gazette is filed here, but valley-gazette is in story "library-budget"$/,
      /^story county-post: derivation eastbridge-observer → regional-wire is filed here, but regional-wire is not stored$/,
      /^database: verdict eastbridge-observer – regional-wire: names an article or story that is not stored$/,
      new RegExp(`^database: band_keys rows of ref ${gone}: names an article or story that is not stored$`),
      /^7 article\(s\) in 2 story\(ies\) checked in [\d.]+ s in .*: \d+ problem\(s\) found \[NT_INDEX_INCONSISTENT\]$/,
    ];
    for (const line of expected)
      assert.ok(
        lines.some((l) => line.test(l)),
        `no line matches ${line}:\n${checked.stdout}`,
      );
    const json = JSON.parse(run(['check', '--db', db, '--json']).stdout) as Checked;
    assert.equal(json.code, 'NT_INDEX_INCONSISTENT');
    assert.equal(json.problems.length, lines.length - 1);
    assert.ok(json.problems.some((p) => p.kind === 'article' && p.subject === 'library-budget'));
  });

  await t.test('should say there is no index to check', () => {
    const none = run(['check', '--db', join(dir, 'none.db')]);
    assert.equal(none.status, 1);
    assert.match(none.stderr, /no index at .*none\.db/);
  });
});
