// Whether text decoded in a guessed character set reads as text, or is the wrong charset's mojibake.
//
// A wrong single-byte charset never fails to decode: every byte means something. What gives it away
// is what the decoded text looks like. The limits were set with eval/charsets.ts:
// 277 texts (GnuPG's help in 15 languages re-encoded in their legacy charsets, 27 language-charset
// pairs, and English news in windows-1252; each whole and cut to 300 characters), decoded in each of
// 18 charsets (1,098 correct decodings, 2,506 mojibake), and 600 random byte strings. With these
// limits decodeText reads all 277 texts correctly and 9 of the 600 random strings (all of 20 or 60
// bytes); the C1, NUL, U+FFFD and private-use tests alone let 1,898 of the mojibake decodings and
// 1,684 of 5,996 random ones through, the limits 443 and 84. The mojibake that passes is one Latin
// charset read as another (è as č): the same letters, told apart only by chardet's language models.

/**
 * Charsets whose letters are Latin: most letters of a Latin-script text are ASCII in them. Vietnamese
 * (windows-1258, tones as combining marks) has the most non-ASCII letters: 23.6% even with the tones
 * composed, in the 965,410 letters of Debian's Vietnamese message catalogues.
 */
const latinSingleByte = new Set([
  'windows-1250',
  'windows-1252',
  'windows-1254',
  'windows-1257',
  'windows-1258',
  'iso-8859-2',
  'iso-8859-3',
  'iso-8859-4',
  'iso-8859-10',
  'iso-8859-13',
  'iso-8859-14',
  'iso-8859-15',
  'macintosh',
]);

/** Charsets of two or more bytes per character (CJK), where chardet's confidence is a strong signal. */
const multiByte = new Set(['shift_jis', 'euc-jp', 'iso-2022-jp', 'gb18030', 'gbk', 'big5', 'euc-kr']);

/** The plausibility limits of a guessed decoding; `cleanLimits` holds the measured ones. */
export interface CleanLimits {
  /**
   * At most this share of a Latin-script text's letters are not ASCII (Latin single-byte guesses).
   * Measured: at most 15.5% in a correct decoding (median 1.8%; Slovak is highest, and 0.15 refuses 2
   * of them, 0.2 none); median 97% (9 in 10 above 67%) when Cyrillic or CJK bytes are read as a Latin
   * charset, 100% for random high bytes. Off, 62 more random decodings pass.
   */
  nonAsciiLetterShare: number;
  /**
   * At most this share of the words holding a non-ASCII letter mix two scripts (Latin with Cyrillic,
   * Greek, Arabic…), as "cafл" does. Measured: none in the correct decodings; a median of 100% of such
   * words when Latin text is read as a Cyrillic, Greek, Hebrew or Arabic charset. Off, 648 more
   * mojibake decodings pass.
   */
  scriptMixedWordShare: number;
  /**
   * At most this many symbols inside words ("vä¹ho": Latin-2 ľ read as windows-1252; "don▓t":
   * windows-1252 ’ read as KOI8-R), as a share of the words holding a non-ASCII letter. Measured: none
   * in the correct decodings; off, 149 more mojibake and 161 more random decodings pass.
   */
  symbolInWordShare: number;
  /**
   * At most this share of the cased words holding a non-ASCII letter turn from lower to upper case
   * inside ("пТЙЧЕФ": KOI8-R read as windows-1251), counted from `minCasedWords` such words on.
   * Measured: at most 9.1% in correct decodings (Turkish menu labels with a marked key, "çıKmak";
   * 0.05 refuses 2 of them); median 59% (9 in 10 above 50%) in random high bytes read as a Cyrillic
   * charset; off, 48 more mojibake decodings pass. ASCII words are left out: "iPhone" is real.
   */
  caseBreakWordShare: number;
  minCasedWords: number;
  /**
   * A multi-byte (CJK) guess needs at least this chardet confidence (0–100). Measured: 100 for every
   * Japanese and Chinese text, whole or its first 300 characters; at most 59 for random bytes read as
   * Shift_JIS, Big5 or GB18030, in which nearly any byte pairs decode. (chardet gives 10 to a text of
   * 10 double-byte characters or fewer: such a text is not guessed as CJK.)
   */
  multiByteConfidence: number;
}

export const cleanLimits: CleanLimits = {
  nonAsciiLetterShare: 0.3,
  scriptMixedWordShare: 0.05,
  symbolInWordShare: 0.05,
  caseBreakWordShare: 0.2,
  minCasedWords: 5,
  multiByteConfidence: 80,
};

