// Measures the corpus index as a user runs it: articles read from files, added in chunks to an index
// database on disk, then `sources` asked for every article. Prints ingest articles/s, sources latency
// (p50, p95), database bytes per article, peak resident memory, and precision and recall of the
// injected derivations that `sources` reports. Runs in its own process so its memory is its own.
// Usage: node --import tsx bench/index.ts [--articles 10000] [--seed 1] [--no-independent] [--reuse]
//          [--folder DIR (the corpus as <id>.txt, written by bench/peers.ts)] [--pairs-out FILE]
//          [--workers N (threads reading ahead; default the cores but one)]
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { openCorpusIndex } from '../src/corpus-index/index.ts';
import { ingestInChunks } from '../src/ingest/index.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import { articleCopyMethods, generateCorpus } from './corpus/generate.ts';
import { type FoundPair, recallKinds, scorePairs } from './peers/score.ts';
import { quantile } from './quantile.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'no-independent': { type: 'boolean', default: false },
    // Passage-level reuse in the corpus (lifts, compilations, chains): see generateCorpus.
    reuse: { type: 'boolean', default: false },
    folder: { type: 'string' },
    'pairs-out': { type: 'string' },
    workers: { type: 'string' },
  },
});
const corpus = generateCorpus({
  articles: Number(values.articles),
  seed: Number(values.seed),
  independent: !values['no-independent'],
  reuse: values.reuse,
});
const work = mkdtempSync(join(tmpdir(), 'newstrace-bench-index-'));
// Removed however the run ends, a failed one included.
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const folder = values.folder ?? join(work, 'corpus');
if (!values.folder) {
  mkdirSync(folder);
  for (const a of corpus.articles) writeFileSync(join(folder, `${a.id}.txt`), a.text);
}
const published = new Map(corpus.articles.map((a) => [a.id, a.published]));
// The texts are on disk now; scoring needs only ids and the truth, so the run's memory is the index's.
for (const a of corpus.articles) a.text = '';
const db = join(work, 'index.db');

const index = await openCorpusIndex(
  openSqliteStore(db),
  values.workers === undefined ? {} : { prepareWorkers: Number(values.workers) },
);
const started = performance.now();
// All threads' CPU time: how busy the cores were, and what an article costs whatever the thread.
const cpuStarted = process.cpuUsage();
let lastReport = started;
// The .txt files carry no dates; the corpus's publication times go with them, as front matter would.
async function* articles() {
  for await (const chunk of ingestInChunks([folder])) {
    for (const a of chunk.articles) a.meta.published = published.get(a.id) as string;
    yield chunk.articles;
  }
}
const report = await index.add(articles(), (stage, done) => {
  if (stage !== 'compare' || performance.now() - lastReport < 30_000) return;
  lastReport = performance.now();
  const rate = done / ((lastReport - started) / 1000);
  console.error(
    `… ${done} articles, ${rate.toFixed(1)}/s, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
  );
});
const added = report.added.length;
const ingestSeconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const ingestCpuSeconds = (cpu.user + cpu.system) / 1e6;

const latencies: number[] = [];
const pairs: FoundPair[] = [];
const sourcesStarted = performance.now();
for (const a of corpus.articles) {
  const t = performance.now();
  const sources = await index.sources(a.id);
  latencies.push(performance.now() - t);
  for (const d of sources?.derivedFrom ?? []) pairs.push({ a: d.original, b: d.copy, score: d.confidence });
}
const sourcesSeconds = (performance.now() - sourcesStarted) / 1000;
await index.close();
const bytes = [db, `${db}-wal`].filter(existsSync).reduce((n, f) => n + statSync(f).size, 0);
const p50 = quantile(latencies, 0.5);
const p95 = quantile(latencies, 0.95);
const score = scorePairs(pairs, corpus, 0);
const figures = {
  articles: added,
  ingestSeconds,
  ingestPerSecond: added / ingestSeconds,
  ingestCpuMsPerArticle: (1000 * ingestCpuSeconds) / Math.max(1, added),
  ingestCoresBusy: ingestCpuSeconds / ingestSeconds,
  sourcesP50Ms: p50,
  sourcesP95Ms: p95,
  sourcesSeconds,
  bytesPerArticle: Math.round(bytes / Math.max(1, added)),
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  precision: score.precision,
  recall: score.recall,
  recallByMethod: score.recallByMethod,
  wrong: score.wrong,
};
// A corpus without chains has no indirect pairs to be wrong about, so its line stays as it always was.
const { indirect, ...withoutIndirect } = score.wrong;
const shownWrong = corpus.indirect.length > 0 ? score.wrong : withoutIndirect;
if (values['pairs-out']) writeFileSync(values['pairs-out'], JSON.stringify({ figures, pairs }));
else {
  const table = new Table({ head: ['measure', 'value'] });
  table.push(
    ['articles indexed', String(added)],
    ['ingest', `${ingestSeconds.toFixed(1)} s, ${figures.ingestPerSecond.toFixed(1)} articles/s`],
    [
      'ingest CPU',
      `${figures.ingestCpuMsPerArticle.toFixed(2)} ms per article, ${figures.ingestCoresBusy.toFixed(2)} cores busy`,
    ],
    ['sources p50 / p95', `${p50.toFixed(2)} / ${p95.toFixed(2)} ms`],
    ['database', `${(bytes / 1e6).toFixed(1)} MB, ${figures.bytesPerArticle} bytes per article`],
    ['peak RSS', `${figures.peakRssMb.toFixed(0)} MB`],
    [
      'precision / recall',
      `${score.precision.toFixed(4)} / ${score.recall.toFixed(4)} (${score.correct} of ${corpus.truth.length})`,
    ],
    // The whole-article methods always (as before there were others), the passage-level ones when present.
    ...recallKinds
      .filter(
        (kind) => articleCopyMethods.some((m) => m === kind) || !Number.isNaN(score.recallByMethod[kind]),
      )
      .map((kind) => [`recall ${kind}`, score.recallByMethod[kind].toFixed(4)]),
    ['false positives', JSON.stringify(shownWrong)],
  );
  console.log(table.toString());
}
