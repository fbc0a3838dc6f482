// Bad inputs through the command line: each is named with its reason, the rest is still analysed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const cli = new URL('../bin/newstrace.js', import.meta.url).pathname;
const examples = new URL('../examples/', import.meta.url).pathname;

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'newstrace-bad-'));
mkdirSync(join(dir, 'batch'));
copyFileSync(join(examples, 'eastbridge-observer.md'), join(dir, 'batch', 'eastbridge-observer.md'));
copyFileSync(join(examples, 'digest-network.txt'), join(dir, 'batch', 'digest-network.txt'));
writeFileSync(join(dir, 'batch', 'empty.txt'), '');
writeFileSync(
  join(dir, 'batch', 'binary.txt'),
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
);
// Bytes no character set reads cleanly (Latin-1 would be guessed, with a warning): random high bytes.
let seed = 5;
writeFileSync(
  join(dir, 'batch', 'garbled.txt'),
  Buffer.concat([
    Buffer.from('Le caf'),
    Buffer.from([0xff]),
    Buffer.from(
      Array.from({ length: 600 }, () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return 0x80 + (seed % 128);
      }),
    ),
  ]),
);
writeFileSync(join(dir, 'batch', 'one-line.txt'), 'Ferry fares rise in Lindenfield\n');
const missing = join(dir, 'no-such-folder');

test('a batch with bad inputs', async (t) => {
  const r = run(['analyze', join(dir, 'batch'), missing, '--json']);
  const result = JSON.parse(r.stdout);

  await t.test('should exit with code 1 when any input failed', () => assert.equal(r.code, 1));

  await t.test('should still analyse the good files', () => {
    assert.deepEqual(result.articles.map((a: { id: string }) => a.id).sort(), [
      'digest-network',
      'eastbridge-observer',
    ]);
    assert.equal(result.derivations.length, 1);
  });

  const cases: Array<[string, string, RegExp]> = [
    ['empty.txt', 'NT_INGEST_EMPTY', /empty/],
    ['binary.txt', 'NT_INGEST_BINARY', /binary data/],
    [
      'garbled.txt',
      'NT_INGEST_NOT_UTF8',
      /not valid UTF-8.*no other character set reads it cleanly.*offset 6\b/,
    ],
    ['one-line.txt', 'NT_INGEST_TOO_SHORT', /too short.*1 sentence/],
  ];
  for (const [file, code, reason] of cases) {
    await t.test(`should name ${file} and the reason on stderr`, () => {
      const line = r.stderr.split('\n').find((l) => l.includes(file));
      assert.ok(line, r.stderr);
      assert.match(line, reason);
      assert.ok(line.includes(code));
      assert.ok(
        result.diagnostics.some(
          (d: { code: string; input: string }) => d.code === code && d.input.endsWith(file),
        ),
      );
    });
  }

  await t.test('should name a missing path and the reason', () => {
    assert.match(r.stderr, new RegExp(`${missing}: the path does not exist`));
  });
});

test('should exit 0 when every input is good', () => {
  const r = run([
    'analyze',
    join(dir, 'batch', 'eastbridge-observer.md'),
    join(dir, 'batch', 'digest-network.txt'),
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /digest-network/);
});

test('should exit 2 on a usage error', () => {
  const r = run(['analyze']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /missing required argument/);
});

test('should read one article from standard input', () => {
  const r = run(
    ['analyze', '-', join(dir, 'batch', 'eastbridge-observer.md'), '--json'],
    `Headline\n${'The ferry to Lindenfield now costs more. '.repeat(5)}`,
  );
  const result = JSON.parse(r.stdout);
  assert.ok(result.articles.some((a: { id: string; path: string }) => a.id === 'stdin' && a.path === '-'));
});
