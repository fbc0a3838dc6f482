// Turns a file's bytes into text in the character set they were written in, or says why they are not text.
import chardet from 'chardet';
import { type Code, type Diagnostic, diagnostic } from '../errors.ts';
import { asLatin1, charsetName, decodeAs, isUtf16 } from './charsets.ts';
import { whyNotClean } from './reads-cleanly.ts';

/** A charset an input declares about itself, and where ("front matter", "<meta charset>"…). */
export interface Declaration {
  charset: string;
  by: string;
}

/** How a caller tells the decoder what it knows about an input's character set. */
export interface DecodeOptions {
  /**
   * The charset to use when the input declares none: `--charset`, or for a web page the charset of
   * its HTTP header. Named in messages as `by`.
   */
  charset?: string;
  /** Where `charset` comes from, for messages; `--charset` unless told. */
  charsetBy?: string;
  /**
   * Finds the charset the input declares in its own first bytes (read as Latin-1, so that an ASCII
   * declaration is found whatever the charset): front matter, `<meta charset>`, an XML declaration.
   */
  declared?: (head: string) => Declaration | undefined;
  /** The stage named in diagnostics; `ingest/decode` unless told. */
  source?: string;
}

/** Text decoded, the charset it was decoded from, and how that charset was chosen. */
export interface Decoded {
  text: string;
  /** The canonical name of the charset (`windows-1252`, `utf-16le`, …). */
  charset: string;
  /** `bom`, `declared`, `given` (option or header), `utf-8` (valid UTF-8), `detected`, or `fallback`. */
  how: 'bom' | 'declared' | 'given' | 'utf-8' | 'detected' | 'fallback';
  /** Set when the charset was guessed (detected or fallback): a NT_INGEST_CHARSET_GUESSED warning. */
  warning?: Diagnostic;
}

/** How many leading bytes are searched for a declaration (front matter, meta charset, XML declaration). */
export const declarationBytes = 4096;

/**
 * Decodes an input's bytes. The charset is, in order: the one its byte order mark names (UTF-8,
 * UTF-16LE, UTF-16BE); the one it declares (`options.declared`); `options.charset`; UTF-8 when the
 * bytes are valid UTF-8; the first chardet answer that TextDecoder knows and that reads cleanly
 * (reads-cleanly.ts); windows-1252 when it reads cleanly. The last two are guesses and come with a
 * warning. Returns a diagnostic instead for empty input, binary content (a NUL, or over 1% C0 control
 * bytes other than tab, newline, CR and form feed), a declared or given charset that is unknown or
 * whose bytes are invalid (NT_INGEST_BAD_CHARSET), or bytes no charset reads cleanly
 * (NT_INGEST_NOT_UTF8, with the offset of the first byte that is not UTF-8).
 */
export function decodeText(
  bytes: Uint8Array,
  input: string,
  options: DecodeOptions = {},
): Decoded | { problem: Diagnostic } {
  const source = options.source ?? 'ingest/decode';
  const problem = (code: Code, detail: string) => ({
    problem: diagnostic(code, source, input, detail),
  });
  if (bytes.length === 0) return problem('NT_INGEST_EMPTY', '0 bytes');

  // A BOM comes first: UTF-16 text is full of NUL bytes, which the binary check would refuse.
  const bom = byteOrderMark(bytes);
  if (bom) return declaredOrGiven(bytes, bom, 'bom', 'its byte order mark', input, source);

  const declared = options.declared?.(asLatin1(bytes, declarationBytes));
  if (declared) {
    // A declaration found by reading the bytes as ASCII is not in UTF-16; browsers take UTF-8 then.
    const name = charsetName(declared.charset);
    const charset = name && isUtf16(name) ? 'utf-8' : declared.charset;
    return declaredOrGiven(bytes, charset, 'declared', declared.by, input, source);
  }
  if (options.charset)
    return declaredOrGiven(bytes, options.charset, 'given', options.charsetBy ?? '--charset', input, source);

  const binary = binaryProblem(bytes);
  if (binary) return problem('NT_INGEST_BINARY', binary);
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return finish(utf8, 'utf-8', 'utf-8', input, source);

  for (const answer of chardet.analyse(bytes)) {
    const charset = charsetName(answer.name);
    // chardet's UTF answers failed above or need a BOM; `ASCII` means windows-1252 to TextDecoder and
    // is tried last anyway; names TextDecoder does not know (ISO-2022-CN, UTF-32) are skipped.
    if (!charset || charset === 'utf-8' || isUtf16(charset) || answer.name === 'ASCII') continue;
    const text = tryDecode(charset, bytes);
    if (text === undefined || whyNotClean(text, charset, answer.confidence)) continue;
    const detail = `${answer.name.toLowerCase()} (chardet confidence ${(answer.confidence / 100).toFixed(2)})`;
    return finish(text, charset, 'detected', input, source, detail);
  }
  const fallback = tryDecode('windows-1252', bytes) as string;
  if (!whyNotClean(fallback, 'windows-1252'))
    return finish(
      fallback,
      'windows-1252',
      'fallback',
      input,
      source,
      'windows-1252 (no detector answer read cleanly)',
    );
  return problem('NT_INGEST_NOT_UTF8', `invalid byte near offset ${firstInvalidUtf8(bytes)}`);
}

