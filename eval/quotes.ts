// Direct-quote extraction and speaker attribution measured on PolNeAR (train or dev), with an error listing.
//
// Gold quotes are the quoted runs of PolNeAR's Content spans (eval/polnear.ts says how they are cut).
// Predicted pieces are every `part` of every Quote `extractQuotes` finds, except the parts of
// fragments (one or two words) without a speaker: unattributed scare quotes are not claimed as
// quotations. A predicted piece matches a gold quote when they share at least half of the longer
// one's characters; matching is one-to-one, greedy by overlap (largest first). Precision = matched
// predicted / predicted, recall = matched gold / gold. For information, the same is counted with
// exact spans: identical offsets once whitespace and trailing .,;:!? are trimmed from both.
// Speaker accuracy: over matched gold quotes whose attribution has a Source, the share whose
// predicted piece's speakerSpan (its Quote's) overlaps one of the Source spans by a character or more.
//
// Usage: node --import tsx eval/quotes.ts [--part dev|train] [--errors N] [--folder DIR]
// (DIR holds train/ and dev/; default ../shared/eval/polnear).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { normalize } from '../src/normalize/index.ts';
import { extractQuotes } from '../src/quotes/index.ts';
import type { Quote } from '../src/quotes/types.ts';
import { type SegmentedArticle, segment } from '../src/segment/index.ts';
import { type GoldQuote, type PolnearDoc, readPolnear, type Span, trimSpan } from './polnear.ts';
import type { EvalRow } from './row.ts';

/** One predicted quoted piece with the speaker mention of its Quote. */
export interface PredictedPiece {
  start: number;
  end: number;
  speakerSpan: Span | null;
  /** The Quote's id. */
  quote: string;
}

/** One article as scored: its text, gold quotes and predicted pieces. */
export interface QuoteCase {
  name: string;
  text: string;
  gold: GoldQuote[];
  predicted: PredictedPiece[];
  /** Pieces left out of `predicted` (unattributed fragments), shown in the error listing only. */
  dropped?: PredictedPiece[];
  /** Every Content span fragment of the gold annotation, to say where a spurious piece lies. */
  contents?: Span[];
}

/** Counts and ratios over a set of articles. Ratios with nothing to count are 1 (0 for precision when gold exists). */
export interface QuoteScores {
  articles: number;
  gold: number;
  predicted: number;
  /** Pairs matched under the half-overlap rule (as many gold quotes as predicted pieces). */
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  exactMatched: number;
  exactF1: number;
  /** Matched gold quotes that have a Source span, and how many of them got a right speaker. */
  speakerQuotes: number;
  speakerRight: number;
  speakerAccuracy: number;
}

/** The pieces a list of Quotes claims (`counted`) and the unattributed fragments' pieces (`dropped`). */
export function predictedPieces(quotes: Quote[]): { counted: PredictedPiece[]; dropped: PredictedPiece[] } {
  const counted: PredictedPiece[] = [];
  const dropped: PredictedPiece[] = [];
  for (const q of quotes) {
    const into = q.fragment && q.speaker === null ? dropped : counted;
    for (const [start, end] of q.parts) into.push({ start, end, speakerSpan: q.speakerSpan, quote: q.id });
  }
  return { counted, dropped };
}

/** Characters two spans share. */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** `span` without whitespace around it and without trailing .,;:!? (the exact-span comparison). */
export function exactSpan(text: string, span: Span): Span {
  let [start, end] = trimSpan(text, span);
  while (end > start && /[\s.,;:!?]/.test(text[end - 1] as string)) end--;
  return [start, end];
}

/**
 * One-to-one matching of predicted spans to gold spans, as [predicted index, gold index] pairs.
 * Default rule: the overlap is at least half of the longer span (and not empty); `exact`: identical
 * offsets. Greedy: the pairs with the largest overlap are taken first, ties in text order.
 */
export function matchSpans(predicted: Span[], gold: Span[], exact = false): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = [];
  predicted.forEach((p, i) => {
    gold.forEach((g, j) => {
      const shared = overlap(p, g);
      const longer = Math.max(p[1] - p[0], g[1] - g[0]);
      const ok = exact ? p[0] === g[0] && p[1] === g[1] && longer > 0 : shared > 0 && 2 * shared >= longer;
      if (ok) candidates.push([shared, i, j]);
    });
  });
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, i, j] of candidates) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    pairs.push([i, j]);
  }
  return pairs.sort((a, b) => a[1] - b[1]);
}

const spanOf = (x: { start: number; end: number }): Span => [x.start, x.end];

/** Whether a predicted speaker mention shares a character with one of the gold Source spans. */
export function speakerRight(speakerSpan: Span | null, sources: Span[]): boolean {
  return speakerSpan !== null && sources.some((s) => overlap(speakerSpan, s) > 0);
}

