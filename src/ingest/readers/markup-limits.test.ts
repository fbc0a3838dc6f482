import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../../errors.ts';
import { maxCharacterReferences, maxElements, maxNestingDepth } from '../limits.ts';
import { feedReader } from './feed.ts';
import { htmlArticle } from './html.ts';
import { markupShape } from './markup-limits.ts';

const nested = (depth: number) =>
  `<html><body>${'<div>'.repeat(depth)}<p>The Lowmoor pier reopened on Monday.</p>${'</div>'.repeat(depth)}</body></html>`;

test('markup limits', async (t) => {
  await t.test(
    'should count elements and the deepest level, void and self-closed elements opening none',
    () => {
      assert.deepEqual(markupShape('<div><p>a<br>b<img src="x"/></p><div><span>c</span></div></div>'), {
        elements: 6,
        depth: 3,
        references: 0,
      });
    },
  );

  await t.test('should not take unclosed paragraphs and list items for nesting', () => {
    const sloppy = `<ul>${'<li>item <p>text'.repeat(500)}</ul>`;
    assert.equal(markupShape(sloppy).depth, 1);
  });

  await t.test('should skip comments, CDATA and the content of scripts and styles', () => {
    const page = `<!-- ${'<div>'.repeat(300)} --><script>var s = "${'<div>'.repeat(300)}";</script><STYLE>a{}</style><p>x</p>`;
    assert.deepEqual(markupShape(page), { elements: 3, depth: 1, references: 0 });
  });

  await t.test(
    'should refuse a page nested too deep, naming the input and the limit, before parsing it',
    () => {
      const refused = htmlArticle(nested(100_000), 'deep.html', 'deep') as Diagnostic;
      assert.equal(refused.code, 'NT_INGEST_TOO_COMPLEX');
      assert.equal(refused.input, 'deep.html');
      assert.match(refused.message, new RegExp(`nested over ${maxNestingDepth} deep`));
    },
  );

  await t.test('should read a page nested as deep as the limit allows', () => {
    const article = htmlArticle(nested(maxNestingDepth - 3), 'ok.html', 'ok');
    assert.ok(!('code' in article), JSON.stringify(article));
  });

  await t.test('should refuse a page of too many elements', () => {
    const refused = htmlArticle(
      `<body>${'<span>a</span>'.repeat(maxElements + 1)}</body>`,
      'wide.html',
      'wide',
    ) as Diagnostic;
    assert.equal(refused.code, 'NT_INGEST_TOO_COMPLEX');
    assert.match(refused.message, new RegExp(`over ${maxElements} elements`));
  });

  await t.test('should count stray < as elements, and refuse a page of too many', () => {
    const refused = htmlArticle(`<body>${'<'.repeat(2_000_000)}</body>`, 'lt.html', 'lt') as Diagnostic;
    assert.equal(refused.code, 'NT_INGEST_TOO_COMPLEX');
  });

  await t.test('should report text without markup named .html as having no article, not throw', () => {
    const result = htmlArticle('Ferry back\n\nThe ferry resumed crossings on Tuesday.', 'u.HTML', 'u');
    assert.equal((result as Diagnostic).code, 'NT_INGEST_NO_ARTICLE');
  });

  await t.test('should refuse a page of too many character references', () => {
    const refused = htmlArticle(
      `<body><p>${'&amp;'.repeat(maxCharacterReferences + 1)}</p></body>`,
      'amp.html',
      'amp',
    );
    assert.equal((refused as Diagnostic).code, 'NT_INGEST_TOO_COMPLEX');
    assert.match((refused as Diagnostic).message, /character references/);
  });

  await t.test('should refuse a feed nested too deep, and an entry whose HTML is', async () => {
    const feed = (description: string) =>
      new TextEncoder().encode(
        `<rss version="2.0"><channel><title>T</title><item><link>https://l.example/a</link><description>${description}</description></item></channel></rss>`,
      );
    const [deepFeed] = (await feedReader.read(
      feed(`${'<a>'.repeat(500)}${'</a>'.repeat(500)}`),
      'f.rss',
      'f',
    )) as Diagnostic[];
    assert.equal(deepFeed?.code, 'NT_INGEST_TOO_COMPLEX');
    const escaped = `${'&lt;div&gt;'.repeat(500)}text${'&lt;/div&gt;'.repeat(500)}`;
    const [deepEntry] = (await feedReader.read(feed(escaped), 'f.rss', 'f')) as Diagnostic[];
    assert.equal(deepEntry?.code, 'NT_INGEST_TOO_COMPLEX');
    assert.equal(deepEntry?.input, 'f.rss#1');
  });

  await t.test(
    'should refuse a feed that declares XML entities (expansion bombs, external files)',
    async () => {
      const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/hostname">]><rss version="2.0"><channel><title>T</title><item><description>&x;</description></item></channel></rss>`;
      const [refused] = (await feedReader.read(
        new TextEncoder().encode(xml),
        'xxe.rss',
        'xxe',
      )) as Diagnostic[];
      assert.equal(refused?.code, 'NT_INGEST_BAD_FEED');
      assert.match(refused?.message ?? '', /declares XML entities/);
    },
  );
});
