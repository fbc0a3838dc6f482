// Tests for ingest: paths in, raw articles and per-input diagnostics out.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { NewstraceError } from '../errors.ts';
import { ingest } from './index.ts';

const prose = 'The Lindenfield ferry will cost more from May. Riders on the quay were not pleased.\n';

/** Makes a temporary folder holding `files` (relative path → text) and returns its path. */
function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'newstrace-ingest-'));
  for (const [rel, text] of Object.entries(files)) {
    const full = join(root, rel);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

test('ingest', async (t) => {
  const roots: string[] = [];
  const make = (files: Record<string, string>) => {
    const root = folder(files);
    roots.push(root);
    return root;
  };
  t.after(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  await t.test('should walk a folder recursively in name order', async () => {
    const root = make({ 'z.txt': prose, 'b.md': prose, 'm/inner/c.text': prose, 'a.txt': prose });
    const { articles, diagnostics } = await ingest([root]);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(
      articles.map((a) => a.path),
      [join(root, 'a.txt'), join(root, 'b.md'), join(root, 'm/inner/c.text'), join(root, 'z.txt')],
    );
  });

  await t.test('should default the id to the file name without its extension', async () => {
    const root = make({ 'ferry-fares.txt': prose });
    const { articles } = await ingest([root]);
    assert.deepEqual(
      articles.map((a) => ({ id: a.id, text: a.text, meta: a.meta })),
      [{ id: 'ferry-fares', text: prose, meta: {} }],
    );
  });

  await t.test('should let a front matter id override the file name', async () => {
    const root = make({ 'draft.md': `---\nid: quay-story\ntitle: Quay closed\n---\n${prose}` });
    const { articles } = await ingest([root]);
    assert.equal(articles.length, 1);
    assert.equal(articles[0]?.id, 'quay-story');
    assert.deepEqual(articles[0]?.meta, { title: 'Quay closed' });
    assert.equal(articles[0]?.text, prose);
  });

  await t.test('should skip README.md and LICENSE files when walking a folder', async () => {
    const root = make({
      'README.md': prose,
      'LICENSE.txt': prose,
      'sub/readme.txt': prose,
      'story.txt': prose,
    });
    const { articles, diagnostics } = await ingest([root]);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(
      articles.map((a) => a.id),
      ['story'],
    );
  });

  await t.test(
    'should warn of a folder that holds no article file, and follow no symbolic link',
    async () => {
      const root = make({ 'notes.pdf': 'x' });
      symlinkSync('.', join(root, 'self'));
      const { articles, diagnostics } = await ingest([root]);
      assert.deepEqual(articles, []);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.severity]),
        [['NT_INGEST_NO_FILES', 'warning']],
      );
      assert.match(diagnostics[0]?.message ?? '', /1 symbolic links, which are not followed/);
    },
  );

  await t.test('should read a README named explicitly', async () => {
    const root = make({ 'README.md': prose });
    const { articles } = await ingest([join(root, 'README.md')]);
    assert.deepEqual(
      articles.map((a) => a.id),
      ['README'],
    );
  });

  await t.test('should skip hidden files and folders', async () => {
    const root = make({ '.draft.txt': prose, '.cache/old.txt': prose, 'story.txt': prose });
    const { articles } = await ingest([root]);
    assert.deepEqual(
      articles.map((a) => a.id),
      ['story'],
    );
  });

  await t.test('should skip unsupported extensions silently when walking a folder', async () => {
    const root = make({ 'notes.docx': 'PK', 'story.txt': prose });
    const { articles, diagnostics } = await ingest([root]);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(
      articles.map((a) => a.id),
      ['story'],
    );
  });

  await t.test('should report a missing path as NT_INGEST_NOT_FOUND and still read the others', async () => {
    const root = make({ 'story.txt': prose });
    const missing = join(root, 'nowhere.txt');
    const { articles, diagnostics } = await ingest([missing, join(root, 'story.txt')]);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.input, d.severity]),
      [['NT_INGEST_NOT_FOUND', missing, 'error']],
    );
    assert.deepEqual(
      articles.map((a) => a.id),
      ['story'],
    );
  });

  await t.test('should report an explicit .docx file as NT_INGEST_UNSUPPORTED', async () => {
    const root = make({ 'notes.docx': 'PK' });
    const path = join(root, 'notes.docx');
    const { articles, diagnostics } = await ingest([path]);
    assert.deepEqual(articles, []);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]?.code, 'NT_INGEST_UNSUPPORTED');
    assert.equal(diagnostics[0]?.input, path);
    assert.match(diagnostics[0]?.message ?? '', /\.docx/);
  });

  await t.test('should rename a duplicate id to a-2 with a NT_INGEST_DUPLICATE_ID warning', async () => {
    const root = make({ 'one/a.txt': prose, 'two/a.txt': prose });
    const { articles, diagnostics } = await ingest([root]);
    assert.deepEqual(
      articles.map((a) => [a.id, a.path]),
      [
        ['a', join(root, 'one/a.txt')],
        ['a-2', join(root, 'two/a.txt')],
      ],
    );
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.input, d.severity]),
      [['NT_INGEST_DUPLICATE_ID', join(root, 'two/a.txt'), 'warning']],
    );
  });

  await t.test(
    'should skip a Markdown file of lists and tables with a NT_INGEST_NOT_ARTICLE warning',
    async () => {
      const notes =
        '# Ferry notes\n\n- fares up\n- quay shut\n| day | fare |\n| Mon | 4 |\nSee the timetable.\n';
      const root = make({ 'notes.md': notes, 'story.md': prose });
      const { articles, diagnostics } = await ingest([root]);
      assert.deepEqual(
        articles.map((a) => a.id),
        ['story'],
      );
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.input, d.severity]),
        [['NT_INGEST_NOT_ARTICLE', join(root, 'notes.md'), 'warning']],
      );
    },
  );

  await t.test('should not apply the Markdown check to .txt files', async () => {
    const root = make({ 'list.txt': '- fares up\n- quay shut\n- ferry late\n' });
    const { articles, diagnostics } = await ingest([root]);
    assert.deepEqual(diagnostics, []);
    assert.equal(articles.length, 1);
  });

  await t.test('should read - from the stdin option', async () => {
    const { articles, diagnostics } = await ingest(['-'], { stdin: () => new TextEncoder().encode(prose) });
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(articles, [{ id: 'stdin', path: '-', text: prose, meta: {} }]);
  });

  await t.test('should report - as NT_INGEST_UNREADABLE when no stdin is given', async () => {
    const { articles, diagnostics } = await ingest(['-']);
    assert.deepEqual(articles, []);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.input]),
      [['NT_INGEST_UNREADABLE', '-']],
    );
  });

  await t.test('should refuse an input over the size limit and read the others', async () => {
    const root = make({ 'short.txt': prose, 'long.txt': prose.repeat(5) });
    const { articles, diagnostics } = await ingest([root], { maxBytes: 300 });
    assert.ok(
      diagnostics.some((d) => d.code === 'NT_INGEST_TOO_LARGE' && /bytes; at most 300/.test(d.message)),
    );
    assert.ok(articles.length > 0);
  });

  const koi8 = Buffer.from([
    ...Buffer.from('---\ntitle: Parom\n---\n'),
    // "Паром вернулся в порт. Рейсы идут снова." in KOI8-R.
    ...[0xf0, 0xc1, 0xd2, 0xcf, 0xcd, 0x20, 0xd7, 0xc5, 0xd2, 0xce, 0xd5, 0xcc, 0xd3, 0xd1, 0x20, 0xd7, 0x20],
    ...[0xd0, 0xcf, 0xd2, 0xd4, 0x2e, 0x20, 0xf2, 0xc5, 0xca, 0xd3, 0xd9, 0x20, 0xc9, 0xc4, 0xd5, 0xd4, 0x20],
    ...[0xd3, 0xce, 0xcf, 0xd7, 0xc1, 0x2e, 0x0a],
  ]);
  const russian = 'Паром вернулся в порт. Рейсы идут снова.\n';

  await t.test('should read in the charset option the files that declare none, with no warning', async () => {
    const root = make({});
    writeFileSync(join(root, 'parom.md'), koi8);
    const { articles, diagnostics } = await ingest([root], { charset: 'koi8-r' });
    assert.deepEqual(diagnostics, []);
    assert.equal(articles[0]?.text, russian);
    assert.equal(articles[0]?.bodyStart, 21);
  });

  await t.test("should take front matter's charset over the charset option", async () => {
    const root = make({});
    writeFileSync(
      join(root, 'parom.md'),
      Buffer.concat([Buffer.from('---\ncharset: koi8-r\n'), koi8.subarray(4)]),
    );
    const { articles, diagnostics } = await ingest([root], { charset: 'windows-1251' });
    assert.deepEqual(diagnostics, []);
    assert.equal(articles[0]?.text, russian);
    assert.deepEqual(articles[0]?.meta, { title: 'Parom' });
  });

  await t.test('should throw NewstraceError for an unknown charset option, before reading', async () => {
    await assert.rejects(ingest([make({ 'a.txt': prose })], { charset: 'latin-9000' }), (error: unknown) => {
      assert.ok(error instanceof NewstraceError);
      assert.equal(error.code, 'NT_INGEST_BAD_CHARSET');
      assert.match(error.message, /unknown character set "latin-9000"/);
      return true;
    });
  });

  await t.test('should sniff and read UTF-16 with a BOM from standard input', async () => {
    const html = `<!doctype html><html><body><article><h1>Pier</h1><p>${prose}</p><p>${prose}</p></article></body></html>`;
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    const { articles, diagnostics } = await ingest(['-'], { stdin: () => bytes });
    assert.deepEqual(diagnostics, []);
    assert.doesNotMatch(articles[0]?.text ?? '', /<p>/, 'read as HTML, not as text');
    assert.match(articles[0]?.text ?? '', /The Lindenfield ferry will cost more/);
  });
});
