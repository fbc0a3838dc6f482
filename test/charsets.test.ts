// Legacy character sets end to end: the fixtures of test/fixtures/charsets/ (one invented article per
// charset) read to the text they were written from, a warning exactly where the charset was guessed,
// --charset and front matter's charset: over the guess, and the command line reading them all.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingest } from '../src/ingest/index.ts';
import { analyzePaths, quotesOfPaths } from '../src/pipeline.ts';
import { fixtures } from './fixtures/charsets/texts.ts';

const folder = new URL('./fixtures/charsets/', import.meta.url).pathname;
const cli = new URL('../bin/newstrace.js', import.meta.url).pathname;
const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

test('charset fixtures', async (t) => {
  for (const f of fixtures) {
    const path = join(folder, f.file);
    await t.test(`should read ${f.file} as the text it was written from`, async () => {
      const { articles, diagnostics } = await ingest([path]);
      assert.deepEqual(
        articles.map((a) => a.text),
        f.articles,
      );
      const guesses = diagnostics.filter((d) => d.code === 'NT_INGEST_CHARSET_GUESSED');
      assert.deepEqual(
        diagnostics.filter((d) => d.code !== 'NT_INGEST_CHARSET_GUESSED'),
        [],
      );
      if (f.guessed) {
        assert.equal(guesses.length, 1, `one warning for ${f.file}`);
        assert.equal(guesses[0]?.severity, 'warning');
        assert.ok(
          guesses[0]?.message.startsWith(`${path}: the character set was guessed: ${f.guessed} (`),
          guesses[0]?.message,
        );
      } else assert.deepEqual(guesses, [], `${f.file} declares its charset or has a BOM`);
    });
  }

  await t.test('should give offsets in the decoded text: bodyStart after the front matter', async () => {
    const { articles } = await ingest([join(folder, 'front-matter-iso-8859-15.md')]);
    const decoded = '---\ntitle: Le marché couvert rouvre\ncharset: iso-8859-15\n---\n';
    assert.equal(articles[0]?.bodyStart, decoded.length);
    assert.equal(articles[0]?.meta.title, 'Le marché couvert rouvre');
  });

  await t.test(
    "should read front matter's charset: where the same bytes without it are guessed otherwise",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'newstrace-charsets-'));
      t.after(() => rmSync(dir, { recursive: true, force: true }));
      const bytes = readFileSync(join(folder, 'front-matter-iso-8859-15.md'));
      const undeclared = join(dir, 'undeclared.md');
      writeFileSync(
        undeclared,
        Buffer.from(bytes.toString('latin1').replace('charset: iso-8859-15\n', ''), 'latin1'),
      );
      const { articles, diagnostics } = await ingest([undeclared]);
      assert.equal(diagnostics[0]?.code, 'NT_INGEST_CHARSET_GUESSED');
      // Guessed as ISO-8859-1, the euro sign (0xA4) is ¤ and œ (0xBD) is ½.
      assert.match(articles[0]?.text ?? '', /300 000 ¤ .*½uvre|½uvre[\s\S]*300 000 ¤/);
      const fixture = fixtures.find((f) => f.file === 'front-matter-iso-8859-15.md');
      assert.notEqual(articles[0]?.text, fixture?.articles[0]);
    },
  );

  await t.test('should take --charset over the guess, with no warning', async () => {
    const { articles, diagnostics } = await ingest([join(folder, 'iso-8859-1.txt')], {
      charset: 'iso-8859-2',
    });
    assert.deepEqual(diagnostics, []);
    // 0xE8 is è in ISO-8859-1 and č in ISO-8859-2.
    assert.match(articles[0]?.text ?? '', /Le port de Lindenfield rouvre aprčs les tempętes/);
  });

  await t.test('should keep refusing random high bytes, with the offset of the first bad byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newstrace-charsets-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    let seed = 17;
    const noise = Buffer.from(
      Array.from({ length: 2000 }, () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return 0x80 + (seed % 128);
      }),
    );
    const path = join(dir, 'noise.txt');
    writeFileSync(path, Buffer.concat([Buffer.from('Harbour news: '), noise]));
    const { articles, diagnostics } = await ingest([path]);
    assert.deepEqual(articles, []);
    assert.equal(diagnostics[0]?.code, 'NT_INGEST_NOT_UTF8');
    assert.match(
      diagnostics[0]?.message ?? '',
      /no other character set reads it cleanly: invalid byte near offset 1\d\b/,
    );
  });

  await t.test('should pass the charset option through analyzePaths and quotesOfPaths', async () => {
    const path = join(folder, 'windows-1251.txt');
    const analysis = await analyzePaths([path], { charset: 'koi8-r' });
    assert.ok(!analysis.diagnostics.some((d) => d.code === 'NT_INGEST_CHARSET_GUESSED'));
    const quotes = await quotesOfPaths([path], { charset: 'windows-1251' });
    assert.deepEqual(quotes.diagnostics, []);
    await assert.rejects(
      quotesOfPaths([path], { charset: 'latin-9000' }),
      /unknown character set "latin-9000"/,
    );
  });
});

test('newstrace analyze on the charset fixtures', async (t) => {
  const r = run(['analyze', folder, '--json']);

  await t.test('should read every fixture and exit 0: a guessed charset is a warning', () => {
    assert.equal(r.status, 0, r.stderr);
    const result = JSON.parse(r.stdout) as { articles: unknown[]; diagnostics: Array<{ code: string }> };
    assert.equal(
      result.articles.length,
      fixtures.reduce((n, f) => n + f.articles.length, 0),
    );
    assert.deepEqual([...new Set(result.diagnostics.map((d) => d.code))], ['NT_INGEST_CHARSET_GUESSED']);
  });

  await t.test('should print one warning line per guessed file on stderr, naming it and the charset', () => {
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    const guessed = fixtures.filter((f) => f.guessed);
    assert.equal(lines.length, guessed.length, r.stderr);
    for (const f of guessed)
      assert.ok(
        lines.some(
          (l) =>
            l.startsWith(`warning: ${join(folder, f.file)}: the character set was guessed: ${f.guessed} (`) &&
            l.endsWith('[NT_INGEST_CHARSET_GUESSED]'),
        ),
        `${f.file}: ${r.stderr}`,
      );
  });
});

test('newstrace --charset', async (t) => {
  await t.test('should refuse an unknown charset at startup with a usage error naming it', () => {
    for (const command of [
      ['analyze', folder],
      ['ingest', folder, '--db', join(tmpdir(), 'never-made.db')],
      ['sources', join(folder, 'windows-1252.txt'), '--db', join(tmpdir(), 'never-made.db')],
      ['quotes', folder],
    ]) {
      const r = run([...command, '--charset', 'latin-9000']);
      assert.equal(r.status, 2, `${command[0]}: ${r.stderr}`);
      assert.match(
        r.stderr,
        /--charset <name>.*'latin-9000' is invalid\. unknown character set "latin-9000"/,
      );
    }
  });

  await t.test('should read the files that declare no charset in the one given, with no warning', () => {
    const r = run(['quotes', join(folder, 'windows-1252.txt'), '--charset', 'cp1252', '--json']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const { quotes } = JSON.parse(r.stdout) as { quotes: Array<{ text: string }> };
    assert.ok(quotes.some((q) => q.text.startsWith('We owe it to the people')));
  });
});
