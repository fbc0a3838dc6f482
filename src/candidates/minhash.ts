// MinHash signatures of word shingles, and LSH band keys: articles sharing a band key are likely to
// share much of their wording (a verbatim or edited copy), found without comparing every pair.

/** Words per shingle: long enough that two independent reports rarely share many. */
export const shingleWords = 5;
/** LSH bands × rows per band = signature length. 16 × 4 puts the 50%-chance point at Jaccard ≈ 0.5. */
export const bands = 16;
export const rowsPerBand = 4;
const signatureLength = bands * rowsPerBand;

/** Murmur3's 32-bit finaliser: a bijection that mixes every input bit into every output bit. */
export function mix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** One seed per hash function; fixed so signatures stored by one run match those of another. */
const seeds = Uint32Array.from({ length: signatureLength }, (_, i) => mix32(0x9e3779b9 + i * 0x632be5ab));

/** Combines word hashes into one shingle hash (order matters). */
function shingleHash(wordHashes: Uint32Array, start: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < start + shingleWords; i++) h = mix32(h ^ (wordHashes[i] as number)) + i - start;
  return h >>> 0;
}

/**
 * The MinHash signature of an article's word shingles: for each of the 64 hash functions, the least
 * hash over all shingles. Two signatures agree in a position with probability equal to the Jaccard
 * similarity of the shingle sets. `wordHashes` are 32-bit hashes of the article's words in order.
 */
export function minhashSignature(wordHashes: Uint32Array): Uint32Array {
  const signature = new Uint32Array(signatureLength).fill(0xffffffff);
  const count = Math.max(1, wordHashes.length - shingleWords + 1);
  const padded =
    wordHashes.length >= shingleWords
      ? wordHashes
      : Uint32Array.from({ length: shingleWords }, (_, i) => wordHashes[i] ?? 0);
  for (let s = 0; s < count; s++) {
    const h = shingleHash(padded, s);
    for (let i = 0; i < signatureLength; i++) {
      const v = mix32(h ^ (seeds[i] as number));
      if (v < (signature[i] as number)) signature[i] = v;
    }
  }
  return signature;
}

/**
 * One key per band: a hash of the band's rows, tagged with the band's number so that equal rows in
 * different bands do not meet. Keys are integers below 2⁵³, safe as JavaScript numbers and SQL integers.
 */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = mix32(b + 1);
    for (let r = 0; r < rowsPerBand; r++) h = mix32(h ^ (signature[b * rowsPerBand + r] as number));
    keys.push(b * 2 ** 32 + h);
  }
  return keys;
}