/** Decodes in a charset the input's BOM or declaration names, or the caller gives: no guessing. */
function declaredOrGiven(
  bytes: Uint8Array,
  label: string,
  how: Decoded['how'],
  by: string,
  input: string,
  source: string,
): Decoded | { problem: Diagnostic } {
  const charset = charsetName(label);
  const bad = (detail: string) => ({ problem: diagnostic('NT_INGEST_BAD_CHARSET', source, input, detail) });
  if (!charset) return bad(`unknown charset "${label}" (${by})`);
  if (!isUtf16(charset)) {
    const binary = binaryProblem(bytes);
    if (binary) return { problem: diagnostic('NT_INGEST_BINARY', source, input, binary) };
  }
  const text = tryDecode(charset, bytes);
  if (text === undefined) {
    const where = charset === 'utf-8' ? ` near offset ${firstInvalidUtf8(bytes)}` : '';
    if (how === 'bom' && charset === 'utf-8')
      return { problem: diagnostic('NT_INGEST_NOT_UTF8', source, input, `invalid byte${where}`) };
    return bad(`invalid ${charset} bytes${where} (${by})`);
  }
  return finish(text, charset, how, input, source);
}

/** The decoded text, unless it is empty or (decoded from UTF-16) binary; a warning for a guess. */
function finish(
  text: string,
  charset: string,
  how: Decoded['how'],
  input: string,
  source: string,
  guess?: string,
): Decoded | { problem: Diagnostic } {
  if (text.trim() === '') return { problem: diagnostic('NT_INGEST_EMPTY', source, input, 'only whitespace') };
  if (isUtf16(charset)) {
    const binary = binaryText(text);
    if (binary) return { problem: diagnostic('NT_INGEST_BINARY', source, input, binary) };
  }
  const decoded: Decoded = { text, charset, how };
  if (guess) decoded.warning = diagnostic('NT_INGEST_CHARSET_GUESSED', source, input, guess, 'warning');
  return decoded;
}

/** The charset a byte order mark names (UTF-8, UTF-16LE, UTF-16BE), or undefined. */
export function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function tryDecode(charset: string, bytes: Uint8Array): string | undefined {
  try {
    return decodeAs(charset, bytes);
  } catch {
    return undefined;
  }
}

const isControl = (c: number) => c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c;

/** Why bytes of an ASCII-compatible charset are binary (a NUL byte, over 1% control bytes), or undefined. */
function binaryProblem(bytes: Uint8Array): string | undefined {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0) return `NUL byte at offset ${i}`;
    if (isControl(b)) controls++;
  }
  return controls > bytes.length / 100 ? `${controls} control bytes` : undefined;
}

/** The same test on decoded text (for UTF-16, whose bytes are full of NULs). */
function binaryText(text: string): string | undefined {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return `NUL character at offset ${i}`;
    if (isControl(c)) controls++;
  }
  return controls > text.length / 100 ? `${controls} control characters` : undefined;
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
