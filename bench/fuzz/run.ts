// Runs generated hostile inputs in batches of child processes beside good articles, and sums up crashes, hangs, silences, losses and memory.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputTimeBudgetMs } from '../../src/ingest/limits.ts';
import type { ChildResult } from './child.ts';
import { type FuzzInput, goodArticles, writeInput } from './inputs.ts';

const child = new URL('./child.ts', import.meta.url).pathname;

/** What one child run gave: its result, or how it failed. */
interface Run {
  result?: ChildResult;
  crashed: boolean;
  timedOut: boolean;
  detail: string;
}

/** Runs the child on `inputs` beside `goods`, killing it after `timeoutMs` (a hang). */
function runChild(dir: string, inputs: string[], goods: string[], timeoutMs: number): Promise<Run> {
  const manifest = join(dir, `manifest-${process.hrtime.bigint()}.json`);
  writeFileSync(manifest, JSON.stringify({ inputs, goods }));
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, manifest], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    proc.stdout.on('data', (d) => {
      stdout += d;
    });
    proc.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-2000);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      proc.kill('SIGKILL');
    }, timeoutMs);
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').at(-1) ?? '';
      const ok = (code === 0 || code === 1) && !timedOut;
      let result: ChildResult | undefined;
      try {
        result = ok ? (JSON.parse(line) as ChildResult) : undefined;
      } catch {
        result = undefined;
      }
      resolve({
        ...(result ? { result } : {}),
        crashed: !timedOut && !result,
        timedOut,
        detail: timedOut
          ? `killed after ${timeoutMs} ms`
          : `exit ${code} ${signal ?? ''} ${stderr.trim().split('\n').slice(-3).join(' | ')}`,
      });
    });
  });
}

/** The figures of a fuzz run (the goal is 0 crashes, 0 hangs, 0 silent inputs, 0 good articles lost, under 1 GB). */
export interface FuzzSummary {
  inputs: number;
  batches: number;
  crashes: string[];
  hangs: string[];
  /** Inputs that gave neither an analysed article nor a diagnostic naming them. */
  silent: string[];
  /** Good articles missing from an analysis they were given to. */
  goodLost: number;
  /** Runs that had an error diagnostic but whose exit code was not 1, or the reverse. */
  exitMismatches: number;
  peakRssMb: number;
  slowest: { kind: string; path: string; ms: number };
  /** Per kind: how many inputs, and which codes they gave (count per code). */
  kinds: Record<string, { inputs: number; codes: Record<string, number>; articles: number; maxMs: number }>;
  seconds: number;
}

export interface FuzzOptions {
  /** Hostile inputs per child run (each run also reads the three good articles). */
  batchSize?: number;
  /** Child runs at a time. */
  concurrency?: number;
  /** A child run slower than this is a hang (its inputs are then run one by one to find which). */
  timeoutMs?: number;
  /** Called after each run with the number of inputs run so far. */
  onBatch?: (inputs: number) => void;
}

/** Runs every input of `inputs` (drawn from the iterable a batch at a time) and sums up. */
export async function fuzz(inputs: Iterable<FuzzInput>, options: FuzzOptions = {}): Promise<FuzzSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 8;
  const timeoutMs = options.timeoutMs ?? 2 * inputTimeBudgetMs;
  const root = mkdtempSync(join(tmpdir(), 'newstrace-fuzz-'));
  const goodDir = join(root, 'good');
  mkdirSync(goodDir);
  const goods = Object.entries(goodArticles).map(([name, text]) => {
    writeFileSync(join(goodDir, name), text);
    return join(goodDir, name);
  });
  // Inputs are made a batch at a time (a gzip bomb or a 15 MB line is large), never all at once.
  const source = inputs[Symbol.iterator]();
  const nextBatch = (): FuzzInput[] => {
    const batch: FuzzInput[] = [];
    for (let r = source.next(); !r.done; r = source.next()) {
      batch.push(r.value);
      if (batch.length === batchSize) break;
    }
    return batch;
  };
  const summary: FuzzSummary = {
    inputs: 0,
    batches: 0,
    crashes: [],
    hangs: [],
    silent: [],
    goodLost: 0,
    exitMismatches: 0,
    peakRssMb: 0,
    slowest: { kind: '', path: '', ms: 0 },
    kinds: {},
    seconds: 0,
  };
  const record = (input: FuzzInput, path: string, r: ChildResult['inputs'][number]) => {
    summary.kinds[input.kind] ??= { inputs: 0, codes: {}, articles: 0, maxMs: 0 };
    const kind = summary.kinds[input.kind] as FuzzSummary['kinds'][string];
    kind.inputs++;
    kind.articles += r.articles;
    kind.maxMs = Math.max(kind.maxMs, r.ms);
    for (const code of new Set(r.codes)) kind.codes[code] = (kind.codes[code] ?? 0) + 1;
    if (r.articles === 0 && r.codes.length === 0) summary.silent.push(`${input.kind}: ${path}`);
    if (r.ms > inputTimeBudgetMs) summary.hangs.push(`${input.kind}: ${path} read in ${r.ms} ms`);
    if (r.ms > summary.slowest.ms) summary.slowest = { kind: input.kind, path, ms: r.ms };
  };
  const take = (run: Run) => {
    if (!run.result) return;
    summary.peakRssMb = Math.max(summary.peakRssMb, run.result.maxRssMb);
    summary.goodLost += run.result.goods - run.result.goodKept;
    if (run.result.anyError !== (run.result.exit === 1)) summary.exitMismatches++;
  };
  const worker = async () => {
    for (let batch = nextBatch(); batch.length > 0; batch = nextBatch()) {
      summary.inputs += batch.length;
      summary.batches++;
      const dir = mkdtempSync(join(root, 'batch-'));
      const paths = batch.map((input) => writeInput(dir, input));
      const run = await runChild(dir, paths, goods, timeoutMs);
      take(run);
      if (run.result)
        for (const [i, r] of run.result.inputs.entries())
          record(batch[i] as FuzzInput, paths[i] as string, r);
      else {
        // Find the input that crashed or hung the run: each alone, beside the good articles.
        for (const [i, input] of batch.entries()) {
          const alone = await runChild(dir, [paths[i] as string], goods, timeoutMs);
          take(alone);
          const where = `${input.kind}: ${paths[i]} (${alone.detail})`;
          if (alone.timedOut) summary.hangs.push(where);
          else if (alone.crashed) summary.crashes.push(where);
          else if (alone.result)
            record(input, paths[i] as string, alone.result.inputs[0] as ChildResult['inputs'][number]);
        }
      }
      rmSync(dir, { recursive: true, force: true });
      options.onBatch?.(summary.inputs);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 2 }, worker));
  rmSync(root, { recursive: true, force: true });
  summary.seconds = Math.round((performance.now() - started) / 1000);
  return summary;
}
