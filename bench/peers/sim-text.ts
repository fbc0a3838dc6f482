// Runs Debian's sim_text (package similarity-tester, Dick Grune's similarity tester) over a folder of
// .txt files in percentage mode and reads back which article consists for how much of which other.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One line of `sim_text -p`: `a` consists for `percent` % of `b` material. */
export interface SimTextPair {
  a: string;
  b: string;
  percent: number;
}

/** Settings of a sim_text run; see `runSimText` for the defaults and why. */
export interface SimTextOptions {
  /** -r: the shortest run of equal words that counts (sim_text's default: 8). */
  runLength?: number;
  /** -t: the lowest percentage reported (sim_text's default: 20). */
  threshold?: number;
  /** -e: compare each file with each other file on its own (exact, quadratic in files). */
  eachPair?: boolean;
  /**
   * Compare only these files, sim_text's "new" group, with the others ("old" files, never compared
   * among themselves): -S, and a / between the groups. How sim_text answers for articles arriving at
   * a corpus it has seen.
   */
  arriving?: string[];
}

/** Why sim_text cannot run here, or undefined when it can. */
export function simTextMissing(): string | undefined {
  const probe = spawnSync('sim_text', ['-v'], { encoding: 'utf8' });
  if (probe.error === undefined) return undefined;
  return `sim_text not found (${probe.error.message}): install Debian's similarity-tester, e.g. apt-get install -y similarity-tester`;
}

const percentLine = /^(.+)\.txt consists for (\d+) % of (.+)\.txt material$/;

/** The pairs of `sim_text -p` output, file names turned back into ids ("s00012-orig.txt" → "s00012-orig"). */
export function parsePercentages(output: string): SimTextPair[] {
  const pairs: SimTextPair[] = [];
  for (const line of output.split('\n')) {
    const m = percentLine.exec(line);
    if (m) pairs.push({ a: m[1] as string, b: m[3] as string, percent: Number(m[2]) });
  }
  return pairs;
}

/**
 * Runs `sim_text -p` on `<folder>/<id>.txt` for each of `ids` and times it (wall clock, sim_text alone).
 * File names go in on standard input (-i), one a line: 10,000 names would overflow the argument list.
 * Defaults, and why:
 * - `-p` percentages ("A consists for x % of B material"), so a pair has a score to threshold;
 * - `-r 8` (sim_text's own default for text): eight equal words in a row, long enough that stock
 *   phrases ("said on Tuesday that the") rarely make a run;
 * - `-t 20` (its default for text): a pair shares at least a fifth of one side;
 * - `-e`: each file against each other file on its own. Without it sim_text matches each stretch of a
 *   file only to its longest equal stretch further on in all files, so when one original has two copies
 *   (or stories share a base text) a stretch goes to one of them and the other pair loses its share. -e is
 *   what the manual recommends for exact percentages; it costs time quadratic in the number of files.
 * - no `-a`: sim_text then compares each pair once, the earlier file (in name order) against the later;
 *   -a adds the other direction at three times the cost (measured at 2,000 articles).
 * @example (await runSimText('/tmp/corpus', ['s00000-orig', 's00000-copy1'])).pairs
 */
export async function runSimText(
  folder: string,
  ids: string[],
  options: SimTextOptions = {},
): Promise<{ seconds: number; pairs: SimTextPair[] }> {
  const missing = simTextMissing();
  if (missing) throw new Error(missing);
  const { runLength = 8, threshold = 20, eachPair = true, arriving } = options;
  const out = mkdtempSync(join(tmpdir(), 'newstrace-sim-text-'));
  const outFile = join(out, 'percentages.txt');
  const args = ['-i', '-p', '-T', '-r', String(runLength), '-t', String(threshold), '-o', outFile];
  if (eachPair) args.push('-e');
  if (arriving) args.push('-S');
  const names = (list: string[]) => list.map((id) => `${id}.txt`).join('\n');
  const fresh = new Set(arriving);
  const input = arriving
    ? `${names(arriving)}\n/\n${names(ids.filter((id) => !fresh.has(id)))}\n`
    : `${names(ids)}\n`;
  try {
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      // Run in the folder so names are short and parse back to ids; stderr is kept for the error.
      const child = spawn('sim_text', args, { cwd: folder, stdio: ['pipe', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new Error(`sim_text exited with ${code}: ${stderr.trim()}`)),
      );
      child.stdin.end(input);
    });
    const seconds = (performance.now() - started) / 1000;
    return { seconds, pairs: parsePercentages(readFileSync(outFile, 'utf8')) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
