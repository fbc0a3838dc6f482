// Which indexed articles a new article is aligned with: those sharing several rare anchors, an LSH
// band of wording or a passage, unless their anchors show other facts (a template, or another event
// of the place).
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
  /** Candidates kept per article: same wording first, then by shared passages, then anchors. */
  maxCandidates: number;
  /**
   * Passage fingerprints in common that make an article a candidate by its passages: two are about
   * a shared run of 12 content terms (some 25 words); one alone is too often a stock phrase.
   */
  minSharedPassages: number;
  /**
   * Least share of the specific anchors (held by at most `maxPassagePostings` indexed articles) in
   * the new article's sentences holding the shared fingerprints that the other article states too,
   * which must be two or more: a lifted paragraph keeps its names and numbers, a template reused
   * about other people does not (it may share a year, or a figure every report from the template
   * states, which are not specific). In the generated corpus (2,000 articles with lifts, counting
   * anchors held by at most 200 articles), 40 of 41 lifts matched by passages alone had 1, and 63,700
   * of 63,800 template reports sharing fingerprints had under 0.6; only specific anchors counted, no
   * template report joined a story of another at 3,000 articles (10 did before).
   */
  minPassageAnchorShare: number;
  /**
   * For a shared passage whose sentences state no specific name or number (commentary, say): the
   * fingerprints in common and their rarity it needs instead. Stock and template wording is held by
   * many reports, so its fingerprints are not rare; 3 fingerprints of rarity 2 are a run of some 20
   * content terms no more than one other indexed article holds (at 6,000 generated articles, 50 more
   * pairs aligned, none of them made a wrong derivation or joined two stories).
   */
  minGenericPassages: number;
  minGenericRarity: number;
  /** Candidates by passages alone kept per article, rarest first: they are mostly template reports. */
  maxPassageCandidates: number;
  /**
   * A passage fingerprint held by more indexed articles than this is a stock phrase (or text reprinted
   * too widely to point at one source), as passim's maxDF: it points at no one.
   */
  maxPassagePostings: number;
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
  minSharedPassages: 2,
  minPassageAnchorShare: 0.6,
  minGenericPassages: 3,
  minGenericRarity: 2,
  maxPassageCandidates: 10,
  maxPassagePostings: 20,
  windowDays: Number.POSITIVE_INFINITY,
};

/** What the index holds for an article's keys. Articles are the index's integer references. */
export interface KeyHits {
  /** Per anchor key (same order as `ArticleKeys.anchorKeys`): the articles holding it; null when more than `maxPostings` do. */
  anchorPostings: Array<number[] | null>;
  /** Per band key: the articles holding it, newest first, up to `maxPostings`. */
  bandPostings: number[][];
  /** Per passage fingerprint: the articles holding it; null when more than `maxPassagePostings` do. */
  passagePostings: Array<number[] | null>;
}

export interface Candidate {
  article: number;
  /** Rare anchors in common. */
  sharedAnchors: number;
  /** Shares an LSH band (likely ≥ half its wording). */
  sameWording: boolean;
  /** Passage fingerprints in common (not counting those held too widely). */
  sharedPassages: number;
  /**
   * Their rarity, Σ 1 / holders of each: a lifted passage's fingerprints are held by its source, its
   * copies and the article lifting it, a template's by every report made from it.
   */
  passageRarity: number;
  /** The new article's sentences where those fingerprints' runs start. */
  passageSentences: number[];
}

/**
 * The articles an article's keys point at: those sharing enough rare anchors, an LSH band, or
 * passages. Each way in is needed: a paraphrase keeps few shingles but its anchors, an article
 * without names or numbers has only its wording, and a few paragraphs lifted into a long article
 * share neither most of its wording nor most of its anchors. Their facts are checked next
 * (`chooseCandidates`), so only these articles' anchors need reading.
 */
