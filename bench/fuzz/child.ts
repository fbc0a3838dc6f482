// One run of the fuzz harness in a child process: reads each hostile input as `newstrace analyze` does, then analyses them beside the good articles.
// Usage: node --import tsx bench/fuzz/child.ts <manifest.json>   ({ inputs: string[], goods: string[] })
// Prints one JSON line (see ChildResult); exits 3 on an exception, as the CLI does.
import { readFileSync } from 'node:fs';
import { exitCodeFor } from '../../faces/cli/diagnostics.ts';
import type { Diagnostic } from '../../src/errors.ts';
import { ingest, uniqueId } from '../../src/ingest/index.ts';
import type { RawArticle } from '../../src/ingest/types.ts';
import { analyze } from '../../src/pipeline.ts';

/** What a child reports: per hostile input, what came of it and how long reading took. */
export interface ChildResult {
  inputs: Array<{ path: string; ms: number; articles: number; codes: string[] }>;
  /** How many of the good articles were analysed (all of them, unless a hostile input harmed them). */
  goodKept: number;
  goods: number;
  /** The exit code `analyze` would give. */
  exit: number;
  /** Whether some diagnostic is an error (then the exit code must be 1). */
  anyError: boolean;
  maxRssMb: number;
  analyzeMs: number;
}

async function main(): Promise<void> {
  const manifest = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as {
    inputs: string[];
    goods: string[];
  };
  const seen = new Set<string>();
  const articles: RawArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  const reads: Array<{ path: string; ms: number }> = [];
  for (const path of [...manifest.goods, ...manifest.inputs]) {
    const start = performance.now();
    const read = await ingest([path]);
    reads.push({ path, ms: performance.now() - start });
    diagnostics.push(...read.diagnostics);
    for (const article of read.articles) articles.push(uniqueId(article, seen, diagnostics));
  }
  const start = performance.now();
  const analysis = await analyze(articles);
  const analyzeMs = performance.now() - start;
  const all = [...diagnostics, ...analysis.diagnostics];
  const analysed = analysis.articles.map((a) => a.path);
  // An input's articles are named `path`, `path#n` (feeds, archives) or `path:n` (JSON lines); a folder's by what is under it.
  const from = (input: string, name: string) =>
    name === input ||
    name.startsWith(`${input}#`) ||
    name.startsWith(`${input}:`) ||
    name.startsWith(`${input}/`);
  const result: ChildResult = {
    inputs: reads.slice(manifest.goods.length).map(({ path, ms }) => ({
      path,
      ms: Math.round(ms),
      articles: analysed.filter((p) => from(path, p)).length,
      codes: all.filter((d) => from(path, d.input)).map((d) => d.code),
    })),
    goodKept: manifest.goods.filter((g) => analysed.includes(g)).length,
    goods: manifest.goods.length,
    exit: exitCodeFor(all),
    anyError: all.some((d) => d.severity === 'error'),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    analyzeMs: Math.round(analyzeMs),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(3);
});
