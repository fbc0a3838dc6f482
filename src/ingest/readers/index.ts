// The input formats newstrace reads, and how an input's format is chosen: by extension, else by its first bytes.
import { extname } from 'node:path';
import { feedReader } from './feed.ts';
import { htmlReader } from './html.ts';
import { jsonlReader } from './jsonl.ts';
import { textReader } from './text.ts';
import type { Reader } from './types.ts';

export type { Reader } from './types.ts';

/** Every reader; text last, as the fallback when sniffing. */
export const readers: Reader[] = [htmlReader, feedReader, jsonlReader, textReader];

/** Extensions a folder walk picks up. */
export const supportedExtensions = new Set(readers.flatMap((r) => r.extensions));

/** The reader for a file by its extension; undefined when no reader claims it. */
export function readerForPath(path: string): Reader | undefined {
  const ext = extname(path).toLowerCase();
  return readers.find((r) => r.extensions.includes(ext));
}

/** The reader for bytes without a telling name (standard input): the first whose sniff accepts them. */
export function readerForBytes(bytes: Uint8Array): Reader {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '');
  return readers.find((r) => r.sniff(head)) ?? textReader;
}
