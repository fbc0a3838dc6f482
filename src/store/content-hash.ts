// Content hashes of article texts (xxHash64 via xxhash-wasm): the same id with the same content is
// the same article.
import xxhash from 'xxhash-wasm';

/**
 * A function from an article's normalised text (normalize stage: quote marks, spaces and line ends
 * made uniform) to its hex hash, so the same article typed other ways hashes the same.
 */
export async function contentHasher(): Promise<(normalizedText: string) => string> {
  const { h64ToString } = await xxhash();
  return (normalizedText) => h64ToString(normalizedText);
}
