// The input formats newstrace reads, and how an input's format is chosen: by extension, else by its first bytes.
import { byteOrderMark } from '../decode.ts';
import { feedReader } from './feed.ts';
import { htmlReader } from './html.ts';
import { jsonlReader } from './jsonl.ts';
import { textReader } from './text.ts';
import type { Reader } from './types.ts';
import { warcReader } from './warc.ts';

export type { Reader, ReadOptions } from './types.ts';

/** Every reader; text last, as the fallback when sniffing. */
export const readers: Reader[] = [htmlReader, feedReader, jsonlReader, warcReader, textReader];

/** Every extension a reader claims, for messages. */
export const supportedExtensions = readers.flatMap((r) => r.extensions);

/** The reader for a file by the end of its name (`.warc.gz` too); undefined when no reader claims it. */
export function readerForPath(path: string): Reader | undefined {
  const name = path.toLowerCase();
  return readers.find((r) => r.extensions.some((ext) => name.endsWith(ext)));
}

/** The reader for bytes without a telling name (standard input): the first whose sniff accepts them. */
export function readerForBytes(bytes: Uint8Array): Reader {
  // UTF-16 with a BOM is sniffed in UTF-16; anything else leniently as UTF-8 (ASCII markup is the same).
  const head = new TextDecoder(byteOrderMark(bytes) ?? 'utf-8').decode(bytes.subarray(0, 2048));
  return readers.find((r) => r.sniff(head)) ?? textReader;
}
