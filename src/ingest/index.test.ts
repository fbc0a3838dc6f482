// Tests for ingest: paths in, raw articles and per-input diagnostics out.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
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
});
