// The optional time window: a wire story is copied within days, so a newsroom may compare a new
// article only with articles published near it.

const dayMs = 86_400_000;

/**
 * The articles published within `days` of `published` (either side, so the result does not depend
 * on which arrived first). An article without a date is always kept, and so is everything when the
 * new article has none: an unknown time is no evidence of distance.
 */
export function withinWindow<T extends { meta: { published?: string } }>(
  articles: T[],
  published: string | undefined,
  days: number,
): T[] {
  const own = Date.parse(published ?? '');
  if (!Number.isFinite(days) || Number.isNaN(own)) return articles;
  return articles.filter((a) => {
    const theirs = Date.parse(a.meta.published ?? '');
    return Number.isNaN(theirs) || Math.abs(theirs - own) <= days * dayMs;
  });
}