export function keyMatches(
  own: ArticleKeys,
  hits: KeyHits,
  rules: CandidateRules = defaultCandidateRules,
): Candidate[] {
  const shared = countHolders(hits.anchorPostings);
  const rareAnchors = hits.anchorPostings.filter((p) => p !== null).length;
  const needed = Math.min(rules.minSharedAnchors, rareAnchors);
  const passages = countHolders(hits.passagePostings);
  const rarity = new Map<number, number>();
  for (const list of hits.passagePostings)
    if (list) for (const article of list) rarity.set(article, (rarity.get(article) ?? 0) + 1 / list.length);
  const matches = new Map<number, Candidate>();
  const add = (article: number, sameWording: boolean) =>
    matches.set(article, {
      article,
      sharedAnchors: shared.get(article) ?? 0,
      sameWording,
      sharedPassages: passages.get(article) ?? 0,
      passageRarity: rarity.get(article) ?? 0,
      passageSentences: [],
    });
  if (needed >= 2) for (const [article, n] of shared) if (n >= needed) add(article, false);
  for (const article of mostSharedBands(hits.bandPostings, rules.maxCandidates)) add(article, true);
  // Of the articles matched by passages alone (template reports, mostly, where one base text is
  // reused), only the rarest few can be kept, so only they are read further.
  const byPassages = [...passages]
    .filter(([article, n]) => n >= rules.minSharedPassages && !matches.has(article))
    .map(([article]) => article)
    .sort((x, y) => (rarity.get(y) as number) - (rarity.get(x) as number) || x - y)
    .slice(0, 2 * rules.maxPassageCandidates);
  for (const article of byPassages) add(article, false);
  // The new article's sentences holding each match's shared fingerprints, in one pass.
  hits.passagePostings.forEach((list, i) => {
    for (const article of list ?? []) {
      const m = matches.get(article);
      if (m && m.sharedPassages >= rules.minSharedPassages)
        m.passageSentences.push(own.passageSentences[i] as number);
    }
  });
  for (const m of matches.values()) m.passageSentences = [...new Set(m.passageSentences)];
  return [...matches.values()];
}

/** How many of the postings lists (null ones left out) hold each article. */
function countHolders(postings: Array<number[] | null>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const list of postings)
    if (list) for (const article of list) counts.set(article, (counts.get(article) ?? 0) + 1);
  return counts;
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
 * or another event of the place), at most `maxCandidates`. A match by its passages alone is judged
 * on the passages (`minPassageAnchorShare`, or `minGenericPassages` and `minGenericRarity` when they
 * state no specific name or number), since a long report that lifted a paragraph differs
 * from its source in most other facts; of those, the `maxPassageCandidates` rarest are kept.
 * `sentenceAnchors` are the new article's specific anchors per sentence (those held by at most
 * `maxPassagePostings` indexed articles, as few as a fingerprint may be).
 */
export function chooseCandidates(
  own: ArticleKeys,
  matches: Candidate[],
  anchorsOf: (article: number) => string[],
  sentenceAnchors: string[][],
  rules: CandidateRules = defaultCandidateRules,
): Candidate[] {
  const ownAnchors = new Set(own.anchors);
  const factsAlike = (article: number) => {
    const theirs = anchorsOf(article);
    const fewer = Math.min(ownAnchors.size, theirs.length);
    const common = theirs.filter((a) => ownAnchors.has(a)).length;
    return fewer < rules.minSharedAnchors || common / fewer >= rules.minAnchorOverlap;
  };
  const passageAlike = (m: Candidate) => {
    if (m.sharedPassages < rules.minSharedPassages) return false;
    const stated = new Set(m.passageSentences.flatMap((i) => sentenceAnchors[i] ?? []));
    if (stated.size === 0)
      return m.sharedPassages >= rules.minGenericPassages && m.passageRarity >= rules.minGenericRarity;
    if (stated.size < 2) return false;
    const theirs = new Set(anchorsOf(m.article));
    const kept = [...stated].filter((a) => theirs.has(a)).length;
    return kept / stated.size >= rules.minPassageAnchorShare;
  };
  const alike = matches.filter((m) => factsAlike(m.article));
  const byPassages = matches
    .filter((m) => !factsAlike(m.article) && passageAlike(m))
    .sort((x, y) => y.passageRarity - x.passageRarity || x.article - y.article)
    .slice(0, rules.maxPassageCandidates);
  return [...alike, ...byPassages]
    .sort(
      (x, y) =>
        Number(y.sameWording) - Number(x.sameWording) ||
        y.passageRarity - x.passageRarity ||
        y.sharedAnchors - x.sharedAnchors ||
        x.article - y.article,
    )
    .slice(0, rules.maxCandidates);
}