/** Precision, recall, F1 (half-overlap and exact) and speaker accuracy over `cases`, pooled over articles. */
export function scoreQuotes(cases: QuoteCase[]): QuoteScores {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let exactMatched = 0;
  let speakerQuotes = 0;
  let right = 0;
  for (const c of cases) {
    gold += c.gold.length;
    predicted += c.predicted.length;
    const pairs = matchSpans(c.predicted.map(spanOf), c.gold.map(spanOf));
    matched += pairs.length;
    for (const [i, j] of pairs) {
      const sources = (c.gold[j] as GoldQuote).sources;
      if (!sources) continue;
      speakerQuotes++;
      if (speakerRight((c.predicted[i] as PredictedPiece).speakerSpan, sources)) right++;
    }
    exactMatched += matchSpans(
      c.predicted.map((p) => exactSpan(c.text, spanOf(p))),
      c.gold.map((g) => exactSpan(c.text, spanOf(g))),
      true,
    ).length;
  }
  const precisionOf = (m: number) => (predicted === 0 ? (gold === 0 ? 1 : 0) : m / predicted);
  const recallOf = (m: number) => (gold === 0 ? 1 : m / gold);
  const f1Of = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const precision = precisionOf(matched);
  const recall = recallOf(matched);
  return {
    articles: cases.length,
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1: f1Of(precision, recall),
    exactMatched,
    exactF1: f1Of(precisionOf(exactMatched), recallOf(exactMatched)),
    speakerQuotes,
    speakerRight: right,
    speakerAccuracy: speakerQuotes === 0 ? 1 : right / speakerQuotes,
  };
}

/** One error for analysis: what went wrong, a fixed label of why (for tallies), and where. */
export interface QuoteError {
  kind: 'missed' | 'spurious' | 'wrong speaker';
  /**
   * missed: `boundary` (a predicted piece overlaps, under half), `unattributed fragment` (predicted
   * but dropped as a speakerless fragment), `nothing predicted`; spurious: `boundary` (overlaps a gold
   * quote), `inside a Content span`, `outside every Content span`; wrong speaker: `no speaker`,
   * `other speaker`.
   */
  cause: string;
  article: string;
  span: Span;
  /** The text around the span, the span in [[ ]], line breaks as ⏎. */
  context: string;
  /** Speakers: gold Source text and predicted mention, when they apply. */
  note: string;
}

/** The text around `span` with the span marked, shortened to about `width` characters of each part. */
export function contextOf(text: string, [start, end]: Span, width = 50): string {
  const flat = (s: string) => s.replace(/\n/g, '⏎');
  const inner = text.slice(start, end);
  const shown =
    inner.length > 2 * width ? `${inner.slice(0, width)} … ${inner.slice(inner.length - width)}` : inner;
  return `…${flat(text.slice(Math.max(0, start - width), start))}[[${flat(shown)}]]${flat(text.slice(end, end + width))}…`;
}

/** Missed gold quotes, spurious predicted pieces and matched quotes with a wrong speaker, in text order. */
export function quoteErrors(c: QuoteCase): QuoteError[] {
  const pairs = matchSpans(c.predicted.map(spanOf), c.gold.map(spanOf));
  const goldOf = new Map(pairs.map(([i, j]) => [j, i]));
  const predictedOf = new Map(pairs.map(([i, j]) => [i, j]));
  const mention = (s: Span | null) => (s ? `"${c.text.slice(s[0], s[1])}"` : 'none');
  const sourcesText = (g: GoldQuote) =>
    g.sources ? g.sources.map(([a, b]) => `"${c.text.slice(a, b)}"`).join(' + ') : 'none';
  const errors: QuoteError[] = [];
  const add = (kind: QuoteError['kind'], cause: string, span: Span, note: string) =>
    errors.push({ kind, cause, article: c.name, span, context: contextOf(c.text, span), note });
  c.gold.forEach((g, j) => {
    const i = goldOf.get(j);
    const span = spanOf(g);
    if (i === undefined) {
      const touching = c.predicted.find((p) => overlap(spanOf(p), span) > 0);
      const dropped = (c.dropped ?? []).find((p) => overlap(spanOf(p), span) > 0);
      const cause = touching ? 'boundary' : dropped ? 'unattributed fragment' : 'nothing predicted';
      const near = touching ? `; predicted ${contextOf(c.text, spanOf(touching), 30)}` : '';
      add('missed', cause, span, `gold speaker ${sourcesText(g)}${near}`);
      return;
    }
    const p = c.predicted[i] as PredictedPiece;
    if (g.sources && !speakerRight(p.speakerSpan, g.sources))
      add(
        'wrong speaker',
        p.speakerSpan ? 'other speaker' : 'no speaker',
        span,
        `gold ${sourcesText(g)}, predicted ${mention(p.speakerSpan)}`,
      );
  });
  c.predicted.forEach((p, i) => {
    if (predictedOf.has(i)) return;
    const span = spanOf(p);
    const cause = c.gold.some((g) => overlap(spanOf(g), span) > 0)
      ? 'boundary'
      : (c.contents ?? []).some((s) => overlap(s, span) > 0)
        ? 'inside a Content span'
        : 'outside every Content span';
    add('spurious', cause, span, `predicted speaker ${mention(p.speakerSpan)}`);
  });
  return errors.sort((a, b) => a.span[0] - b.span[0]);
}

