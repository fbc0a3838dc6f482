// The evaluation harness on tiny fictional data laid out as ../shared is, without the real data.
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { renderEvalTable, runEval } from '../eval/run.ts';

const fixtures = new URL('fixtures/pairs/', import.meta.url).pathname;
const shared = mkdtempSync(join(tmpdir(), 'newstrace-shared-'));
mkdirSync(join(shared, 'eval/msrp'), { recursive: true });
mkdirSync(join(shared, 'eval/stsb'), { recursive: true });
copyFileSync(join(fixtures, 'msrp-tiny.tsv'), join(shared, 'eval/msrp/msr_paraphrase_train.txt'));
copyFileSync(join(fixtures, 'stsb-tiny.tsv'), join(shared, 'eval/stsb/dev.tsv'));
// Only a dev part: the train part is skipped.
const polnear = new URL('fixtures/polnear/', import.meta.url).pathname;
cpSync(polnear, join(shared, 'eval/polnear'), { recursive: true });

test('evaluation harness', async (t) => {
  const rows = await runEval({ shared, modes: ['glove'], generatedArticles: 0 });
  const row = (measurement: string, data: string) =>
    rows.find((r) => r.measurement === measurement && r.data === data);

  await t.test('should cross-validate the scorer on the MSRP-layout file', () => {
    const acc = row('paraphrase accuracy', 'MSRP train')?.value;
    assert.equal(typeof acc, 'number');
    assert.ok((acc as number) >= 0.5, `accuracy ${acc} on 20 easy pairs`);
  });

  await t.test('should correlate the graded score with the STS-B-layout ratings', () => {
    const r = row('similarity Pearson', 'STS-B dev')?.value;
    assert.ok(typeof r === 'number' && r > 0.5, `Pearson ${r}`);
  });

  await t.test('should measure quote F1 on the PolNeAR-layout folder', () => {
    const f1 = row('quote F1', 'PolNeAR dev')?.value;
    assert.equal(typeof f1, 'number', `quote F1 ${f1}`);
  });

  await t.test('should say it skipped the seeds when they are absent', () => {
    const seeds = rows.filter((r) => r.data === 'seeds');
    assert.equal(seeds.length, 1);
    assert.match(String(seeds[0]?.value), /^skipped: .*seeds not found/);
  });

  await t.test('should score analyze on the bundled examples', () => {
    assert.equal(row('derivation recall', 'examples')?.value, 1);
  });

  await t.test('should render one table line per measurement', () => {
    const table = renderEvalTable(rows);
    for (const r of rows) assert.ok(table.includes(r.measurement));
  });
});
