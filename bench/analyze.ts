// Measures `analyze` on generated fictional corpora (10, 100 and 1,000 articles by default): articles/s,
// aligned pairs/s and peak memory, side by side with a peer run that aligns every pair (no pruning),
// and the precision and recall of the injected copies. Each run is a fresh child process, so peak RSS
// is its own. Usage: node --import tsx bench/analyze.ts [--sizes 10,100,1000] [--all-pairs-max 100] [--seed 1]
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { analyze } from '../src/pipeline.ts';
import { generateCorpus } from './corpus/generate.ts';
import { scoreDerivations } from './score.ts';

interface RunResult {
  articles: number;
  mode: 'pruned' | 'all pairs';
  seconds: number;
  readSeconds: number;
  pairsAligned: number;
  pairsPossible: number;
  peakRssMb: number;
  precision: number;
  recall: number;
  recallByMethod: Record<string, number>;
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000' },
    'all-pairs-max': { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    child: { type: 'string' },
    mode: { type: 'string', default: 'pruned' },
  },
});
const seed = Number(values.seed);

if (values.child) {
  const n = Number(values.child);
  const mode = values.mode === 'all' ? 'all pairs' : 'pruned';
  const corpus = generateCorpus({ articles: n, seed });
  const raw = corpus.articles.map((a) => ({
    id: a.id,
    path: `${a.id}.md`,
    text: a.text,
    meta: { published: a.published },
  }));
  const started = performance.now();
  // Reading and comparing alternate batch by batch: each gap between progress events is reading
  // time when it ends in a `read` event.
  let readSeconds = 0;
  let last = started;
  const analysis = await analyze(raw, {
    ...(mode === 'all pairs' ? { compareAll: true } : {}),
    onProgress: (stage) => {
      const now = performance.now();
      if (stage === 'read') readSeconds += (now - last) / 1000;
      last = now;
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const score = scoreDerivations(analysis.provenance.derivations, corpus.truth);
  const result: RunResult = {
    articles: n,
    mode,
    seconds,
    readSeconds,
    pairsAligned: analysis.pairs.aligned,
    pairsPossible: analysis.pairs.possible,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    ...score,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const sizes = values.sizes.split(',').map(Number);
  const allPairsMax = Number(values['all-pairs-max']);
  const results: RunResult[] = [];
  for (const n of sizes) {
    for (const mode of n <= allPairsMax ? ['pruned', 'all'] : ['pruned']) {
      const child = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          new URL(import.meta.url).pathname,
          '--child',
          String(n),
          '--mode',
          mode,
          '--seed',
          String(seed),
        ],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 24,
        },
      );
      if (child.status !== 0) throw new Error(`bench child ${n}/${mode} failed:\n${child.stderr}`);
      const result = JSON.parse(child.stdout.trim().split('\n').pop() as string) as RunResult;
      results.push(result);
      process.stderr.write(`${n} ${result.mode}: ${result.seconds.toFixed(1)} s\n`);
    }
  }
  const table = new Table({
    style: { head: [], border: [] },
    head: [
      'articles',
      'run',
      'seconds',
      'articles/s',
      'pairs aligned',
      'of possible',
      'pairs/s',
      'peak RSS MB',
      'precision',
      'recall',
      'vs all pairs',
    ],
  });
  for (const r of results) {
    const peer = results.find((x) => x.articles === r.articles && x.mode === 'all pairs');
    const alignSeconds = r.seconds - r.readSeconds;
    table.push([
      r.articles,
      r.mode,
      r.seconds.toFixed(2),
      (r.articles / r.seconds).toFixed(1),
      r.pairsAligned,
      r.pairsPossible,
      alignSeconds > 0 ? (r.pairsAligned / alignSeconds).toFixed(0) : '—',
      r.peakRssMb.toFixed(0),
      r.precision.toFixed(3),
      r.recall.toFixed(3),
      peer && r.mode === 'pruned' ? `${(peer.seconds / r.seconds).toFixed(1)}× faster` : '',
    ]);
  }
  console.log(table.toString());
  const largest = results.filter((r) => r.mode === 'pruned').at(-1);
  if (largest) {
    console.log(
      `recall by copy method at ${largest.articles} articles: ${JSON.stringify(largest.recallByMethod)}`,
    );
    const perPair = results.find(
      (r) =>
        r.mode === 'all pairs' &&
        r.articles === Math.max(...results.filter((x) => x.mode === 'all pairs').map((x) => x.articles)),
    );
    if (perPair && largest.articles > perPair.articles) {
      const secondsPerPair = (perPair.seconds - perPair.readSeconds) / perPair.pairsAligned;
      const estimate = largest.readSeconds + secondsPerPair * largest.pairsPossible;
      console.log(
        `all pairs at ${largest.articles} articles, extrapolated from ${perPair.articles}: ~${estimate.toFixed(0)} s (${(estimate / largest.seconds).toFixed(0)}× the pruned run)`,
      );
    }
  }
}
