// Measures a pair of aligned articles: how much of each the other explains, and how.
import { passagesOf } from '../align/passages.ts';
import type { Alignment, Link, Method, Passage } from '../align/types.ts';
import type { RepresentedArticle } from '../represent/types.ts';
import type { PairMeasures, SideMeasures, TakenPassage } from './types.ts';

/** Sentence scores at or below this are what unrelated sentences of one topic reach (see the note of issue 2). */
const chanceScore = 0.62;
/** Scores at or above this are as strong as link evidence gets. */
const certainScore = 0.85;
/**
 * A sentence whose best match scores this much states a fact the other article states too. On the
 * fixtures, same-story independent pairs have ≥ 15% such sentences at 0.6, and a different event
 * with the same officials at most 8%.
 */
const factScore = 0.6;
/**
 * A link this strong carries a sentence over rather than restating a shared fact: independent
 * reports of one event reach it in at most one sentence at a time (fixtures, examples and seeds:
 * never two in one passage), lifted and rewritten passages in most of their sentences.
 */
const takenScore = 0.8;
/**
 * Least narrative words (outside quotation marks, on the shorter side) of a taken passage: about
 * two sentences of news prose, more than a stock phrase such as "The investigation is continuing."
 */
const minTakenWords = 30;

/** Computes the measures the verdict is decided on. */
export function measurePair(
  alignment: Alignment,
  a: RepresentedArticle,
  b: RepresentedArticle,
  cosine: number,
): PairMeasures {
  const { links } = alignment;
  const quotedA = a.features.map((f) => f.quoted);
  const quotedB = b.features.map((f) => f.quoted);
  const narrative = (l: Link) =>
    l.score >= 0.7 && (quotedA[l.a] as number) < 0.5 && (quotedB[l.b] as number) < 0.5;
  const inRuns = alignment.passages.filter((p) => p.links >= 2).reduce((n, p) => n + p.links, 0);
  return {
    a: side(a, links, 'a', alignment.bestA),
    b: side(b, links, 'b', alignment.bestB),
    cosine,
    narrativeLinks: links.filter(narrative).length,
    strongLinks: links.filter((l) => l.score >= 0.8).length,
    linksInRuns: inRuns,
    inOrder: links.length === 0 ? 0 : longestInOrder(links) / links.length,
    ...anchorAgreement(links, a, b),
    meanScore: links.length === 0 ? 0 : links.reduce((s, l) => s + l.score, 0) / links.length,
    methods: methodShares(links, a, b),
    taken: takenPassages(links, a, b, alignment.passages),
  };
}

/**
 * The runs of `links` (`passages`, grouped as align/passages.ts groups them) that look taken by one
 * article from the other, beyond shared facts and quotations: each holds at least two links that
 * are narrative (mostly outside quotation marks on both sides) and strong (score ≥ 0.8), with at
 * least 30 narrative words in those links on the shorter side. Whether their names and numbers show
 * a copy or a template is for the verdict to weigh (classify/verdict.ts, `evidentPassages`).
 */
