// The one interface every input format implements.
import type { Diagnostic } from '../../errors.ts';
import type { RawArticle } from '../types.ts';

/** What a reader is told besides the bytes. */
export interface ReadOptions {
  /**
   * The character set of inputs that declare none (`--charset`): after a BOM and the input's own
   * declaration, before UTF-8 and guessing. A canonical or WHATWG label (`windows-1252`, `latin1`).
   */
  charset?: string;
  /** Where `charset` comes from, for messages (`the Content-Type header`); `--charset` unless told. */
  charsetBy?: string;
  /**
   * When reading must stop (ms since the epoch): readers of many items (feeds, JSON lines, archives)
   * stop between items once it has passed, with NT_INGEST_TIMEOUT. Set by ingest (limits.ts).
   */
  deadline?: number;
}

/** A format newstrace reads: plain text, HTML, JSON lines, … */
export interface Reader {
  /** The format's name in messages. */
  format: string;
  /** File extensions, lowercase with the dot. */
  extensions: string[];
  /** True when the start of an input (decoded leniently) looks like this format: for `-` and unknown extensions. */
  sniff: (head: string) => boolean;
  /**
   * The articles of one input (several for JSON lines), each problem as a diagnostic (a guessed
   * character set as a warning beside the articles). `id` is the default id (the file name without
   * its extension).
   */
  read: (
    bytes: Uint8Array,
    path: string,
    id: string,
    options?: ReadOptions,
  ) => Array<RawArticle | Diagnostic> | Promise<Array<RawArticle | Diagnostic>>;
}
