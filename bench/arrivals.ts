// Articles arriving one at a time at a corpus already seen: how long each tool takes to say where a
// new article comes from. The bulk comparison (bench/peers.ts) times a whole corpus read at once;
// an index is for the next article, so this times that. Writes a generated corpus as .txt files, holds
// out `--arrivals` articles spread over it, indexes the rest with newstrace, then for each held-out one:
// - newstrace, warm: the index open in this process, `sourcesOf` (read the file, compare, answer, roll back);
// - newstrace, cold: `newstrace sources <file> --db <index>`, a new process each time (first `--cold` only);
// - sim_text: its new/old mode, the arriving file against the articles newstrace indexed (-S), with
//   the settings of bench/peers.ts.
// Prints each one's time per arriving article (p50, p95) and its recall of the injected derivations
// between the arriving articles and the rest, and precision of the pairs it reported.
// Usage: node --import tsx bench/arrivals.ts [--articles 10000] [--arrivals 50] [--cold 5] [--seed 1]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { openCorpusIndex } from '../src/corpus-index/index.ts';
import type { Sources } from '../src/corpus-index/types.ts';
import { ingest, ingestInChunks } from '../src/ingest/index.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import { generateCorpus } from './corpus/generate.ts';
import { type FoundPair, type PairScore, percentCell, scorePairs } from './peers/score.ts';
import { runSimText, simTextMissing } from './peers/sim-text.ts';
import { quantile } from './quantile.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    arrivals: { type: 'string', default: '50' },
    cold: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
  },
});
const articles = Number(values.articles);
const arrivals = Number(values.arrivals);
if (!Number.isInteger(arrivals) || arrivals < 1 || arrivals >= articles)
  throw new RangeError('--arrivals needs an integer from 1 to --articles − 1');

const corpus = generateCorpus({ articles, seed: Number(values.seed), independent: true });
const work = mkdtempSync(join(tmpdir(), 'newstrace-bench-arrivals-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const folder = join(work, 'corpus');
mkdirSync(folder);
for (const a of corpus.articles) writeFileSync(join(folder, `${a.id}.txt`), a.text);
const published = new Map(corpus.articles.map((a) => [a.id, a.published]));
const fileOf = (id: string) => join(folder, `${id}.txt`);

// Spread over the corpus, so originals, copies and independent reports all arrive.
const arriving = Array.from(
  { length: arrivals },
  (_, k) => corpus.articles[Math.floor(((k + 0.5) * corpus.articles.length) / arrivals)]?.id as string,
);
const isArriving = new Set(arriving);
const indexed = corpus.articles.map((a) => a.id).filter((id) => !isArriving.has(id));
// What there is to find: injected derivations between an arriving article and an indexed one.
const truth = {
  ...corpus,
  truth: corpus.truth.filter((t) => isArriving.has(t.original) !== isArriving.has(t.copy)),
};

interface Row {
  tool: string;
  how: string;
  ms: number[];
  score?: PairScore;
  missing?: string;
}
const rows: Row[] = [];

/** Derivations of an answer as found pairs (direction dropped, as for every tool). */
const pairsOf = (s: Sources | undefined): FoundPair[] =>
  [...(s?.derivedFrom ?? []), ...(s?.copiedBy ?? [])].map((d) => ({ a: d.original, b: d.copy, score: 1 }));

console.error(`newstrace: indexing ${indexed.length} articles …`);
const db = join(work, 'index.db');
const index = await openCorpusIndex(openSqliteStore(db));
async function* indexedArticles() {
  for await (const chunk of ingestInChunks(indexed.map(fileOf))) {
    for (const a of chunk.articles) a.meta.published = published.get(a.id) as string;
    yield chunk.articles;
  }
}
const built = performance.now();
await index.add(indexedArticles());
console.error(`newstrace: indexed in ${((performance.now() - built) / 1000).toFixed(1)} s`);

const warm: Row = { tool: 'newstrace', how: 'index open: read the file, sourcesOf', ms: [] };
const warmPairs: FoundPair[] = [];
for (const id of arriving) {
  const t = performance.now();
  const raw = (await ingest([fileOf(id)])).articles[0];
  if (!raw) throw new Error(`${id}: not read`);
  raw.meta.published = published.get(id) as string;
  const { sources } = await index.sourcesOf(raw);
  warm.ms.push(performance.now() - t);
  warmPairs.push(...pairsOf(sources));
}
warm.score = scorePairs(warmPairs, truth, 0);
rows.push(warm);
await index.close();

const cold: Row = { tool: 'newstrace', how: '`newstrace sources <file> --db`: a new process each', ms: [] };
const cli = new URL('../bin/newstrace.js', import.meta.url).pathname;
for (const id of arriving.slice(0, Number(values.cold))) {
  const t = performance.now();
  const child = spawnSync(process.execPath, [cli, 'sources', fileOf(id), '--db', db, '--json'], {
    encoding: 'utf8',
  });
  cold.ms.push(performance.now() - t);
  if (child.status !== 0) throw new Error(`newstrace sources ${id} failed: ${child.stderr}`);
}
rows.push(cold);

const simText: Row = { tool: 'sim_text', how: '-p -r 8 -t 20 -S: the file against the indexed', ms: [] };
const missing = simTextMissing();
if (missing) simText.missing = missing;
else {
  console.error(`sim_text: ${arriving.length} arrivals …`);
  const simPairs: FoundPair[] = [];
  for (const id of arriving) {
    // Against the articles newstrace indexed, not the other arrivals: both compare with the same ones.
    const { seconds, pairs } = await runSimText(folder, [id, ...indexed], {
      eachPair: false,
      arriving: [id],
    });
    simText.ms.push(seconds * 1000);
    simPairs.push(...pairs.map((p) => ({ a: p.a, b: p.b, score: p.percent / 100 })));
  }
  simText.score = scorePairs(simPairs, truth, 0.2);
}
rows.push(simText);

const byMethod = (m: string) => truth.truth.filter((t) => t.method === m).length;
console.log(
  `${articles} articles, ${arrivals} arriving at an index of the other ${indexed.length}; ` +
    `${truth.truth.length} injected derivations between them and the index (verbatim ${byMethod('verbatim')}, ` +
    `edited ${byMethod('edited')}, paraphrased ${byMethod('paraphrased')}, partial ${byMethod('partial')})`,
);
const table = new Table({
  style: { head: [], border: [] },
  head: [
    'tool',
    'how',
    'runs',
    'ms p50',
    'ms p95',
    'precision %',
    'recall %',
    'verbatim',
    'edited',
    'paraphr.',
  ],
});
for (const { tool, how, ms, score, missing: why } of rows) {
  if (why) {
    table.push([tool, how, { colSpan: 8, content: why }]);
    continue;
  }
  table.push([
    tool,
    how,
    ms.length,
    quantile(ms, 0.5).toFixed(1),
    quantile(ms, 0.95).toFixed(1),
    percentCell(score?.precision),
    percentCell(score?.recall),
    percentCell(score?.recallByMethod.verbatim),
    percentCell(score?.recallByMethod.edited),
    percentCell(score?.recallByMethod.paraphrased),
  ]);
}
console.log(table.toString());
