// Reads and writes the compact word-vector file (data/word-vectors.bin).

/**
 * Layout: "NTWV1\n", uint32 count, uint32 dims, uint32 byte length of the word list, the words
 * (UTF-8, "\n"-separated, most frequent first), float32 scale per word, int8 components per word.
 * A component is `int8 * scale`. Little-endian throughout.
 */
export interface WordVectorTable {
  words: string[];
  dims: number;
  scales: Float32Array;
  values: Int8Array;
}

const magic = 'NTWV1\n';

/** Serialises a table to the file layout above. */
export function encodeWordVectors(table: WordVectorTable): Uint8Array {
  const wordBytes = new TextEncoder().encode(table.words.join('\n'));
  const count = table.words.length;
  const headerLength = magic.length + 12;
  // Scales need 4-byte alignment for a Float32Array view when the file is read back.
  const pad = (4 - ((headerLength + wordBytes.length) % 4)) % 4;
  const total = headerLength + wordBytes.length + pad + count * 4 + count * table.dims;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(magic), 0);
  view.setUint32(magic.length, count, true);
  view.setUint32(magic.length + 4, table.dims, true);
  view.setUint32(magic.length + 8, wordBytes.length + pad, true);
  out.set(wordBytes, headerLength);
  let at = headerLength + wordBytes.length + pad;
  for (let i = 0; i < count; i++, at += 4) view.setFloat32(at, table.scales[i] as number, true);
  out.set(new Uint8Array(table.values.buffer, table.values.byteOffset, table.values.length), at);
  return out;
}

/** Parses the file layout above. Throws if the bytes are not such a file. */
export function decodeWordVectors(bytes: Uint8Array): WordVectorTable {
  const head = new TextDecoder().decode(bytes.subarray(0, magic.length));
  if (head !== magic) throw new Error('not a newstrace word-vector file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(magic.length, true);
  const dims = view.getUint32(magic.length + 4, true);
  const wordLength = view.getUint32(magic.length + 8, true);
  const headerLength = magic.length + 12;
  const words = new TextDecoder()
    .decode(bytes.subarray(headerLength, headerLength + wordLength))
    .trimEnd()
    .split('\n');
  const scalesAt = headerLength + wordLength;
  const scales = new Float32Array(count);
  for (let i = 0; i < count; i++) scales[i] = view.getFloat32(scalesAt + i * 4, true);
  const valuesAt = scalesAt + count * 4;
  const values = new Int8Array(bytes.buffer, bytes.byteOffset + valuesAt, count * dims);
  return { words, dims, scales, values };
}
