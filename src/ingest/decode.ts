// Turns a file's bytes into text, or says why they are not text.
import { type Diagnostic, diagnostic } from '../errors.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes UTF-8 bytes (a BOM is dropped). Returns a diagnostic for empty, binary or non-UTF-8 input.
 * Binary means a NUL byte, or more than 1% C0 control bytes other than tab, newline, CR and form feed.
 */
export function decodeText(bytes: Uint8Array, input: string): { text: string } | { problem: Diagnostic } {
  const source = 'ingest/decode';
  if (bytes.length === 0) return { problem: diagnostic('NT_INGEST_EMPTY', source, input, '0 bytes') };
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0) {
      return { problem: diagnostic('NT_INGEST_BINARY', source, input, `NUL byte at offset ${i}`) };
    }
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  if (controls > bytes.length / 100) {
    return { problem: diagnostic('NT_INGEST_BINARY', source, input, `${controls} control bytes`) };
  }
  try {
    const text = utf8.decode(bytes);
    if (text.trim() === '')
      return { problem: diagnostic('NT_INGEST_EMPTY', source, input, 'only whitespace') };
    return { text };
  } catch {
    return {
      problem: diagnostic(
        'NT_INGEST_NOT_UTF8',
        source,
        input,
        `invalid byte near offset ${firstInvalidUtf8(bytes)}`,
      ),
    };
  }
}

/**
 * Offset of the first byte that breaks UTF-8, so the message can point at it. Follows RFC 3629:
 * no overlong forms, no encoded surrogates (ED A0–BF), nothing above U+10FFFF.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    // The second byte's allowed range is narrower after these lead bytes.
    const [lo, hi] =
      b === 0xe0
        ? [0xa0, 0xbf]
        : b === 0xed
          ? [0x80, 0x9f]
          : b === 0xf0
            ? [0x90, 0xbf]
            : b === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (k === 1 ? c < lo || c > hi : (c & 0xc0) !== 0x80)) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
