// The one interface every input format implements.
import type { Diagnostic } from '../../errors.ts';
import type { RawArticle } from '../types.ts';

/** A format newstrace reads: plain text, HTML, JSON lines, … */
export interface Reader {
  /** The format's name in messages. */
  format: string;
  /** File extensions, lowercase with the dot. */
  extensions: string[];
  /** True when the start of an input (decoded leniently) looks like this format: for `-` and unknown extensions. */
  sniff: (head: string) => boolean;
  /**
   * The articles of one input (several for JSON lines), each problem as a diagnostic. `id` is the
   * default id (the file name without its extension).
   */
  read: (
    bytes: Uint8Array,
    path: string,
    id: string,
  ) => Array<RawArticle | Diagnostic> | Promise<Array<RawArticle | Diagnostic>>;
}
