// Reads one input through its reader within the limits of limits.ts: a time budget, words per article, and never a silent nothing.
import { type Code, type Diagnostic, diagnostic } from '../errors.ts';
import { inputTimeBudgetMs, maxArticleWords } from './limits.ts';
import type { Reader, ReadOptions } from './readers/types.ts';
import type { RawArticle } from './types.ts';

/**
 * An article of over `maxArticleWords` words cut to its first ones, after a NT_INGEST_TRUNCATED
 * warning; any other article as it is.
 */
export function cutLongArticle(article: RawArticle): Array<RawArticle | Diagnostic> {
  const words = /\S+/g;
  let n = 0;
  let match = words.exec(article.text);
  while (match && ++n <= maxArticleWords) match = words.exec(article.text);
  if (!match) return [article];
  const warning = diagnostic(
    'NT_INGEST_TRUNCATED',
    'ingest',
    article.path,
    `over ${maxArticleWords} words; the first ${maxArticleWords} were kept`,
    'warning',
  );
  return [warning, { ...article, text: article.text.slice(0, match.index).trimEnd() }];
}

/** The code that says an input of a format held nothing readable. */
const nothingCodes: Record<string, Code> = {
  feed: 'NT_INGEST_BAD_FEED',
  warc: 'NT_INGEST_BAD_ARCHIVE',
};

/**
 * The articles and diagnostics of one input read by `reader`, which must finish by its time budget
 * (`inputTimeBudgetMs`, passed on as `options.deadline`); long articles are cut (cutLongArticle). An
 * input that gives no article and no error (only a Markdown file skipped as documentation may) gets
 * an error of its format's code, so that nothing read is never reported as success.
 */
export async function readWithin(
  reader: Reader,
  bytes: Uint8Array,
  path: string,
  id: string,
  options: ReadOptions,
): Promise<Array<RawArticle | Diagnostic>> {
  const results = await reader.read(bytes, path, id, {
    ...options,
    deadline: Date.now() + inputTimeBudgetMs,
  });
  const out = results.flatMap((r) => ('code' in r ? [r] : cutLongArticle(r)));
  const accounted = out.some(
    (r) => !('code' in r) || r.severity === 'error' || r.code === 'NT_INGEST_NOT_ARTICLE',
  );
  if (!accounted)
    out.push(
      diagnostic(
        nothingCodes[reader.format] ?? 'NT_INGEST_NO_ARTICLE',
        'ingest',
        path,
        'no article was read from it',
      ),
    );
  return out;
}
