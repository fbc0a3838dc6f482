// What an ingest leaves in an index, in terms that must not depend on how it got there (one run or
// many, killed or not, one process or several at once): the articles, the stories as sets of ids,
// the derivations as (original, copy, scope, method). Used by bench/kill-ingest.ts and the crash and
// concurrency tests; also writes the fictional corpus they ingest and runs `newstrace ingest`.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../src/store/open.ts';
import { generateCorpus } from './corpus/generate.ts';

const cli = new URL('../bin/newstrace.js', import.meta.url).pathname;

/**
 * Writes a generated fictional corpus (originals, copies of each kind, independent reports of the
 * same event) to `folder` as Markdown files with their publication time; returns the file paths.
 */
export function writeFictionalCorpus(folder: string, articles: number, seed = 1): string[] {
  mkdirSync(folder, { recursive: true });
  return generateCorpus({ articles, seed, independent: true }).articles.map((a) => {
    const path = join(folder, `${a.id}.md`);
    writeFileSync(path, `---\npublished: ${a.published}\n---\n${a.text}\n`);
    return path;
  });
}

/** Starts `newstrace ingest` on `paths` into `db`; stdout and stderr are collected on the process. */
export function startIngest(
  paths: string[],
  db: string,
  extra: string[] = [],
): ChildProcess & { output: string } {
  const child = spawn(process.execPath, [cli, 'ingest', ...paths, '--db', db, '--no-progress', ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  }) as ChildProcess & { output: string };
  child.output = '';
  child.stdout?.on('data', (d) => {
    child.output += d;
  });
  child.stderr?.on('data', (d) => {
    child.output += d;
  });
  return child;
}

/** Waits for a process to end: its exit code, or the signal that ended it. */
export function ended(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** Runs `newstrace ingest` to its end; throws with its output when it fails. */
export async function ingest(paths: string[], db: string, extra: string[] = []): Promise<string> {
  const child = startIngest(paths, db, extra);
  const { code, signal } = await ended(child);
  if (code !== 0) throw new Error(`ingest ended with ${signal ?? code}:\n${child.output}`);
  return child.output;
}

/** An index's content, each part sorted so that two indexes compare as values. */
export interface IndexOutcome {
  /** Every stored article's id, as listed by its story. */
  ids: string[];
  /** The number of article rows. */
  count: number;
  /** Each story as its sorted ids, joined by spaces. */
  stories: string[];
  /** Each derivation as "original → copy (scope, method)". */
  derivations: string[];
}

/** Reads what the index at `db` (a SQLite file or a postgres:// URL) holds. */
export async function indexOutcome(db: string): Promise<IndexOutcome> {
  const store = await openStore(db, { existing: true });
  try {
    const rows = await store.stories();
    const derivations: string[] = [];
    for (const row of rows)
      for (const d of (await store.storyFindings(row.story)).derivations)
        derivations.push(`${d.original} → ${d.copy} (${d.scope}, ${d.method})`);
    return {
      ids: rows.flatMap((r) => r.ids).sort(),
      count: await store.count(),
      stories: rows.map((r) => [...r.ids].sort().join(' ')).sort(),
      derivations: derivations.sort(),
    };
  } finally {
    await store.close();
  }
}

/** The entries of one sorted list missing from another. */
const missingFrom = (xs: string[], ys: string[]) => {
  const have = new Set(ys);
  return xs.filter((x) => !have.has(x));
};

/** Ids listed more than once. */
export function doubled(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => seen.has(id) || !seen.add(id));
}

/**
 * How `got` differs from `want`, one line per difference (empty when they hold the same): articles
 * lost or doubled, stories and derivations only in one of them.
 */
export function outcomeDifferences(want: IndexOutcome, got: IndexOutcome): string[] {
  const out: string[] = [];
  if (got.count !== got.ids.length)
    out.push(`${got.count} article rows, ${got.ids.length} listed in stories`);
  for (const id of doubled(got.ids)) out.push(`article ${id} stored twice`);
  for (const id of missingFrom(want.ids, got.ids)) out.push(`article ${id} lost`);
  for (const id of missingFrom(got.ids, want.ids)) out.push(`article ${id} not expected`);
  for (const s of missingFrom(want.stories, got.stories)) out.push(`story missing: ${s}`);
  for (const s of missingFrom(got.stories, want.stories)) out.push(`story not expected: ${s}`);
  for (const d of missingFrom(want.derivations, got.derivations)) out.push(`derivation missing: ${d}`);
  for (const d of missingFrom(got.derivations, want.derivations)) out.push(`derivation not expected: ${d}`);
  return out;
}
