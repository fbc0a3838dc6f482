// Runs Dolos (@dodona/dolos-lib, Ghent University's plagiarism detector) over a folder of .txt files.
// Dolos is a dependency of bench/package.json only, so the root `npm ci` does not pull it (nor its
// tree-sitter addon, which is compiled at install); it is installed into bench/node_modules on demand.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One pair of files Dolos scored: `similarity` from 0 to 1. */
export interface DolosPair {
  a: string;
  b: string;
  similarity: number;
}

/** Settings of a Dolos run; see `runDolos` for the defaults and why. */
export interface DolosOptions {
  /** Characters per k-gram (Dolos's default: 23). */
  kgramLength?: number;
  /** K-grams per winnowing window (Dolos's default: 17). */
  kgramsInWindow?: number;
  /** Ignore k-grams found in more than this share of the files (the CLI's `-M`; default: none ignored). */
  maxFingerprintPercentage?: number;
  /** Report only pairs at least this similar (default 0.05), to keep 10,000 articles' pairs in memory. */
  minSimilarity?: number;
}

// The few parts of @dodona/dolos-lib 3.5 used here. It is imported by a name held in a variable, so
// `tsc -p .` passes whether bench/node_modules is installed or not.
interface DolosFile {
  id: number;
  path: string;
}
interface DolosFingerprint {
  ignored: boolean;
  files(): DolosFile[];
}
interface DolosReport {
  sharedFingerprints(): DolosFingerprint[];
  /** Each file with the fingerprints it shares and that are not ignored. */
  entries(): Array<{ file: DolosFile; shared: Set<DolosFingerprint> }>;
  getPair(left: DolosFile, right: DolosFile): { similarity: number };
}
interface DolosLib {
  Dolos: new (options: Record<string, unknown>) => { analyzePaths(paths: string[]): Promise<DolosReport> };
}

const benchFolder = fileURLToPath(new URL('../', import.meta.url));
const libName = '@dodona/dolos-lib';

/**
 * Installs bench/package.json's locked dependencies (`npm ci --prefix bench`) when Dolos is not in
 * bench/node_modules yet. The install compiles tree-sitter's addon (its prebuilt binary needs a newer
 * libstdc++ than Debian 12's), about a minute on two cores; the tree-sitter grammars are not built
 * (bench/package.json denies their install scripts): the "char" language needs none of them.
 */
export function ensureDolos(): void {
  if (existsSync(join(benchFolder, 'node_modules', libName, 'package.json'))) return;
  console.error('installing Dolos into bench/node_modules: npm ci --prefix bench …');
  const npm = spawnSync('npm', ['ci', '--prefix', benchFolder, '--no-audit', '--no-fund'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (npm.status !== 0) throw new Error(`npm ci --prefix bench failed (exit ${npm.status ?? npm.signal})`);
}

/** The file's id: its name without folder and ".txt". */
function idOf(file: DolosFile): string {
  return (file.path.split(/[\\/]/).pop() ?? '').replace(/\.txt$/, '');
}

/**
 * Runs Dolos on `<folder>/<id>.txt` for each of `ids` and times it (wall clock: reading, tokenising,
 * indexing and scoring pairs; not the import of the library).
 * Settings, and why:
 * - language "char": Dolos's only language for prose (.txt, .md); it makes every character a token,
 *   the others parse program code with tree-sitter;
 * - k-grams of 23 characters, windows of 17: Dolos's defaults, about four words per k-gram;
 * - no `maxFingerprintPercentage` by default: Dolos keeps every k-gram unless told to drop common ones.
 * Pairs: Dolos's own `report.allPairs()` builds all n(n−1)/2 pairs, 50 million at 10,000 files, most of
 * them sharing nothing; this scores only the pairs that share at least one fingerprint, with Dolos's own
 * `report.getPair`. Every other pair's similarity is 0, so the scores are those allPairs would give.
 * The cost that stays is Dolos's: each pair's longest common fragment is quadratic in the k-grams it
 * shares, and stories written from one base text share hundreds.
 * @example (await runDolos('/tmp/corpus', ['s00000-orig', 's00000-copy1'])).pairs
 */
export async function runDolos(
  folder: string,
  ids: string[],
  options: DolosOptions = {},
): Promise<{ seconds: number; pairs: DolosPair[] }> {
  ensureDolos();
  const { Dolos } = (await import(libName)) as DolosLib;
  const { minSimilarity = 0.05, maxFingerprintPercentage, ...kgrams } = options;
  const started = performance.now();
  const dolos = new Dolos({
    language: 'char',
    ...kgrams,
    ...(maxFingerprintPercentage === undefined ? {} : { maxFingerprintPercentage }),
  });
  const report = await dolos.analyzePaths(ids.map((id) => join(folder, `${id}.txt`)));
  // Dolos numbers files from a counter shared by all its runs in a process; number them 0…n−1 here.
  const entries = report.entries();
  const indexOf = new Map(entries.map((e, i) => [e.file.id, i]));
  const sharers = new Map<DolosFingerprint, Int32Array>();
  for (const fingerprint of report.sharedFingerprints()) {
    if (!fingerprint.ignored)
      sharers.set(
        fingerprint,
        Int32Array.from(fingerprint.files(), (f) => indexOf.get(f.id) ?? -1),
      );
  }
  // Each file against every later file it shares a fingerprint with, once: `seenBy[j] === i` marks j done.
  const seenBy = new Int32Array(entries.length).fill(-1);
  const pairs: DolosPair[] = [];
  entries.forEach((left, i) => {
    for (const fingerprint of left.shared) {
      for (const j of sharers.get(fingerprint) ?? []) {
        if (j <= i || seenBy[j] === i) continue;
        seenBy[j] = i;
        const right = (entries[j] as (typeof entries)[number]).file;
        const { similarity } = report.getPair(left.file, right);
        if (similarity >= minSimilarity) pairs.push({ a: idOf(left.file), b: idOf(right), similarity });
      }
    }
  });
  return { seconds: (performance.now() - started) / 1000, pairs };
}
