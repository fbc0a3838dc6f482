// Tests for reading sim_text's percentages, and for one real run where sim_text is installed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parsePercentages, runSimText, simTextMissing } from './sim-text.ts';

test('parsePercentages', async (t) => {
  await t.test('should read "consists for" lines as id pairs and skip the rest', () => {
    const output = [
      'Total input: 3 files (3 new, 0 old), 1200 words',
      '',
      's00593-copy1.txt consists for 100 % of s00593-orig.txt material',
      's00001-edit1.txt consists for 37 % of s00001-orig.txt material',
    ].join('\n');
    assert.deepEqual(parsePercentages(output), [
      { a: 's00593-copy1', b: 's00593-orig', percent: 100 },
      { a: 's00001-edit1', b: 's00001-orig', percent: 37 },
    ]);
  });
});

/** Runs `check` on a new folder holding `files` (name → text), removed afterwards. */
async function inFolder(
  files: Record<string, string>,
  check: (folder: string) => Promise<void>,
): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'newstrace-sim-text-test-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    await check(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

test('runSimText', { skip: simTextMissing() }, async (t) => {
  await t.test('should find a copied article and not an unrelated one', async () => {
    const story =
      'The council voted on Tuesday night to introduce an hourly parking charge along the seafront, ' +
      'ending a dispute that has divided the town since last spring and filled the public gallery.';
    const files = {
      'a-orig.txt': `${story}\n`,
      'a-copy.txt': `Parking levy approved\n${story}\n`,
      'b-orig.txt': 'Rain fell over the hills all week and the rivers rose.\n',
    };
    await inFolder(files, async (folder) => {
      for (const eachPair of [false, true]) {
        const { pairs } = await runSimText(folder, ['a-copy', 'a-orig', 'b-orig'], { eachPair });
        assert.deepEqual(
          pairs.map((p) => [p.a, p.b].sort().join(' ')),
          ['a-copy a-orig'],
          `eachPair ${eachPair}`,
        );
      }
    });
  });

  await t.test('should compare arriving files with the others, not the others among themselves', async () => {
    const story =
      'The ferry company said on Monday that the winter timetable would drop the early crossing, ' +
      'leaving commuters on the island with a two-hour wait before the first boat of the day.';
    const files = {
      'a-orig.txt': `${story}\n`,
      'a-twin.txt': `Timetable cut\n${story}\n`,
      'a-copy.txt': `Early ferry dropped\n${story}\n`,
    };
    await inFolder(files, async (folder) => {
      const { pairs } = await runSimText(folder, ['a-copy', 'a-orig', 'a-twin'], {
        eachPair: false,
        arriving: ['a-copy'],
      });
      assert.ok(pairs.length > 0, 'the arriving copy is found');
      assert.ok(
        pairs.every((p) => p.a === 'a-copy' || p.b === 'a-copy'),
        JSON.stringify(pairs),
      );
    });
  });
});
