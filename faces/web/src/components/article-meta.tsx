// The publisher and publication time of an article, in one muted line.
import { formatPublished } from './format.ts';

/** "Eastbridge Observer · 2026-03-04 08:10 -05:00"; nothing when neither is known. */
export function ArticleMeta({ publisher, published }: { publisher?: string; published?: string }) {
  const parts = [publisher, published ? formatPublished(published) : undefined].filter(Boolean);
  if (parts.length === 0) return null;
  return <span className="meta">{parts.join(' · ')}</span>;
}
