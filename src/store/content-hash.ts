// Content hashes of article texts (xxHash64 via xxhash-wasm): equal texts, one article.
import xxhash from 'xxhash-wasm';
import { normalizeText } from '../normalize/index.ts';

/**
 * A function from an article's text to the hex hash of its normalised form, so that the same article
 * with other quote marks, spaces or line ends hashes the same.
 */
export async function contentHasher(): Promise<(text: string) => string> {
  const { h64ToString } = await xxhash();
  return (text) => h64ToString(normalizeText(text).text);
}
