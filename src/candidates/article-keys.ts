// The look-up keys of an article in the corpus index: LSH band keys of its wording, fingerprints of
// its passages, and keys of its anchors (rare names and numbers written in digits), which a copy
// keeps however it rewords them.
import xxhash from 'xxhash-wasm';
import type { RepresentedArticle } from '../represent/types.ts';
import { bandKeys, minhashSignature } from './minhash.ts';
import { passageKeys } from './passage-keys.ts';

export interface ArticleKeys {
  /** LSH band keys of the MinHash signature of its word shingles. */
  bands: number[];
  /** Winnowed fingerprints of its runs of content terms (see passage-keys.ts). */
  passages: number[];
  /** The sentence each fingerprint's run starts in (same order). */
  passageSentences: number[];
  /** The anchors themselves, unique, in order of first use. */
  anchors: string[];
  /** One key per anchor (same order). */
  anchorKeys: number[];
}

/** Computes an article's keys; made once per process because the hash functions load WebAssembly. */
export type Keyer = (article: RepresentedArticle) => ArticleKeys;

/** A 52-bit key of a string: two 32-bit hashes with different seeds, so collisions stay negligible. */
function stringKey(h32: (input: string, seed?: number) => number, text: string): number {
  return (h32(text, 1) & 0xfffff) * 2 ** 32 + h32(text, 0);
}

/** The article's passage fingerprints, each with the sentence its run starts in. */
function passagesOf(article: RepresentedArticle, h32: (input: string) => number) {
  const terms: number[] = [];
  const sentenceOf: number[] = [];
  article.features.forEach((f, i) => {
    for (const t of f.terms) {
      terms.push(h32(t));
      sentenceOf.push(i);
    }
  });
  const { keys, starts } = passageKeys(Uint32Array.from(terms));
  return { passages: keys, passageSentences: starts.map((s) => sentenceOf[s] as number) };
}

export async function createKeyer(): Promise<Keyer> {
  const { h32 } = await xxhash();
  return (article) => {
    const words = article.features.flatMap((f) => f.words);
    const anchors = [...new Set(article.features.flatMap((f) => f.anchors))];
    return {
      bands: bandKeys(minhashSignature(Uint32Array.from(words, (w) => h32(w)))),
      ...passagesOf(article, h32),
      anchors,
      anchorKeys: anchors.map((a) => stringKey(h32, a)),
    };
  };
}
