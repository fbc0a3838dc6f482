// Crash test of `newstrace ingest`: SIGKILLs at random moments, then one ingest to the end, must
// leave what one clean ingest leaves (nothing lost or doubled, the same stories and derivations),
// and an index `newstrace check` passes. Then four ingests at once on one file against the same.
// Usage: npm run bench:kills -- [--kills 100] [--articles 2000] [--seed 1] [--batch 25]
//   [--max-delay SECONDS] [--minutes 10] [--concurrent 4]
import { type ChildProcess, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { createRandom } from './corpus/random.ts';
import {
  ended,
  indexOutcome,
  ingest,
  outcomeDifferences,
  startIngest,
  writeFictionalCorpus,
} from './ingest-outcome.ts';

const cli = new URL('../bin/newstrace.js', import.meta.url).pathname;

export interface KillOptions {
  kills: number;
  articles: number;
  seed: number;
  /** Articles per transaction of the killed ingests (and the final one). */
  batch: number;
  /**
   * Every other kill comes a uniform random time after the process starts, from 0.2 s to this (s):
   * while it starts, reads or writes. The others come while it is adding articles: a uniform random
   * 0–2 s after its run's first new article is committed (or as the first kind once all are stored).
   */
  maxDelaySeconds: number;
  /** No kill is started after this many minutes; the run reports how many were made. */
  minutes: number;
  /** Ingest processes run at once on one file, after the kills (0: none). */
  concurrent: number;
  /** Lines of progress; silent by default. */
  log?: (line: string) => void;
}

export interface KillResult {
  files: number;
  kills: number;
  /** Kills that found the process before it had committed anything in its run. */
  killedBeforeCommit: number;
  /** Kills that came while the process was adding articles (after its run's first commit of new ones). */
  killedWhileAdding: number;
  /** Runs that ended by themselves before their kill came (the corpus was all stored). */
  finishedFirst: number;
  /** Articles stored after each kill. */
  storedAfterKill: number[];
  killSeconds: number;
  cleanSeconds: number;
  finalOutput: string;
  /** How the killed-then-finished index differs from the clean one (empty: the same). */
  differences: string[];
  articles: number;
  stories: number;
  derivations: number;
  /** `newstrace check` on the killed-then-finished index: exit code and last line. */
  check: { status: number | null; summary: string };
  concurrent?: {
    seconds: number;
    /** Against the clean run: what the arrival order changes (see `replayDifferences`), if anything. */
    differences: string[];
    /**
     * Against one process ingesting the files in the order the concurrent writers committed them:
     * what concurrency itself changed. Must be empty.
     */
    replayDifferences: string[];
    check: { status: number | null; summary: string };
  };
}

/** The paths of an index's articles in the order they were committed (refs are given in that order). */
function commitOrder(db: string): string[] {
  const sqlite = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare<[], string>('SELECT path FROM articles ORDER BY ref').pluck().all();
  } finally {
    sqlite.close();
  }
}

const storedIn = (db: string): number => {
  try {
    const sqlite = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return sqlite.prepare<[], number>('SELECT count(*) FROM articles').pluck().get() ?? 0;
    } finally {
      sqlite.close();
    }
  } catch {
    // Not created yet, or created without its tables.
    return 0;
  }
};

function check(db: string): { status: number | null; summary: string } {
  const run = spawnSync(process.execPath, [cli, 'check', '--db', db, '--no-progress'], { encoding: 'utf8' });
  return { status: run.status, summary: `${run.stdout}${run.stderr}`.trimEnd() };
}

const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(1));

