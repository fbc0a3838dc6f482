// Reads and writes data/related-words.bin: for each frequent word, its near neighbours in GloVe space.

/** The table covers the words of frequency rank below `size`, with neighbours of cosine ≥ `minCosine`. */
export const relatedWordsLimits = { size: 50_000, minCosine: 0.6 } as const;

/**
 * Layout: "NTRW1\n", uint32 word count, then per word: uint16 neighbour count, that many uint16
 * neighbour ranks (ascending), that many uint8 cosines quantised over [minCosine, 1].
 * Little-endian. Ranks index data/word-vectors.bin.
 */
const magic = 'NTRW1\n';

/** Serialises neighbour lists: `lists[rank]` holds [neighbourRank, cosine] pairs. */
export function encodeRelatedWords(lists: Array<Array<[number, number]>>): Uint8Array {
  const sorted = lists.map((l) => [...l].sort((x, y) => x[0] - y[0]));
  const total = magic.length + 4 + sorted.reduce((n, l) => n + 2 + l.length * 3, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(magic), 0);
  view.setUint32(magic.length, sorted.length, true);
  let at = magic.length + 4;
  for (const list of sorted) {
    view.setUint16(at, list.length, true);
    at += 2;
    for (const [rank] of list) {
      view.setUint16(at, rank, true);
      at += 2;
    }
    for (const [, cosine] of list) out[at++] = quantise(cosine);
  }
  return out;
}

/** Neighbour ranks (ascending) and cosines of each word, by rank. */
export interface RelatedWords {
  ranks: Uint16Array[];
  cosines: Float32Array[];
}

/** Parses the layout above. Throws if the bytes are not such a file. */
export function decodeRelatedWords(bytes: Uint8Array): RelatedWords {
  if (new TextDecoder().decode(bytes.subarray(0, magic.length)) !== magic)
    throw new Error('not a newstrace related-words file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(magic.length, true);
  const ranks: Uint16Array[] = [];
  const cosines: Float32Array[] = [];
  let at = magic.length + 4;
  for (let i = 0; i < count; i++) {
    const n = view.getUint16(at, true);
    at += 2;
    const r = new Uint16Array(n);
    for (let k = 0; k < n; k++, at += 2) r[k] = view.getUint16(at, true);
    const c = new Float32Array(n);
    for (let k = 0; k < n; k++) c[k] = dequantise(bytes[at++] as number);
    ranks.push(r);
    cosines.push(c);
  }
  return { ranks, cosines };
}

const span = 1 - relatedWordsLimits.minCosine;
const quantise = (cosine: number) =>
  Math.max(0, Math.min(255, Math.round(((cosine - relatedWordsLimits.minCosine) / span) * 255)));
const dequantise = (q: number) => relatedWordsLimits.minCosine + (q / 255) * span;
