// What a web page says about itself: publisher, times, canonical URL, language, from meta tags and JSON-LD.
import type { ArticleMeta } from '../types.ts';

/** The parts of a DOM document the metadata is read from (linkedom's document fits). */
interface PageDocument {
  querySelector: (
    selector: string,
  ) => { getAttribute: (name: string) => string | null; textContent: string | null } | null;
  querySelectorAll: (selector: string) => ArrayLike<{ textContent: string | null }>;
  documentElement: { getAttribute: (name: string) => string | null } | null;
}

/** JSON-LD objects of a page, flattened through `@graph` and arrays. */
function jsonLd(doc: PageDocument): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === 'object') {
      out.push(x as Record<string, unknown>);
      const graph = (x as Record<string, unknown>)['@graph'];
      if (graph) visit(graph);
    }
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]?.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common on real pages; the meta tags still count.
    }
  }
  return out;
}

const isArticleType = (o: Record<string, unknown>) =>
  [o['@type']].flat().some((t) => typeof t === 'string' && /Article|Posting|Report/i.test(t));

const nameOf = (x: unknown): string | undefined => {
  const first = [x].flat()[0];
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object') {
    const name = (first as Record<string, unknown>).name;
    return typeof name === 'string' ? name : undefined;
  }
  return undefined;
};

/**
 * Title, byline, publisher, publication and modification times, canonical URL and language. Meta
 * tags (Open Graph, article:*, author) and JSON-LD (NewsArticle and kin) are read; JSON-LD wins for
 * times and publisher, which sites fill more carefully there.
 */
export function pageMetadata(doc: PageDocument): ArticleMeta {
  const meta = (selector: string) =>
    doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const ld = jsonLd(doc).find(isArticleType) ?? {};
  const str = (x: unknown) => (typeof x === 'string' && x.trim() ? x.trim() : undefined);
  const out: ArticleMeta = {};
  const set = <K extends keyof ArticleMeta>(key: K, value: ArticleMeta[K] | undefined) => {
    if (value) out[key] = value;
  };
  set(
    'title',
    str(ld.headline) ?? meta('meta[property="og:title"]') ?? str(doc.querySelector('title')?.textContent),
  );
  set('byline', nameOf(ld.author) ?? meta('meta[name="author"]'));
  set('publisher', nameOf(ld.publisher) ?? meta('meta[property="og:site_name"]'));
  set(
    'published',
    str(ld.datePublished) ??
      meta('meta[property="article:published_time"]') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined,
  );
  set('modified', str(ld.dateModified) ?? meta('meta[property="article:modified_time"]'));
  set(
    'url',
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      meta('meta[property="og:url"]') ??
      undefined,
  );
  set('language', doc.documentElement?.getAttribute('lang') ?? undefined);
  return out;
}