/** Runs the kills, the final ingest and the comparison in a temporary folder, removed at the end. */
export async function killIngest(o: KillOptions): Promise<KillResult> {
  const log = o.log ?? (() => {});
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-kills-'));
  // An interrupted run ends its ingest too, and leaves no folder behind.
  let running: ChildProcess | undefined;
  const stop = () => {
    running?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const files = writeFictionalCorpus(join(dir, 'corpus'), o.articles, o.seed);
    const folder = join(dir, 'corpus');
    const batch = ['--batch', String(o.batch)];
    let started = performance.now();
    await ingest([folder], join(dir, 'clean.db'), batch);
    const cleanSeconds = seconds(started);
    log(`clean ingest of ${files.length} articles: ${cleanSeconds} s`);
    const want = await indexOutcome(join(dir, 'clean.db'));

    const db = join(dir, 'killed.db');
    const random = createRandom(o.seed);
    const result: Omit<
      KillResult,
      'finalOutput' | 'differences' | 'articles' | 'stories' | 'derivations' | 'check'
    > = {
      files: files.length,
      kills: 0,
      killedBeforeCommit: 0,
      killedWhileAdding: 0,
      finishedFirst: 0,
      storedAfterKill: [],
      killSeconds: 0,
      cleanSeconds,
    };
    started = performance.now();
    const deadline = started + o.minutes * 60_000;
    while (result.kills < o.kills && performance.now() < deadline) {
      const before = storedIn(db);
      const child = startIngest([folder], db, batch);
      running = child;
      const whileAdding = result.kills % 2 === 1 && before < want.count;
      const delayMs = whileAdding
        ? random.next() * 2000
        : 200 + random.next() * (o.maxDelaySeconds * 1000 - 200);
      let timer = whileAdding ? undefined : setTimeout(() => child.kill('SIGKILL'), delayMs);
      if (whileAdding) {
        const poll = setInterval(() => {
          if (storedIn(db) === before) return;
          clearInterval(poll);
          timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
        }, 100);
        void ended(child).then(() => clearInterval(poll));
      }
      const { code, signal } = await ended(child);
      clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        if (code !== 0) throw new Error(`ingest failed (${code}):\n${child.output}`);
        result.finishedFirst++;
        continue;
      }
      result.kills++;
      const after = storedIn(db);
      if (after === before) result.killedBeforeCommit++;
      if (whileAdding) result.killedWhileAdding++;
      result.storedAfterKill.push(after);
      log(
        `kill ${result.kills} ${(delayMs / 1000).toFixed(1)} s after ${whileAdding ? 'its first commit' : 'the start'}: ${before} → ${after} stored`,
      );
    }
    result.killSeconds = seconds(started);
    const finalOutput = (await ingest([folder], db, batch)).trimEnd();
    log(`final ingest: ${finalOutput}`);
    const got = await indexOutcome(db);
    const out: KillResult = {
      ...result,
      finalOutput,
      differences: outcomeDifferences(want, got),
      articles: got.count,
      stories: got.stories.length,
      derivations: got.derivations.length,
      check: check(db),
    };

    if (o.concurrent > 0) {
      const shared = join(dir, 'concurrent.db');
      started = performance.now();
      // Each process reads the whole corpus from a different starting point, so every article is
      // offered by all of them at once or nearly: the overlap is total.
      const writers = Array.from({ length: o.concurrent }, (_, i) => {
        const from = Math.floor((i * files.length) / o.concurrent);
        return startIngest([...files.slice(from), ...files.slice(0, from)], shared, batch);
      });
      for (const w of writers) {
        const { code } = await ended(w);
        if (code !== 0) throw new Error(`concurrent ingest failed (${code}):\n${w.output}`);
      }
      const concurrentSeconds = seconds(started);
      const got = await indexOutcome(shared);
      // The writers interleave their batches: another arrival order than the clean run's, which may
      // make other pairs candidates (the per-article limits, rarity at arrival). Replayed in one
      // process in the same order, the result must be the same: else concurrency changed it.
      const replay = join(dir, 'replay.db');
      await ingest(commitOrder(shared), replay, batch);
      out.concurrent = {
        seconds: concurrentSeconds,
        differences: outcomeDifferences(want, got),
        replayDifferences: outcomeDifferences(await indexOutcome(replay), got),
        check: check(shared),
      };
    }
    return out;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      kills: { type: 'string', default: '100' },
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      batch: { type: 'string', default: '25' },
      'max-delay': { type: 'string', default: '12' },
      minutes: { type: 'string', default: '10' },
      concurrent: { type: 'string', default: '4' },
    },
  });
  const r = await killIngest({
    kills: Number(values.kills),
    articles: Number(values.articles),
    seed: Number(values.seed),
    batch: Number(values.batch),
    maxDelaySeconds: Number(values['max-delay']),
    minutes: Number(values.minutes),
    concurrent: Number(values.concurrent),
    log: (line) => console.log(line),
  });
  const grew = r.storedAfterKill.filter((n, i) => n > (r.storedAfterKill[i - 1] ?? 0)).length;
  console.log(
    [
      '',
      `corpus: ${r.files} fictional articles; clean ingest ${r.cleanSeconds} s`,
      `${r.kills} SIGKILLs in ${r.killSeconds} s (${r.killedWhileAdding} while the run was adding articles; ${r.killedBeforeCommit} before the run had committed new articles, ${grew} after; ${r.finishedFirst} run(s) finished before their kill); stored after the last kill: ${r.storedAfterKill.at(-1) ?? 0}`,
      `final ingest: ${r.finalOutput}`,
      `after the kills: ${r.articles} articles, ${r.stories} stories, ${r.derivations} derivations; against the clean run: ${r.differences.length === 0 ? 'identical' : `${r.differences.length} difference(s)`}`,
      ...r.differences.map((d) => `  ${d}`),
      `check: exit ${r.check.status}: ${r.check.summary.split('\n').at(-1)}`,
      ...(r.concurrent
        ? [
            `${values.concurrent} concurrent ingests of the whole corpus (each from another starting point) on one file: ${r.concurrent.seconds} s; against one process ingesting in the order they committed: ${r.concurrent.replayDifferences.length === 0 ? 'identical' : `${r.concurrent.replayDifferences.length} difference(s)`}`,
            ...r.concurrent.replayDifferences.map((d) => `  ${d}`),
            `against the clean run (another arrival order): ${r.concurrent.differences.length === 0 ? 'identical' : `${r.concurrent.differences.length} difference(s)`}`,
            ...r.concurrent.differences.map((d) => `  ${d}`),
            `check: exit ${r.concurrent.check.status}: ${r.concurrent.check.summary.split('\n').at(-1)}`,
          ]
        : []),
    ].join('\n'),
  );
  const failed =
    r.differences.length > 0 ||
    r.check.status !== 0 ||
    (r.concurrent && (r.concurrent.replayDifferences.length > 0 || r.concurrent.check.status !== 0));
  process.exit(failed ? 1 : 0);
}
