// The one place the stages are put in order: ingest → normalize → segment → represent → candidates
// → align → classify → stories → provenance → quotes.
import { align } from './align/index.ts';
import { documentVector } from './candidates/document-vector.ts';
import {
  type CandidateOptions,
  candidatePairs,
  defaultCandidateOptions,
} from './candidates/inverted-index.ts';
import { classify, type PairVerdict } from './classify/index.ts';
import { type Diagnostic, diagnostic } from './errors.ts';
import { ingest } from './ingest/index.ts';
import type { RawArticle } from './ingest/types.ts';
import { normalize } from './normalize/index.ts';
import { type Provenance, provenance } from './provenance/index.ts';
import { extractQuotes, type Quote, type QuoteFindings, quoteStage } from './quotes/index.ts';
import { addSentenceVectors, type RepresentedArticle, represent } from './represent/index.ts';
import { findBoilerplate } from './segment/boilerplate.ts';
import { isWordToken, type SegmentedArticle, segment } from './segment/index.ts';
import { paragraphs } from './segment/paragraphs.ts';
import { groupStories, type Story } from './stories/index.ts';

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /**
   * Sentence vectors: `glove` (default; GloVe SIF, fast) or `use` (adds the Universal Sentence
   * Encoder, ~100× slower, for articles that reach alignment).
   */
  semantic?: 'glove' | 'use';
  candidates?: Partial<CandidateOptions>;
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
  diagnostics: Diagnostic[];
  /** How many article pairs were aligned after pruning, of how many possible. */
  pairs: { aligned: number; possible: number };
}

/** Least size of an analysable text. */
const minSentences = 2;
const minWords = 12;

/**
 * Normalises and segments articles, leaving out boilerplate paragraphs: a publisher's lines repeated
 * across the input are found by comparing all articles, so this step sees them together.
 */
function segmentAll(raw: RawArticle[]): SegmentedArticle[] {
  const normalized = raw.map(normalize);
  const boilerplate = findBoilerplate(
    normalized.map((a) => ({
      id: a.id,
      ...(a.meta.publisher ? { publisher: a.meta.publisher } : {}),
      paragraphs: paragraphs(a.text).map((p) => p.text),
    })),
  );
  return normalized.map((a) => segment(a, boilerplate.get(a.id)));
}

/** Reads the paths (files or folders) and analyses every article that could be read. */
export async function analyzePaths(
  paths: string[],
  options: AnalyzeOptions & { stdin?: () => Uint8Array } = {},
): Promise<Analysis> {
  const { articles, diagnostics } = await ingest(paths, options.stdin ? { stdin: options.stdin } : {});
  const analysis = await analyze(articles, options);
  return { ...analysis, diagnostics: [...diagnostics, ...analysis.diagnostics] };
}

/** Analyses articles already read: stories, verdicts for every candidate pair, provenance. */
export async function analyze(raw: RawArticle[], options: AnalyzeOptions = {}): Promise<Analysis> {
  const progress = options.onProgress ?? (() => {});
  const diagnostics: Diagnostic[] = [];
  const articles: RepresentedArticle[] = [];
  segmentAll(raw).forEach((segmented, i) => {
    const r = raw[i] as RawArticle;
    const words = segmented.sentences.reduce((n, s) => n + s.tokens.filter(isWordToken).length, 0);
    if (segmented.sentences.length < minSentences || words < minWords) {
      const detail = `${segmented.sentences.length} sentence(s), ${words} word(s)`;
      diagnostics.push(diagnostic('NT_INGEST_TOO_SHORT', 'segment', r.path, detail));
    } else articles.push(represent(segmented));
    progress('read', i + 1, raw.length);
  });
  const vectors = articles.map(documentVector);
  const candidates = candidatePairs(vectors, { ...defaultCandidateOptions, ...options.candidates });
  if (options.semantic === 'use') {
    const involved = new Set(candidates.flatMap((c) => [c.a, c.b]));
    await addSentenceVectors(articles.filter((_, i) => involved.has(i)));
  }
  const verdicts = candidates.map((c, i) => {
    const a = articles[c.a] as RepresentedArticle;
    const b = articles[c.b] as RepresentedArticle;
    progress('compare', i + 1, candidates.length);
    return classify(align(a, b), a, b, c.cosine);
  });
  const stories = groupStories(
    articles.map((a) => a.id),
    verdicts,
  );
  const found = provenance(articles, verdicts, stories);
  return {
    articles,
    stories,
    verdicts,
    provenance: found,
    quotes: quoteStage(articles, stories, found.derivations, verdicts),
    diagnostics,
    pairs: { aligned: candidates.length, possible: (articles.length * (articles.length - 1)) / 2 },
  };
}

/** The direct quotations of every article that could be read, with the problems met on the way. */
export async function quotesOfPaths(
  paths: string[],
  options: { stdin?: () => Uint8Array } = {},
): Promise<{
  articles: Array<{ id: string; path: string; title: string }>;
  quotes: Quote[];
  diagnostics: Diagnostic[];
}> {
  const { articles, diagnostics } = await ingest(paths, options.stdin ? { stdin: options.stdin } : {});
  const segmented = segmentAll(articles);
  return {
    articles: segmented.map((a) => ({ id: a.id, path: a.path, title: a.title })),
    quotes: segmented.flatMap(extractQuotes),
    diagnostics,
  };
}
