// The one place the stages are put in order: ingest → normalize → segment → represent → candidates
// → align → classify → stories → provenance → quotes. `analyze` runs them through a corpus index held
// in memory, the same code path as `newstrace ingest` into a database.
import type { CandidateRules } from './candidates/choose.ts';
import type { PairVerdict } from './classify/index.ts';
import { openCorpusIndex } from './corpus-index/index.ts';
import type { Contribution } from './coverage/types.ts';
import type { Diagnostic } from './errors.ts';
import { type IngestOptions, ingest } from './ingest/index.ts';
import type { RawArticle } from './ingest/types.ts';
import type { Provenance } from './provenance/index.ts';
import { extractQuotes, type Quote, type QuoteFindings, quoteStage } from './quotes/index.ts';
import type { RepresentedArticle } from './represent/index.ts';
import { segmentBatch } from './segment/batch.ts';
import { openSqliteStore } from './store/sqlite.ts';
import type { Story } from './stories/index.ts';

/** What each article of one story brings to it (`story` is the Story's id). */
export interface StoryCoverage {
  story: string;
  contributions: Contribution[];
}

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /**
   * Sentence vectors: `glove` (default; GloVe SIF, fast) or `use` (adds the Universal Sentence
   * Encoder, ~100× slower, for articles that reach alignment).
   */
  semantic?: 'glove' | 'use';
  candidates?: Partial<CandidateRules>;
  /** Align every pair instead of the candidates the index finds (for measuring what pruning saves). */
  compareAll?: boolean;
  /** Called as work advances: stage name, units done, units in all. */
  onProgress?: (stage: string, done: number, total: number) => void;
}

/** Everything `analyze` found. */
export interface Analysis {
  articles: RepresentedArticle[];
  stories: Story[];
  verdicts: PairVerdict[];
  provenance: Provenance;
  /** Every direct quotation, and how its versions differ across each story. */
  quotes: QuoteFindings;
  /** Per story (with more than one article too), what each article brings to it. */
  coverage: StoryCoverage[];
  diagnostics: Diagnostic[];
  /** How many article pairs were aligned after pruning, of how many possible. */
  pairs: { aligned: number; possible: number };
}

/**
 * How paths are read: `stdin` supplies the bytes for `-`; `charset` is the character set of inputs
 * that declare none (see IngestOptions.charset; an unknown name throws NewstraceError).
 */
export type ReadingOptions = Pick<IngestOptions, 'stdin' | 'charset'>;

const readingOptions = (options: ReadingOptions): IngestOptions => ({
  ...(options.stdin ? { stdin: options.stdin } : {}),
  ...(options.charset ? { charset: options.charset } : {}),
});

/** Reads the paths (files or folders) and analyses every article that could be read. */
export async function analyzePaths(
  paths: string[],
  options: AnalyzeOptions & ReadingOptions = {},
): Promise<Analysis> {
  const { articles, diagnostics } = await ingest(paths, readingOptions(options));
  const analysis = await analyze(articles, options);
  return { ...analysis, diagnostics: [...diagnostics, ...analysis.diagnostics] };
}

/**
 * Analyses articles already read: each is added to an index in memory (compared with the articles
 * its keys point at), then stories, verdicts and provenance are read back in input order.
 */
export async function analyze(raw: RawArticle[], options: AnalyzeOptions = {}): Promise<Analysis> {
  const index = await openCorpusIndex(openSqliteStore(':memory:'), {
    cacheSize: Number.POSITIVE_INFINITY,
    ...(options.semantic ? { semantic: options.semantic } : {}),
    ...(options.candidates ? { candidates: options.candidates } : {}),
    ...(options.compareAll ? { compareAll: true } : {}),
  });
  try {
    const report = await index.add(raw, options.onProgress);
    const ids = report.added;
    const position = new Map(ids.map((id, i) => [id, i]));
    const at = (id: string) => position.get(id) as number;
    const articles = await index.represented(ids);
    const verdicts = (await index.verdictsAmong(ids)).sort((x, y) => at(x.a) - at(y.a) || at(x.b) - at(y.b));
    const rows = (await index.store.stories()).sort(
      (x, y) => at(x.ids[0] as string) - at(y.ids[0] as string),
    );
    const stories = rows.map((row, i) => ({ id: `s${i + 1}`, articles: row.ids }));
    const found: Provenance = { derivations: [], kinships: [] };
    const coverage: StoryCoverage[] = [];
    for (const [i, row] of rows.entries()) {
      const { derivations, kinships, contributions } = await index.store.storyFindings(row.story);
      found.derivations.push(...derivations);
      found.kinships.push(...kinships);
      coverage.push({ story: (stories[i] as Story).id, contributions });
    }
    return {
      articles,
      stories,
      verdicts,
      provenance: found,
      quotes: quoteStage(articles, stories, found.derivations, verdicts),
      coverage,
      diagnostics: report.diagnostics,
      pairs: { aligned: verdicts.length, possible: (ids.length * (ids.length - 1)) / 2 },
    };
  } finally {
    await index.close();
  }
}

/** The direct quotations of every article that could be read, with the problems met on the way. */
export async function quotesOfPaths(
  paths: string[],
  options: ReadingOptions = {},
): Promise<{
  articles: Array<{ id: string; path: string; title: string }>;
  quotes: Quote[];
  diagnostics: Diagnostic[];
}> {
  const { articles, diagnostics } = await ingest(paths, readingOptions(options));
  const segmented = segmentBatch(articles).map((a) => a.segmented);
  return {
    articles: segmented.map((a) => ({ id: a.id, path: a.path, title: a.title })),
    quotes: segmented.flatMap(extractQuotes),
    diagnostics,
  };
}
