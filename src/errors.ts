// Diagnostics (problems with an input, reported as values) and typed errors (caller mistakes).

/** Every diagnostic and error code newstrace emits. Codes are stable and never reused. */
export const codes = {
  NT_INGEST_NOT_FOUND: 'the path does not exist',
  NT_INGEST_UNREADABLE: 'the file could not be read (permissions, or not a regular file)',
  NT_INGEST_EMPTY: 'the file is empty or holds only whitespace',
  NT_INGEST_BINARY: 'the file holds binary data (NUL or control bytes), not text',
  NT_INGEST_NOT_UTF8: 'the file is not valid UTF-8 text, and no other character set reads it cleanly',
  NT_INGEST_TOO_SHORT: 'the text is too short to analyse (fewer than 2 sentences or 12 words)',
  NT_INGEST_UNSUPPORTED: 'the file extension is not a supported article format',
  NT_INGEST_NOT_ARTICLE: 'the Markdown file is documentation (lists, tables), not an article; skipped',
  NT_INGEST_DUPLICATE_ID: 'two inputs have the same article id; the later one was renamed',
  NT_INGEST_BAD_CHARSET:
    'the character set the input declares (or --charset names) is unknown, or the bytes are not valid in it',
  NT_INGEST_CHARSET_GUESSED: 'the character set was guessed',
  NT_INGEST_NO_ARTICLE: 'no article text was found in the page',
  NT_INGEST_BAD_LINE: 'a line of a JSON-lines file is not an article object',
  NT_INGEST_BAD_FEED: 'the file is not a readable RSS, RDF or Atom feed',
  NT_INGEST_BAD_ARCHIVE:
    'the WARC archive could not be read to its end (truncated, not WARC) or held no readable page; records before the fault were kept',
  NT_INGEST_TOO_LARGE: 'the input is larger than newstrace accepts',
  NT_INGEST_TOO_COMPLEX:
    'the input holds more structure than newstrace reads (nesting, elements, entries or records)',
  NT_INGEST_TRUNCATED: 'the article is longer than newstrace reads; its beginning was kept',
  NT_INGEST_NO_FILES: 'the folder holds no article file of a supported format',
  NT_INGEST_TIMEOUT: 'reading the input took longer than its time budget; what was read before was kept',
  NT_INDEX_ID_TAKEN: 'the index holds another text under this id; the new text was not stored',
  NT_INDEX_UNREADABLE: 'the file or database is not an index this version of newstrace reads',
  NT_INDEX_INCONSISTENT:
    'the index holds something it should not: a failed integrity check, missing keys or postings, or a story that disagrees with its verdicts',
} as const;

export type Code = keyof typeof codes;

/** A problem with one input. The batch goes on without that input. */
export interface Diagnostic {
  code: Code;
  /** The stage that found the problem, e.g. `ingest/text`. */
  source: string;
  /** The input the problem is about: a path, or `-` for standard input. */
  input: string;
  message: string;
  /** `error` drops the input; `warning` keeps it. */
  severity: 'error' | 'warning';
}

/** Builds a diagnostic whose message starts with the input's name and the reason. */
export function diagnostic(
  code: Code,
  source: string,
  input: string,
  detail?: string,
  severity: Diagnostic['severity'] = 'error',
): Diagnostic {
  const reason = detail ? `${codes[code]}: ${detail}` : codes[code];
  return { code, source, input, severity, message: `${input}: ${reason}` };
}

/** A mistake by the caller of the library (bad options, no inputs): thrown, never returned. */
export class NewstraceError extends Error {
  override name = 'NewstraceError';
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
  }
}
