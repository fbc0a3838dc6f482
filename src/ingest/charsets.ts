// Character set names and decoding in one of them (TextDecoder, with Node 20's windows-1252 repaired).

/**
 * The canonical name of a character set label (`latin1` → `windows-1252`, `utf8` → `utf-8`, as the
 * WHATWG Encoding Standard maps them), or undefined when TextDecoder does not know it.
 */
export function charsetName(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** True for UTF-16: not ASCII-compatible, so its bytes cannot be checked or searched as ASCII. */
export const isUtf16 = (charset: string): boolean => charset === 'utf-16le' || charset === 'utf-16be';

/**
 * What windows-1252 maps bytes 0x80–0x9F to (WHATWG index-windows-1252; 0x81, 0x8D, 0x8F, 0x90 and
 * 0x9D stay C1 controls). Node 20's TextDecoder takes a Latin-1 fast path for `windows-1252` and every
 * label that means it (`latin1`, `iso-8859-1`, `ascii`) and returns U+0080–U+009F for these bytes, so
 * curly quotes (0x93, 0x94) and dashes (0x96, 0x97) came out as C1 controls (nodejs/node#56542).
 */
const windows1252C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes `bytes` in `charset` (a canonical name or any label) and throws on a byte sequence that is
 * invalid in it, rather than putting U+FFFD in its place. A BOM of the charset is dropped.
 */
export function decodeAs(charset: string, bytes: Uint8Array): string {
  const decoder = new TextDecoder(charset, { fatal: true });
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => windows1252C1[c.charCodeAt(0) - 0x80] as string);
}

/** The bytes as Latin-1 (one character per byte), to search for a declaration written in ASCII. */
export function asLatin1(bytes: Uint8Array, limit: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, limit)).toString('latin1');
}
