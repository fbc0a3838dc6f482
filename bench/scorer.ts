// Measures the sentence-pair scorer's speed: pairs/s with GloVe only and with the sentence encoder,
// on 2,000 fictional sentence pairs (originals and rewrites from the benchmark corpus generator),
// each mode in a fresh process. Usage: node --import tsx bench/scorer.ts [--pairs 2000]
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import type { SemanticMode } from '../src/align/scorer/model.ts';
import { scorePairs } from '../src/align/scorer/text-pairs.ts';
import { encodeInParallel } from '../src/represent/sentence-encoder-pool.ts';
import { generateCorpus } from './corpus/generate.ts';

const { values } = parseArgs({
  options: { pairs: { type: 'string', default: '2000' }, child: { type: 'string' } },
});
const count = Number(values.pairs);

/** Sentence pairs: each rewrite's sentences against its original's, by position. */
function benchPairs(n: number): Array<{ line: number; a: string; b: string }> {
  const corpus = generateCorpus({ articles: Math.ceil(n / 6), seed: 3 });
  const byId = new Map(corpus.articles.map((a) => [a.id, a.text.split('\n').slice(1).join(' ')]));
  const split = (t: string) => t.split(/(?<=[.!?”])\s+(?=[“A-Z])/);
  const pairs: Array<{ line: number; a: string; b: string }> = [];
  for (const edge of corpus.truth) {
    const a = split(byId.get(edge.original) ?? '');
    const b = split(byId.get(edge.copy) ?? '');
    for (let i = 0; i < Math.min(a.length, b.length) && pairs.length < n; i++)
      pairs.push({ line: pairs.length + 1, a: a[i] as string, b: b[i] as string });
  }
  return pairs;
}

if (values.child) {
  const mode = values.child as SemanticMode;
  const pairs = benchPairs(count);
  const started = performance.now();
  await scorePairs(pairs, mode, encodeInParallel);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ mode, pairs: pairs.length, seconds })}\n`);
} else {
  const results = (['glove', 'use'] as const).map((mode) => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', new URL(import.meta.url).pathname, '--child', mode, '--pairs', String(count)],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout.trim().split('\n').pop() as string) as {
      mode: string;
      pairs: number;
      seconds: number;
    };
  });
  const glove = results[0] as { seconds: number };
  const table = new Table({
    head: ['meaning model', 'pairs', 'seconds', 'pairs/s', 'time vs glove'],
    style: { head: [], border: [] },
  });
  for (const r of results)
    table.push([
      r.mode === 'glove' ? 'GloVe SIF' : 'GloVe SIF + sentence encoder',
      r.pairs,
      r.seconds.toFixed(1),
      (r.pairs / r.seconds).toFixed(0),
      `${(r.seconds / glove.seconds).toFixed(1)}×`,
    ]);
  console.log(table.toString());
}
