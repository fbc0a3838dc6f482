// `newstrace pair` and `newstrace pairs` on small fictional pair files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const cli = new URL('../bin/newstrace.js', import.meta.url).pathname;
const fixtures = new URL('fixtures/pairs/', import.meta.url).pathname;
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

test('pairs', async (t) => {
  await t.test(
    'should write one JSON object per MSRP row, in order, reading the double-encoded BOM and tokenised text',
    () => {
      const r = run(['pairs', `${fixtures}msrp-tiny.tsv`]);
      assert.equal(r.status, 0, r.stderr);
      const lines = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      assert.equal(lines.length, 20);
      for (const l of lines) {
        assert.ok(l.score >= 0 && l.score <= 1);
        assert.equal(typeof l.paraphrase, 'boolean');
      }
      // Rows alternate paraphrase / not: the first of each couple should score higher on most couples.
      let higher = 0;
      for (let i = 0; i < 20; i += 2) if (lines[i].score > lines[i + 1].score) higher++;
      assert.ok(higher >= 8, `only ${higher} of 10 paraphrases scored above their non-paraphrase`);
    },
  );

  await t.test('should read the STS-B layout by its header', () => {
    const r = run(['pairs', `${fixtures}stsb-tiny.tsv`]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim().split('\n').length, 10);
  });

  await t.test('should keep a bad row in its place with its error and exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newstrace-pairs-'));
    const file = join(dir, 'pairs.tsv');
    writeFileSync(
      file,
      'sentence1\tsentence2\nThe ferry left.\tThe ferry departed.\nonly one column\nFares rose.\tFares went up.\n',
    );
    const r = run(['pairs', file]);
    assert.equal(r.status, 1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, 3);
    assert.equal(lines[1].score, null);
    assert.match(lines[1].error, /line 3/);
    assert.match(r.stderr, /line 3/);
  });

  await t.test('should name a file it cannot use, and why', () => {
    const r = run(['pairs', join(fixtures, 'missing.tsv')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /missing\.tsv: the file does not exist/);
    const dir = mkdtempSync(join(tmpdir(), 'newstrace-pairs-'));
    const odd = join(dir, 'odd.tsv');
    writeFileSync(odd, 'a\tb\tc\n1\t2\t3\n');
    assert.match(run(['pairs', odd]).stderr, /odd\.tsv: no "#1 String"/);
  });
});

test('pair', async (t) => {
  await t.test('should print the score, the verdict and the reasons', () => {
    const r = run([
      'pair',
      '--semantic',
      'glove',
      'The council approved a budget of $4.2 million.',
      'The council rejected a $6 million plan.',
    ]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^score 0\.\d\d — (paraphrase|not a paraphrase) \(probability 0\.\d\d\)/);
    assert.match(r.stdout, /numbers differ: 4\.2 vs 6/);
    assert.match(r.stdout, /only in b: rejected/);
  });
});