const scripts = ['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Thai', 'Hangul'].map(
  (name) => new RegExp(`\\p{Script=${name}}`, 'u'),
);

/**
 * Why `text`, decoded from a guessed `charset`, does not read cleanly, or undefined when it does. Not
 * clean: a U+FFFD; a C1 control (U+0080–U+009F: no charset's text has them, a wrong charset's bytes
 * do); binary content (a NUL, or over 1% C0 controls other than tab, newline, CR, form feed); a
 * private-use character (a wrong CJK guess lands in the user-defined areas); or an implausible text by
 * the measured `limits`. `confidence` is chardet's (0–100), for multi-byte guesses.
 */
export function whyNotClean(
  text: string,
  charset: string,
  confidence = 100,
  limits: CleanLimits = cleanLimits,
): string | undefined {
  let controls = 0;
  let length = 0;
  for (const ch of text) {
    length++;
    const cp = ch.codePointAt(0) as number;
    if (cp === 0xfffd) return 'a replacement character (U+FFFD)';
    if (cp >= 0x80 && cp <= 0x9f) return `a C1 control character (U+${hex(cp)})`;
    if (cp === 0) return 'a NUL character';
    if (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d && cp !== 0x0c) controls++;
    if (cp >= 0xe000 && cp <= 0xf8ff) return `a private-use character (U+${hex(cp)})`;
  }
  if (controls > length / 100) return `${controls} control characters`;
  if (multiByte.has(charset) && confidence < limits.multiByteConfidence)
    return `chardet confidence ${confidence} below ${limits.multiByteConfidence} for a multi-byte charset`;

  const m = measureText(text);
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  if (latinSingleByte.has(charset) && m.nonAsciiLetterShare > limits.nonAsciiLetterShare)
    return `${pct(m.nonAsciiLetterShare)} of the letters are not ASCII`;
  if (m.scriptMixedWordShare > limits.scriptMixedWordShare)
    return `${pct(m.scriptMixedWordShare)} of the words mix scripts`;
  if (m.symbolInWordShare > limits.symbolInWordShare)
    return `symbols inside words (${pct(m.symbolInWordShare)} of the non-ASCII words)`;
  if (m.casedWords >= limits.minCasedWords && m.caseBreakWordShare > limits.caseBreakWordShare)
    return `${pct(m.caseBreakWordShare)} of the words change case inside`;
  return undefined;
}

/** What the plausibility limits are compared with (shares 0–1; see CleanLimits for each). */
export interface TextMeasures {
  nonAsciiLetterShare: number;
  scriptMixedWordShare: number;
  symbolInWordShare: number;
  caseBreakWordShare: number;
  /** Cased words of 2+ letters holding a non-ASCII letter: the base of caseBreakWordShare. */
  casedWords: number;
}

/** The plausibility measures of a decoded text. */
export function measureText(text: string): TextMeasures {
  let letters = 0;
  let nonAsciiLetters = 0;
  let words = 0;
  let scriptMixed = 0;
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    letters += word.length;
    const nonAscii = word.replace(/[A-Za-z]/g, '').length;
    if (nonAscii === 0) continue;
    nonAsciiLetters += nonAscii;
    words++;
    if (scripts.filter((script) => script.test(word)).length > 1) scriptMixed++;
  }
  // A non-ASCII character that is not a letter, mark, punctuation or space, between two letters.
  const symbolInWord = [...text.matchAll(/\p{L}[^\p{ASCII}\p{L}\p{M}\p{P}\p{Z}]\p{L}/gu)].length;
  let cased = 0;
  let caseBreaks = 0;
  for (const [word] of text.matchAll(/[\p{Lu}\p{Ll}\p{Lt}]{2,}/gu)) {
    if (!/\P{ASCII}/u.test(word) || !/\p{Ll}/u.test(word)) continue;
    cased++;
    if (/\p{Ll}\p{Lu}/u.test(word)) caseBreaks++;
  }
  return {
    nonAsciiLetterShare: nonAsciiLetters / Math.max(letters, 1),
    scriptMixedWordShare: scriptMixed / Math.max(words, 1),
    symbolInWordShare: symbolInWord / Math.max(words, 1),
    caseBreakWordShare: caseBreaks / Math.max(cased, 1),
    casedWords: cased,
  };
}

const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');