export function takenPassages(
  links: Link[],
  a: RepresentedArticle,
  b: RepresentedArticle,
  passages: Passage[] = passagesOf(links),
): TakenPassage[] {
  const taken: TakenPassage[] = [];
  for (const passage of passages) {
    const inside = links.filter((l) => inPassage(l, passage));
    const carried = inside.filter((l) => l.score >= takenScore && isNarrative(l, a, b));
    if (carried.length < 2) continue;
    const words = (article: RepresentedArticle, side: 'a' | 'b') =>
      carried.reduce((n, l) => n + narrativeWords(article, l[side]), 0);
    const shorter = Math.min(words(a, 'a'), words(b, 'b'));
    if (shorter < minTakenWords) continue;
    const { anchorLinks, anchorOverlap } = anchorAgreement(carried, a, b);
    const sentences = (side: 'a' | 'b') => [...new Set(inside.map((l) => l[side]))];
    const sentenceWords = (article: RepresentedArticle, side: 'a' | 'b') =>
      sentences(side).reduce((n, i) => n + (article.features[i]?.words.length ?? 0), 0);
    const paragraphs = (article: RepresentedArticle, side: 'a' | 'b') =>
      new Set(sentences(side).map((i) => article.sentences[i]?.paragraph)).size;
    taken.push({
      a: passage.a,
      b: passage.b,
      aWords: sentenceWords(a, 'a'),
      bWords: sentenceWords(b, 'b'),
      aParagraphs: paragraphs(a, 'a'),
      bParagraphs: paragraphs(b, 'b'),
      methods: methodShares(inside, a, b),
      words: Math.round(shorter),
      anchorLinks,
      anchorOverlap: round(anchorOverlap),
    });
  }
  return taken;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

const inPassage = (l: Link, p: Passage) => l.a >= p.a[0] && l.a <= p.a[1] && l.b >= p.b[0] && l.b <= p.b[1];

const isNarrative = (l: Link, a: RepresentedArticle, b: RepresentedArticle) =>
  (a.features[l.a]?.quoted ?? 1) < 0.5 && (b.features[l.b]?.quoted ?? 1) < 0.5;

function narrativeWords(article: RepresentedArticle, sentence: number): number {
  const f = article.features[sentence];
  return f ? f.words.length * (1 - f.quoted) : 0;
}

function side(article: RepresentedArticle, links: Link[], key: 'a' | 'b', best: number[]): SideMeasures {
  const linkScore = new Map<number, number>();
  for (const l of links) linkScore.set(l[key], Math.max(linkScore.get(l[key]) ?? 0, l.score));
  let words = 0;
  let linkedWords = 0;
  let narrativeWords = 0;
  let carried = 0;
  article.features.forEach((f, i) => {
    const n = f.words.length;
    const own = n * (1 - f.quoted);
    words += n;
    narrativeWords += own;
    const score = linkScore.get(i);
    if (score === undefined) return;
    linkedWords += n;
    carried += own * Math.min(1, Math.max(0, (score - chanceScore) / (certainScore - chanceScore)));
  });
  const facts = best.filter((s) => s >= factScore).length;
  return {
    words,
    coverage: words === 0 ? 0 : linkedWords / words,
    narrativeEvidence: narrativeWords === 0 ? 0 : carried / narrativeWords,
    factShare: best.length === 0 ? 0 : facts / best.length,
  };
}

/**
 * Shares of linked words per method, counted once per sentence on each side with the closest way it
 * was carried over: a sentence merged with a heading counts as the sentence, not twice. Both sides
 * count, so that the shares depend on the two articles only and not on which arrived first (the b
 * side alone made a copy verbatim when compared one way and edited the other).
 */
function methodShares(links: Link[], a: RepresentedArticle, b: RepresentedArticle): Record<Method, number> {
  const rank: Record<Method, number> = { paraphrased: 0, edited: 1, verbatim: 2 };
  const shares: Record<Method, number> = { verbatim: 0, edited: 0, paraphrased: 0 };
  let total = 0;
  for (const [article, key] of [
    [a, 'a'],
    [b, 'b'],
  ] as const) {
    const best = new Map<number, Method>();
    for (const l of links) {
      const seen = best.get(l[key]);
      if (seen === undefined || rank[l.method] > rank[seen]) best.set(l[key], l.method);
    }
    for (const [sentence, method] of best) {
      const n = article.features[sentence]?.words.length ?? 0;
      shares[method] += n;
      total += n;
    }
  }
  if (total > 0) for (const m of Object.keys(shares) as Method[]) shares[m] /= total;
  return shares;
}

/**
 * Length of the longest sequence of links that advances on both sides (a longest non-decreasing
 * subsequence of `a` in `b` order, O(n log n)). A copy that moves paragraphs around scores low.
 */
export function longestInOrder(links: Link[]): number {
  const sorted = [...links].sort((x, y) => x.b - y.b || x.a - y.a);
  const tails: number[] = [];
  for (const { a } of sorted) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] as number) <= a) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = a;
  }
  return tails.length;
}

function anchorAgreement(
  links: Link[],
  a: RepresentedArticle,
  b: RepresentedArticle,
): { anchorAgreement: number; anchorLinks: number; anchorOverlap: number } {
  let both = 0;
  let shared = 0;
  let dice = 0;
  for (const l of links) {
    const x = a.features[l.a]?.anchors ?? [];
    const y = b.features[l.b]?.anchors ?? [];
    if (x.length === 0 || y.length === 0) continue;
    both++;
    const common = x.filter((v) => y.includes(v)).length;
    if (common > 0) shared++;
    dice += (2 * common) / (x.length + y.length);
  }
  return {
    anchorAgreement: both === 0 ? 1 : shared / both,
    anchorLinks: both,
    anchorOverlap: both === 0 ? 1 : dice / both,
  };
}
