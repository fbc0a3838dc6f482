// Reads a batch of raw articles into what the index stores and compares: segmented without
// boilerplate, represented, hashed and keyed. Texts too short to compare are reported, not kept.
import { type ArticleKeys, createKeyer } from '../candidates/article-keys.ts';
import { type Diagnostic, diagnostic } from '../errors.ts';
import type { RawArticle } from '../ingest/types.ts';
import { normalize } from '../normalize/index.ts';
import { articleQuotes, type FoundQuote } from '../quotes/index.ts';
import { represent } from '../represent/index.ts';
import type { RepresentedArticle } from '../represent/types.ts';
import { segmentBatch } from '../segment/batch.ts';
import { isWordToken, segment } from '../segment/index.ts';
import { contentHasher } from '../store/content-hash.ts';
import type { IndexedArticle, StoredArticle } from '../store/types.ts';

/** An article ready to be indexed. */
export interface PreparedArticle {
  stored: StoredArticle;
  represented: RepresentedArticle;
  keys: ArticleKeys;
  /**
   * Its quotations when the reading thread was asked to find them (who-copied-whom weighs them);
   * otherwise they are found when first needed.
   */
  quotes?: FoundQuote[];
}

/** Least size of a text worth comparing. */
const minSentences = 2;
const minWords = 12;

/** A batch read: the articles to index, and the problems of those that are not. */
export interface Prepared {
  prepared: PreparedArticle[];
  diagnostics: Diagnostic[];
}

export interface PrepareOptions {
  /** Find each article's quotations now. */
  quotes?: boolean;
  onEach?: (done: number) => void;
}

/** Prepares batches; made once because hashing loads WebAssembly. */
export interface Preparer {
  prepare(raw: RawArticle[], options?: PrepareOptions): Prepared;
}

export async function createPreparer(): Promise<Preparer> {
  const keyer = await createKeyer();
  const hash = await contentHasher();
  return {
    prepare(raw, { quotes = false, onEach = () => {} } = {}) {
      const diagnostics: Diagnostic[] = [];
      const prepared: PreparedArticle[] = [];
      segmentBatch(raw).forEach(({ segmented, boilerplate }, i) => {
        const r = raw[i] as RawArticle;
        const words = segmented.sentences.reduce((n, s) => n + s.tokens.filter(isWordToken).length, 0);
        if (segmented.sentences.length < minSentences || words < minWords) {
          const detail = `${segmented.sentences.length} sentence(s), ${words} word(s)`;
          diagnostics.push(diagnostic('NT_INGEST_TOO_SHORT', 'segment', r.path, detail));
        } else {
          const represented = represent(segmented);
          const keys = keyer(represented);
          prepared.push({
            stored: {
              id: r.id,
              path: r.path,
              text: r.text,
              ...(r.bodyStart ? { bodyStart: r.bodyStart } : {}),
              meta: r.meta,
              contentHash: hash(segmented.text),
              title: segmented.title,
              sentences: segmented.sentences.map((s) => s.text),
              boilerplate,
              anchors: keys.anchors,
            },
            represented,
            keys,
            ...(quotes ? { quotes: articleQuotes(represented) } : {}),
          });
        }
        onEach(i + 1);
      });
      return { prepared, diagnostics };
    },
  };
}

/** A stored article as it was read: its id, path, text and metadata (to analyse it again). */
export function rawArticle(article: StoredArticle): RawArticle {
  return {
    id: article.id,
    path: article.path,
    text: article.text,
    ...(article.bodyStart ? { bodyStart: article.bodyStart } : {}),
    meta: article.meta,
  };
}

/** Represents a stored article again from its text, leaving out the same boilerplate as when stored. */
export function representStored(article: IndexedArticle): RepresentedArticle {
  return represent(segment(normalize(rawArticle(article)), new Set(article.boilerplate)));
}
