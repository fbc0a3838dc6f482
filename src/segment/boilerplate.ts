// Finds boilerplate paragraphs: subscription prompts, share and cookie lines, and lines a publisher repeats on every article.

/** A paragraph this long (words) is never boilerplate: prompts and footers are short. */
const maxWords = 40;
/** Boilerplate sits at an article's edges: this many paragraphs at the start and at the end. */
const edge = 4;

/**
 * Lines that are boilerplate wherever they appear at an article's edge, even in a lone article:
 * subscription and newsletter prompts, "Discover more from …", share/follow/read-more links,
 * cookie and advertising notices, copyright lines.
 */
const patterns = [
  /^(?:discover more from|subscribe (?:to|now|for|today)|sign up (?:for|to)|get (?:the latest|our) .*(?:newsletter|email|inbox)|read more\b|related(?: articles| stories| coverage)?:|share (?:this|on)\b|follow us\b|click here\b|advertisement$|sponsored content$|we use cookies|this (?:site|website) uses cookies|all rights reserved|©|copyright (?:©\s*)?\d{4})/i,
  /\b(?:subscribe|sign up)\b.*\b(?:e-?mail|newsletter|inbox|posts)\b/i,
];

/** One article as the detector sees it: its publisher (when known) and its paragraphs' texts. */
export interface BoilerplateInput {
  id: string;
  publisher?: string;
  paragraphs: string[];
}

const words = (t: string) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).length;
/** A paragraph's key for counting repeats: lowercase, digits masked, spacing and punctuation dropped. */
const keyOf = (t: string) =>
  t
    .toLowerCase()
    .replace(/\d+/g, '0')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The boilerplate paragraphs of each article, by index. A short paragraph at an edge is boilerplate
 * when it matches a general pattern, or when it recurs at the edge of another article of the same
 * publisher: a copy shares whole paragraphs with its original, but under another publisher's name,
 * so counting within one publisher does not take copied text for boilerplate.
 */
export function findBoilerplate(articles: BoilerplateInput[]): Map<string, Set<number>> {
  const atEdge = (n: number, i: number) => i < edge || i >= n - edge;
  const publisherKey = (publisher: string, p: string) => `${publisher.toLowerCase()}\u0000${keyOf(p)}`;
  const seen = new Map<string, Set<string>>();
  for (const a of articles) {
    const publisher = a.publisher;
    if (!publisher) continue;
    a.paragraphs.forEach((p, i) => {
      if (!atEdge(a.paragraphs.length, i) || words(p) > maxWords) return;
      const key = publisherKey(publisher, p);
      const ids = seen.get(key) ?? new Set<string>();
      ids.add(a.id);
      seen.set(key, ids);
    });
  }
  const out = new Map<string, Set<number>>();
  for (const a of articles) {
    const found = new Set<number>();
    a.paragraphs.forEach((p, i) => {
      if (!atEdge(a.paragraphs.length, i) || words(p) > maxWords || words(p) === 0) return;
      const repeated = a.publisher && (seen.get(publisherKey(a.publisher, p))?.size ?? 0) >= 2;
      if (repeated || patterns.some((re) => re.test(p.trim()))) found.add(i);
    });
    // An article is never all boilerplate: if everything matched, keep it as it is.
    out.set(a.id, found.size < a.paragraphs.length ? found : new Set());
  }
  return out;
}
