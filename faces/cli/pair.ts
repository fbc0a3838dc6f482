// `newstrace pair` and `newstrace pairs`: flags → the sentence-pair scorer → text or JSON lines.
import { readFileSync, writeFileSync } from 'node:fs';
import { scorePair } from '../../src/align/scorer/index.ts';
import type { SemanticMode } from '../../src/align/scorer/model.ts';
import { featuresOfPairs, scorePairs } from '../../src/align/scorer/text-pairs.ts';
import { parsePairsTsv } from '../../src/ingest/pairs-tsv.ts';
import { encodeInParallel } from '../../src/represent/sentence-encoder-pool.ts';
import { exitCodes } from './exit-codes.ts';
import { progressBar } from './progress.ts';

/** Scores one pair and prints the score, the verdict and the reasons (or the JSON of all three). */
export async function runPair(
  a: string,
  b: string,
  flags: { semantic: SemanticMode; json?: boolean },
): Promise<number> {
  const features = await featuresOfPairs([{ a, b }], flags.semantic, encodeInParallel);
  const result = scorePair(features(a), features(b));
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return exitCodes.ok;
  }
  const verdict = result.paraphrase ? 'paraphrase' : 'not a paraphrase';
  process.stdout.write(
    `score ${result.score.toFixed(2)} — ${verdict} (probability ${result.probability.toFixed(2)})\n`,
  );
  for (const reason of result.reasons) process.stdout.write(`  - ${reason}\n`);
  return exitCodes.ok;
}

/**
 * Scores a pairs file (MSRP or STS-B layout) and writes one JSON object per row, in row order:
 * `{"score", "paraphrase", "probability"}`, or `{"score": null, "paraphrase": null, "error"}` for a
 * row it could not read.
 */
export async function runPairs(
  file: string,
  flags: { semantic: SemanticMode; out?: string; progress: boolean },
): Promise<number> {
  let rows: ReturnType<typeof parsePairsTsv>['rows'];
  try {
    rows = parsePairsTsv(readFileSync(file, 'utf8')).rows;
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'the file does not exist'
        : (error as Error).message;
    process.stderr.write(`newstrace: ${file}: ${reason}\n`);
    return exitCodes.inputFailed;
  }
  const bar = progressBar(flags.progress);
  const scored = await scorePairs(rows, flags.semantic, encodeInParallel, {
    onProgress: (done, total) => bar.onProgress('score', done, total),
  });
  bar.stop();
  const lines = scored.map((row) =>
    'error' in row
      ? JSON.stringify({ score: null, paraphrase: null, error: row.error })
      : JSON.stringify({
          score: round(row.result.score),
          paraphrase: row.result.paraphrase,
          probability: round(row.result.probability),
        }),
  );
  const text = `${lines.join('\n')}\n`;
  if (flags.out) writeFileSync(flags.out, text);
  else process.stdout.write(text);
  const errors = scored.filter((r) => 'error' in r);
  for (const e of errors) if ('error' in e) process.stderr.write(`newstrace: ${file}: ${e.error}\n`);
  return errors.length > 0 ? exitCodes.inputFailed : exitCodes.ok;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
