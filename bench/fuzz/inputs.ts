// Generates malformed and hostile inputs of every format for bench/fuzz.ts and test/fuzz.test.ts (all text invented).
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { warcArchive } from '../corpus/warc.ts';

/** A deterministic random source (a 32-bit LCG): the same seed, the same inputs. */
export type Rng = () => number;
export function rng(seed: number): Rng {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const randomBytes = (r: Rng, n: number) => Uint8Array.from({ length: n }, () => int(r, 0, 255));
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Three short invented reports of one event: the good articles each hostile input is run beside. */
export const goodArticles: Record<string, string> = {
  'fuzz-good-1.txt':
    'Tollbridge ferry resumes after repairs\n\nThe Tollbridge ferry resumed crossings on Tuesday after six weeks of repairs to its loading ramp, the river authority said.\n\nThe first crossing left at seven in the morning with forty passengers and twelve cars on board.\n\n"We are glad to have the service back before the market season," said harbour master Odile Brannock.\n\nThe authority said the repairs cost 310,000 crowns, paid from its maintenance fund.',
  'fuzz-good-2.txt':
    'Ferry service back at Tollbridge\n\nThe Tollbridge ferry resumed crossings on Tuesday after six weeks of repairs to its loading ramp, the river authority said.\n\nThe first crossing left at seven in the morning with forty passengers and twelve cars on board.\n\nHarbour master Odile Brannock said she was glad to have the service back before the market season.\n\nTraders on the east bank had complained that the closure cut their Saturday custom by half.',
  'fuzz-good-3.txt':
    'Council weighs new cycle lanes for Marrowgate\n\nThe Marrowgate council will vote next month on a plan for four kilometres of protected cycle lanes along the canal road.\n\nCouncillor Petra Vosk said the lanes would cost 1.2 million crowns over two years.\n\nShop owners on the canal road asked the council to keep loading bays in front of their premises.\n\nA public meeting on the plan is set for the ninth of May at the library hall.',
};

const paragraphs = [
  'The Tollbridge ferry resumed crossings on Tuesday after six weeks of repairs to its loading ramp.',
  'Harbour master Odile Brannock said the first crossing carried forty passengers and twelve cars.',
  'The river authority said the repairs cost 310,000 crowns, paid from its maintenance fund.',
  'Traders on the east bank said the closure had cut their Saturday custom by half.',
];
const prose = (r: Rng, n: number) => Array.from({ length: n }, () => paragraphs[int(r, 0, 3)]).join(' ');
const page = (body: string, head = '<meta charset="utf-8"><title>Ferry back</title>') =>
  `<!doctype html><html><head>${head}</head><body><article><h1>Ferry back</h1>${body}</article></body></html>`;
const pageOf = (r: Rng) => page(paragraphs.map((p) => `<p>${p} ${prose(r, 1)}</p>`).join(''));
const rssOf = (items: string, prolog = '<?xml version="1.0" encoding="utf-8"?>') =>
  `${prolog}<rss version="2.0"><channel><title>Tollbridge Courier</title>${items}</channel></rss>`;
const item = (i: number, description: string) =>
  `<item><title>Entry ${i}</title><link>https://courier.example/${i}</link><description>${description}</description></item>`;
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const jsonLine = (r: Rng, i: number) => JSON.stringify({ id: `line-${i}`, text: prose(r, 4) });
const deep = (n: number, open: string, close: string, inner: string) =>
  `${open.repeat(n)}${inner}${close.repeat(n)}`;
const cut = (r: Rng, b: Uint8Array) => b.subarray(0, int(r, 1, Math.max(1, b.length - 1)));
const gzipBomb = (size: number) => gzipSync(Buffer.alloc(size), { level: 9 });

/** One generated input: a file (bytes under a name) or something set up on disk (symlinks). */
export interface FuzzInput {
  kind: string;
  /** The file or folder name under the batch folder. */
  name: string;
  bytes?: Uint8Array;
  /** Sets the input up under `dir` instead of writing `bytes` (symlink loops); returns the path to give. */
  setup?: (dir: string) => string;
}

type InputGenerator = (r: Rng, i: number) => Omit<FuzzInput, 'kind'>;

const archive = async (n: number, r: Rng) =>
  await warcArchive(
    Array.from({ length: n }, (_, i) => ({
      url: `https://courier.example/${i}`,
      date: '2031-03-04T08:00:00Z',
      body: pageOf(r),
    })),
  );
/** Built once (warcio is async): a good archive of three pages, which the WARC generators cut and wrap. */
let goodArchive: Uint8Array = new Uint8Array();
/** Built once: an archive of 10,050 tiny request records, over the records-per-archive limit. */
let manyRecords: Uint8Array = new Uint8Array();
export async function prepareInputs(): Promise<void> {
  goodArchive = await archive(3, rng(7));
  const one = await warcArchive([
    {
      url: 'https://courier.example/r',
      date: '2031-03-04T08:00:00Z',
      type: 'request',
      body: 'GET / HTTP/1.1\r\n\r\n',
    },
  ]);
  manyRecords = Buffer.concat(Array.from({ length: 10_050 }, () => one));
}

/** Every generator by kind; the kind's prefix is its format. */
export const generators: Record<string, InputGenerator> = {
  'text-truncated': (r, i) => ({
    name: `t${i}.txt`,
    bytes: cut(r, utf8(`Ferry café — “back” ${prose(r, 8)}`)),
  }),
  'text-random-bytes': (r, i) => ({ name: `t${i}.txt`, bytes: randomBytes(r, int(r, 1, 50_000)) }),
  'text-nul-bytes': (r, i) => {
    const b = utf8(prose(r, 6));
    b[int(r, 0, b.length - 1)] = 0;
    return { name: `t${i}.txt`, bytes: b };
  },
  'text-empty-or-blank': (r, i) => ({
    name: `t${i}.${r() < 0.5 ? 'txt' : 'md'}`,
    bytes: [new Uint8Array(), utf8(' \n\t\n'), Uint8Array.of(0xef, 0xbb, 0xbf), Uint8Array.of(0xff, 0xfe)][
      i % 4
    ],
  }),
  'text-huge-line': (r, i) => ({
    name: `t${i}.txt`,
    bytes: utf8('ferry '.repeat(int(r, 200_000, 2_500_000))),
  }),
  'text-many-words': (r, i) => ({ name: `t${i}.txt`, bytes: utf8(prose(r, int(r, 2_500, 8_000))) }),
  'text-control-chars': (r, i) => ({
    name: `t${i}.txt`,
    bytes: utf8(prose(r, 3).replace(/ /g, () => String.fromCharCode(int(r, 1, 8)))),
  }),
  'text-mixed-charsets': (r, i) => ({
    name: `t${i}.txt`,
    bytes: Buffer.concat([
      utf8(`Café “Tollbridge” ${prose(r, 3)} `),
      Uint8Array.of(0xe9, 0x93, 0x94, 0xa0),
      utf8(prose(r, 3)),
    ]),
  }),
  'text-utf16-odd': (r, i) => ({
    name: `t${i}.txt`,
    bytes: Buffer.concat([
      Uint8Array.of(r() < 0.5 ? 0xff : 0xfe, r() < 0.5 ? 0xfe : 0xff),
      randomBytes(r, int(r, 1, 999) * 2 + 1),
    ]),
  }),
  'text-front-matter-broken': (r, i) => ({
    name: `t${i}.md`,
    bytes: utf8(
      [
        `---\ntitle: [unclosed\ncharset: x-no-such\n`,
        `---\n---\n---\n${prose(r, 3)}`,
        `---\n${'key: value\n'.repeat(int(r, 1, 50_000))}`,
        `---\ncharset: utf-16\n---\n${prose(r, 3)}`,
      ][i % 4] as string,
    ),
  }),
  'html-truncated': (r, i) => ({ name: `h${i}.html`, bytes: cut(r, utf8(pageOf(r))) }),
  'html-random-bytes': (r, i) => ({ name: `h${i}.html`, bytes: randomBytes(r, int(r, 1, 50_000)) }),
  'html-deep-nesting': (r, i) => ({
    name: `h${i}.html`,
    bytes: utf8(
      page(
        deep(
          int(r, 130, 200_000),
          ['<div>', '<span>', '<b>', '<blockquote>'][i % 4] as string,
          ['</div>', '</span>', '</b>', '</blockquote>'][i % 4] as string,
          `<p>${prose(r, 2)}</p>`,
        ),
      ),
    ),
  }),
  'html-deep-unclosed': (r, i) => ({
    name: `h${i}.html`,
    bytes: utf8(page(`${'<div><table><tr><td>'.repeat(int(r, 100, 50_000))}<p>${prose(r, 2)}</p>`)),
  }),
  'html-many-elements': (r, i) => ({
    name: `h${i}.html`,
    bytes: utf8(page(`${'<span>a</span><br>'.repeat(int(r, 30_001, 300_000))}<p>${prose(r, 2)}</p>`)),
  }),
  'html-many-paragraphs': (r, i) => ({
    name: `h${i}.html`,
    bytes: utf8(page(Array.from({ length: int(r, 2_000, 14_000) }, () => `<p>${prose(r, 1)}</p>`).join(''))),
  }),
  'html-unclosed-markup': (r, i) => ({
    name: `h${i}.html`,
    bytes: utf8(
      [
        `<html><body><!-- ${prose(r, 2)}`,
        `<html><body><script>${'<div>'.repeat(int(r, 1, 100_000))}`,
        `<html><body><p title="${'x'.repeat(int(r, 1, 5_000_000))}`,
        `<html><body>${'<'.repeat(int(r, 1, 2_000_000))}`,
      ][i % 4] as string,
    ),
  }),
  'html-entities': (r, i) => ({
    name: `h${i}.html`,
    bytes: utf8(page(`<p>${'&amp;&#x1F600;&nosuch;&#99999999;'.repeat(int(r, 1, 300_000))}</p>`)),
  }),
  'html-wrong-charset': (r, i) => ({
    name: `h${i}.html`,
    bytes: Buffer.concat([
      utf8(
        `<html><head><meta charset="${['shift_jis', 'utf-16', 'x-unknown-set', 'utf-8', 'iso-2022-jp'][i % 5]}"></head><body><article><p>`,
      ),
      Uint8Array.of(0xe9, 0x82, 0xff, 0xfe, 0x93, 0x94),
      utf8(`${prose(r, 4)}</p></article></body></html>`),
    ]),
  }),
  'feed-truncated': (r, i) => ({
    name: `f${i}.rss`,
    bytes: cut(r, utf8(rssOf([1, 2, 3].map((n) => item(n, escapeXml(`<p>${prose(r, 3)}</p>`))).join('')))),
  }),
  'feed-random-bytes': (r, i) => ({
    name: `f${i}.${['rss', 'atom', 'xml'][i % 3]}`,
    bytes: randomBytes(r, int(r, 1, 50_000)),
  }),
  'feed-entity-expansion': (r, i) => {
    const levels = int(r, 3, 12);
    const decls = Array.from(
      { length: levels },
      (_, l) => `<!ENTITY e${l + 1} "${l === 0 ? 'lol' : `&e${l};`.repeat(10)}">`,
    ).join('');
    return {
      name: `f${i}.rss`,
      bytes: utf8(rssOf(item(1, `&e${levels};`), `<?xml version="1.0"?><!DOCTYPE rss [${decls}]>`)),
    };
  },
  'feed-external-entity': (_r, i) => ({
    name: `f${i}.xml`,
    bytes: utf8(
      rssOf(
        item(1, '&ext;'),
        `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY ext SYSTEM "${['file:///etc/passwd', 'http://127.0.0.1:9/x', '/dev/zero', 'file:///proc/self/environ'][i % 4]}">]>`,
      ),
    ),
  }),
  'feed-deep-nesting': (r, i) => ({
    name: `f${i}.rss`,
    bytes: utf8(rssOf(item(1, deep(int(r, 130, 200_000), '<a>', '</a>', 'x')))),
  }),
  'feed-deep-entry-html': (r, i) => ({
    name: `f${i}.atom`,
    bytes: utf8(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title><entry><id>e1</id><title>x</title><content type="html">${escapeXml(deep(int(r, 130, 100_000), '<blockquote>', '</blockquote>', prose(r, 2)))}</content></entry></feed>`,
    ),
  }),
  'feed-many-entries': (r, i) => ({
    name: `f${i}.rss`,
    bytes: utf8(rssOf(Array.from({ length: int(r, 5_001, 9_000) }, (_, n) => item(n, 'Short.')).join(''))),
  }),
  'feed-huge-values': (r, i) => ({
    name: `f${i}.rss`,
    bytes: utf8(
      rssOf(
        `<item><title>${'9'.repeat(int(r, 1, 3_000_000))}</title><pubDate>${'1'.repeat(400)}</pubDate><link>https://c.example/1</link><description>${prose(r, 3)}</description></item>`,
      ),
    ),
  }),
  'feed-not-a-feed': (r, i) => ({
    name: `f${i}.xml`,
    bytes: utf8(
      [
        '<?xml version="1.0"?><catalog><book>x</book></catalog>',
        '<rss version="2.0"><channel></channel></rss>',
        '{"rss": true}',
        pageOf(r),
      ][i % 4] as string,
    ),
  }),
  'jsonl-truncated': (r, i) => ({
    name: `j${i}.jsonl`,
    bytes: cut(r, utf8([0, 1, 2].map((n) => jsonLine(r, n)).join('\n'))),
  }),
  'jsonl-random-bytes': (r, i) => ({ name: `j${i}.jsonl`, bytes: randomBytes(r, int(r, 1, 50_000)) }),
  'jsonl-broken-lines': (_r, i) => ({
    name: `j${i}.ndjson`,
    bytes: utf8(
      ['{', '[1,2]', 'null', '"text"', '{"text": 5}', '{"html": "<p>"}', '{"id": {}}']
        .slice(0, 1 + (i % 7))
        .join('\n'),
    ),
  }),
  'jsonl-deep-nesting': (r, i) => ({
    name: `j${i}.jsonl`,
    bytes: utf8(deep(int(r, 1_000, 2_000_000), r() < 0.5 ? '[' : '{"a":', r() < 0.5 ? ']' : '}', '1')),
  }),
  'jsonl-huge-numbers': (r, i) => ({
    name: `j${i}.jsonl`,
    bytes: utf8(
      [
        `{"id": ${'9'.repeat(int(r, 400, 5_000_000))}, "text": "${prose(r, 3)}"}`,
        `{"text": 1e999999}`,
        `{"id": "n", "text": "${prose(r, 3)}", "published": -1e308}`,
      ][i % 3] as string,
    ),
  }),
  'jsonl-many-lines': (r, i) => ({
    name: `j${i}.jsonl`,
    bytes: utf8(
      Array.from({ length: int(r, 10_001, 30_000) }, (_, n) => `{"id":"l${n}","text":"Short."}`).join('\n'),
    ),
  }),
  'jsonl-deep-html': (r, i) => ({
    name: `j${i}.jsonl`,
    bytes: utf8(
      JSON.stringify({
        id: 'deep',
        html: page(deep(int(r, 130, 100_000), '<div>', '</div>', `<p>${prose(r, 2)}</p>`)),
      }),
    ),
  }),
  'warc-not-gzip': (r, i) => ({ name: `w${i}.warc.gz`, bytes: utf8(prose(r, int(r, 1, 50))) }),
  'warc-random-bytes': (r, i) => ({ name: `w${i}.warc`, bytes: randomBytes(r, int(r, 1, 50_000)) }),
  'warc-gzip-bomb': (r, i) => ({
    name: `w${i}.warc.gz`,
    bytes:
      i % 3 === 0
        ? gzipBomb(int(r, 50, 300) * 1024 * 1024)
        : i % 3 === 1
          ? Buffer.concat([
              gzipSync(utf8('WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 999999999\r\n\r\n')),
              gzipBomb(int(r, 20, 100) * 1024 * 1024),
            ])
          : gzipSync(gzipBomb(int(r, 20, 100) * 1024 * 1024)),
  }),
  'warc-truncated': (r, i) => ({ name: `w${i}.warc.gz`, bytes: cut(r, goodArchive) }),
  'warc-not-gzip-inside': (r, i) => ({ name: `w${i}.warc`, bytes: cut(r, goodArchive) }),
  'warc-many-records': (_r, i) => ({ name: `w${i}.warc.gz`, bytes: manyRecords }),
  'warc-header-lies': (r, i) => ({
    name: `w${i}.warc`,
    bytes: utf8(
      `WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://c.example/x\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${['99999999999', '-5', 'abc', '10'][i % 4]}\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n${pageOf(r)}`,
    ),
  }),
  'name-odd': (_r, i) => ({
    name: [
      `ферри ${i}.txt`,
      `line\nbreak ${i}.txt`,
      `-starts-with-dash-${i}.txt`,
      `${'long'.repeat(60)}${i}.txt`,
      `UPPER${i}.HTML`,
      `no-extension-${i}`,
      `spaces  and 'quotes' ${i}.md`,
      `double${i}.warc.gz.txt`,
      `emoji 📰 ${i}.txt`,
      `back\\slash${i}.txt`,
    ][i % 10] as string,
    bytes: utf8(`Ferry back\n\n${prose(rng(i), 6)}`),
  }),
  'fs-symlink-loop': (_r, i) => ({
    name: `loop${i}`,
    setup: (dir) => {
      const folder = join(dir, `loop${i}`);
      mkdirSync(folder);
      symlinkSync('.', join(folder, 'self'));
      symlinkSync('..', join(folder, 'parent'));
      symlinkSync(join(folder, 'b.txt'), join(folder, 'a.txt'));
      symlinkSync(join(folder, 'a.txt'), join(folder, 'b.txt'));
      return i % 2 === 0 ? folder : join(folder, 'a.txt');
    },
  }),
};

/** The `count` inputs of a run: kinds in turn, each variant drawn from its own seeded random source. */
export function* fuzzInputs(count: number, seed = 19): Generator<FuzzInput> {
  const kinds = Object.keys(generators);
  for (let n = 0; n < count; n++) {
    const kind = kinds[n % kinds.length] as string;
    const variant = Math.floor(n / kinds.length);
    const input = (generators[kind] as InputGenerator)(rng(seed * 100_003 + n), variant);
    yield { kind, ...input, name: `${n}/${input.name}` };
  }
}

/** Writes an input under `dir` (in a folder of its own, named by its number); returns the path to give newstrace. */
export function writeInput(dir: string, input: FuzzInput): string {
  const own = join(dir, dirname(input.name));
  mkdirSync(own, { recursive: true });
  if (input.setup) return input.setup(own);
  const path = join(dir, input.name);
  writeFileSync(path, input.bytes ?? new Uint8Array());
  return path;
}