/** A PolNeAR text as the pipeline reads an article: normalised and segmented, its name as id. */
export function polnearArticle(doc: PolnearDoc): SegmentedArticle {
  return segment(normalize({ id: doc.name, path: doc.path, text: doc.text, meta: {} }));
}

/** Reads `folder/part` and runs `extract` on every article (as the pipeline would: normalize, segment). */
export function polnearCases(
  folder: string,
  part: 'train' | 'dev',
  extract: (article: SegmentedArticle) => Quote[] = extractQuotes,
): QuoteCase[] {
  return readPolnear(join(folder, part)).map((doc) => {
    const article = polnearArticle(doc);
    const { counted, dropped } = predictedPieces(extract(article));
    return {
      name: doc.name,
      text: doc.text,
      gold: doc.quotes,
      predicted: counted,
      dropped,
      contents: doc.contents,
    };
  });
}

/** The table rows for a scored part. */
export function quoteRows(scores: QuoteScores, part: 'train' | 'dev'): EvalRow[] {
  const data = `PolNeAR ${part}`;
  const setting = `${scores.articles} articles, ${scores.gold} gold quotes`;
  return [
    { measurement: 'quote precision', data, setting, value: scores.precision },
    { measurement: 'quote recall', data, setting, value: scores.recall },
    { measurement: 'quote F1', data, setting, value: scores.f1, target: 0.95 },
    { measurement: 'quote F1 (exact spans)', data, setting, value: scores.exactF1 },
    {
      measurement: 'speaker accuracy',
      data,
      // The speaker ranker is trained on PolNeAR train: there the figure is in-sample (its
      // cross-validated value is printed by scripts/train-speaker-ranker.ts); dev is held out.
      setting: `${scores.articles} articles, ${scores.speakerQuotes} matched quotes with a source${part === 'train' ? ', in-sample for the ranker' : ''}`,
      value: scores.speakerAccuracy,
      target: 0.9,
    },
  ];
}

/**
 * Quote precision, recall, F1 (target 0.95), exact-span F1 and speaker accuracy (target 0.90) on one
 * part of PolNeAR; `folder` holds `train/` and `dev/`. `extract` defaults to the quotes stage.
 */
export function evaluateQuotes(
  folder: string,
  part: 'train' | 'dev',
  extract?: (article: SegmentedArticle) => Quote[],
): EvalRow[] {
  return quoteRows(scoreQuotes(polnearCases(folder, part, extract)), part);
}

/** `n` errors spread over the list in a fixed pseudo-random order, so a sample mixes articles and kinds. */
export function sampleErrors(errors: QuoteError[], n: number, seed = 1): QuoteError[] {
  const order = errors.map((_, i) => i);
  let state = seed;
  for (let i = order.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order.slice(0, n).map((i) => errors[i] as QuoteError);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { part: { type: 'string' }, errors: { type: 'string' }, folder: { type: 'string' } },
  });
  const part = values.part === 'train' ? 'train' : 'dev';
  const folder = values.folder ?? new URL('../../shared/eval/polnear', import.meta.url).pathname;
  const cases = polnearCases(folder, part);
  const scores = scoreQuotes(cases);
  for (const r of quoteRows(scores, part)) {
    const target = r.target === undefined ? '' : `  (target ${r.target.toFixed(2)})`;
    console.log(`${r.measurement.padEnd(24)} ${(r.value as number).toFixed(4)}${target}`);
  }
  console.log(
    `${scores.articles} articles, ${scores.gold} gold quotes, ${scores.predicted} predicted pieces, ` +
      `${scores.matched} matched (${scores.exactMatched} exactly), speaker right ${scores.speakerRight}/${scores.speakerQuotes}`,
  );
  const n = Number(values.errors ?? 0);
  if (n > 0) {
    const errors = cases.flatMap(quoteErrors);
    const tally = new Map<string, number>();
    for (const e of errors) tally.set(`${e.kind}: ${e.cause}`, (tally.get(`${e.kind}: ${e.cause}`) ?? 0) + 1);
    console.log(`\n${errors.length} errors:`);
    for (const [k, v] of [...tally].sort((a, b) => b[1] - a[1]))
      console.log(`  ${String(v).padStart(5)}  ${k}`);
    console.log('');
    for (const e of sampleErrors(errors, n)) {
      console.log(`${e.kind} (${e.cause}) ${e.article}\n  ${e.context}\n  ${e.note}`);
    }
  }
}
