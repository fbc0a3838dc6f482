// The segment stage: paragraphs, sentences and tokens of a normalised article.
import type { NormalizedArticle } from '../normalize/index.ts';
import { findTitle, isHeading } from './headings.ts';
import { paragraphs } from './paragraphs.ts';
import { isWordToken, splitSentences } from './sentences.ts';
import type { SegmentedArticle, Sentence } from './types.ts';

export { isWordToken } from './sentences.ts';
export type { SegmentedArticle, Sentence, Token } from './types.ts';

/**
 * Splits an article into numbered sentences; headings (title, subheads) are sentences flagged
 * `heading`. Paragraphs whose index is in `boilerplate` (see boilerplate.ts) give no sentences;
 * their text is kept in `boilerplate`.
 */
export function segment(article: NormalizedArticle, boilerplate: Set<number> = new Set()): SegmentedArticle {
  const sentences: Sentence[] = [];
  const removed: string[] = [];
  let words = 0;
  paragraphs(article.text).forEach((paragraph, p) => {
    if (boilerplate.has(p)) {
      removed.push(paragraph.text);
      return;
    }
    const spans = splitSentences(paragraph);
    const paragraphWords = spans.reduce((n, s) => n + s.tokens.filter(isWordToken).length, 0);
    const heading = spans.length === 1 && isHeading(paragraph.text, paragraphWords);
    for (const span of spans) {
      const wordCount = span.tokens.filter(isWordToken).length;
      if (wordCount === 0) continue;
      words += wordCount;
      sentences.push({
        index: sentences.length,
        text: article.text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        paragraph: p,
        heading,
        tokens: span.tokens,
      });
    }
  });
  const first = sentences[0];
  const title = findTitle(
    article.meta.title,
    first && { text: first.text, heading: first.heading, words: first.tokens.filter(isWordToken).length },
  );
  return { ...article, title, sentences, words, boilerplate: removed };
}
