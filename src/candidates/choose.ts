// Which indexed articles a new article is aligned with: those sharing several rare anchors or an LSH
// band of wording, unless their anchors show other facts (a template, or another event of the place).
import type { ArticleKeys } from './article-keys.ts';

export interface CandidateRules {
  /** Shared rare anchors that make an article a candidate (2 when the new article has only 2). */
  minSharedAnchors: number;
  /**
   * An anchor held by more indexed articles than this is too common to point at one story; of a band
   * key, only the newest this many holders are read.
   */
  maxPostings: number;
  /**
   * Facts not alike: when both articles state at least `minSharedAnchors` anchors and share less than
   * this share of the fewer, they are not compared. A copy keeps its anchors (≥ 0.44 in the generated
   * corpora, ≥ 0.4 between independent reports in the fixtures); reports made from one template with
   * other names and numbers share ≤ 0.29.
   */
  minAnchorOverlap: number;
  /** Candidates kept per article, most shared anchors first. */
  maxCandidates: number;
  /**
   * Compare only with articles published within this many days (either side); articles without a
   * date are always compared. Infinity (the default): no window.
   */
  windowDays: number;
}

export const defaultCandidateRules: CandidateRules = {
  minSharedAnchors: 3,
  maxPostings: 200,
  minAnchorOverlap: 0.35,
  maxCandidates: 50,
  windowDays: Number.POSITIVE_INFINITY,
};

/** What the index holds for an article's keys. Articles are the index's integer references. */
export interface KeyHits {
  /** Per anchor key (same order as `ArticleKeys.anchorKeys`): the articles holding it; null when more than `maxPostings` do. */
  anchorPostings: Array<number[] | null>;
  /** Per band key: the articles holding it, newest first, up to `maxPostings`. */
  bandPostings: number[][];
}

export interface Candidate {
  article: number;
  /** Rare anchors in common. */
  sharedAnchors: number;
  /** Shares an LSH band (likely ≥ half its wording). */
  sameWording: boolean;
}

/**
 * The articles an article's keys point at: those sharing enough rare anchors, or an LSH band. Both
 * ways in are needed: a paraphrase keeps few shingles but its anchors, and an article without names
 * or numbers has only its wording. Their facts are checked next (`chooseCandidates`), so only these
 * articles' anchors need reading.
 */
export function keyMatches(hits: KeyHits, rules: CandidateRules = defaultCandidateRules): Candidate[] {
  const shared = new Map<number, number>();
  const rare = hits.anchorPostings.filter((p): p is number[] => p !== null);
  for (const postings of rare)
    for (const article of postings) shared.set(article, (shared.get(article) ?? 0) + 1);
  const rareAnchors = rare.length;
  const needed = Math.min(rules.minSharedAnchors, rareAnchors);
  const matches = new Map<number, Candidate>();
  if (needed >= 2) {
    for (const [article, n] of shared)
      if (n >= needed) matches.set(article, { article, sharedAnchors: n, sameWording: false });
  }
  for (const article of mostSharedBands(hits.bandPostings, rules.maxCandidates))
    matches.set(article, { article, sharedAnchors: shared.get(article) ?? 0, sameWording: true });
  return [...matches.values()];
}

/**
 * The `limit` articles sharing the most band keys, newest first among equals. A copy shares nearly
 * all 16 bands, a report written from the same template a few (16 × 0.7⁴ ≈ 4 at 70% shared
 * shingles), so when a template or a widely copied text fills the postings, the copies come first.
 */
function mostSharedBands(postings: number[][], limit: number): number[] {
  const bands = new Map<number, number>();
  for (const list of postings) for (const article of list) bands.set(article, (bands.get(article) ?? 0) + 1);
  return [...bands]
    .sort((x, y) => y[1] - x[1] || y[0] - x[0])
    .slice(0, limit)
    .map(([article]) => article);
}

/**
 * The matches worth aligning, best first: those whose anchors do not show other facts (a template,
 * or another event of the place), at most `maxCandidates`.
 */
export function chooseCandidates(
  own: ArticleKeys,
  matches: Candidate[],
  anchorsOf: (article: number) => string[],
  rules: CandidateRules = defaultCandidateRules,
): Candidate[] {
  const ownAnchors = new Set(own.anchors);
  const factsAlike = (article: number) => {
    const theirs = anchorsOf(article);
    const fewer = Math.min(ownAnchors.size, theirs.length);
    const common = theirs.filter((a) => ownAnchors.has(a)).length;
    return fewer < rules.minSharedAnchors || common / fewer >= rules.minAnchorOverlap;
  };
  return matches
    .filter((m) => factsAlike(m.article))
    .sort(
      (x, y) =>
        Number(y.sameWording) - Number(x.sameWording) ||
        y.sharedAnchors - x.sharedAnchors ||
        x.article - y.article,
    )
    .slice(0, rules.maxCandidates);
}
