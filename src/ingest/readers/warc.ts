// Reads WARC archives (warcio): each HTML response record becomes an article with its target URI and date.
import { gunzipSync } from 'node:zlib';
import { WARCParser } from 'warcio';
import { type Diagnostic, diagnostic } from '../../errors.ts';
import type { RawArticle } from '../types.ts';
import { decodeHtml, htmlArticle } from './html.ts';
import type { Reader } from './types.ts';

/** A record over this size is refused: no news page is that large, a video or a dump is. */
export const maxRecordBytes = 5 * 1024 * 1024;

/** Why gzipped bytes do not decompress to their end (a truncated download), or null. */
function gzipFault(bytes: Uint8Array): string | null {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return null;
  try {
    gunzipSync(bytes);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

export const warcReader: Reader = {
  format: 'warc',
  extensions: ['.warc', '.warc.gz'],
  sniff: (head) => head.startsWith('WARC/'),
  async read(bytes, path, _id, options = {}) {
    const out: Array<RawArticle | Diagnostic> = [];
    let n = 0;
    try {
      for await (const record of new WARCParser([bytes])) {
        if (record.warcType !== 'response') continue;
        n++;
        const where = `${path}#${n}`;
        const contentType = record.httpHeaders?.headers.get('Content-Type') ?? '';
        if (!/text\/html|application\/xhtml/i.test(contentType)) {
          await record.skipFully();
          continue;
        }
        const length = Number(record.warcHeaders.headers.get('Content-Length') ?? 0);
        if (length > maxRecordBytes) {
          await record.skipFully();
          out.push(
            diagnostic(
              'NT_INGEST_TOO_LARGE',
              'ingest/warc',
              where,
              `record of ${length} bytes; at most ${maxRecordBytes}`,
            ),
          );
          continue;
        }
        const body = await record.readFully(true);
        // The HTTP header's charset is the record's own: it comes before --charset.
        const header = /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1];
        const decoded = decodeHtml(
          body,
          where,
          header ? { charset: header, charsetBy: 'the HTTP header' } : options,
        );
        if ('problem' in decoded) {
          out.push(decoded.problem);
          continue;
        }
        if (decoded.warning) out.push(decoded.warning);
        const uri = record.warcTargetURI ?? where;
        const article = htmlArticle(decoded.text, where, uri);
        if ('code' in article) out.push(article);
        else {
          const date = record.warcDate ?? undefined;
          out.push({ ...article, meta: { url: uri, ...(date ? { retrieved: date } : {}), ...article.meta } });
        }
      }
    } catch (error) {
      out.push(diagnostic('NT_INGEST_BAD_ARCHIVE', 'ingest/warc', path, (error as Error).message));
      return out;
    }
    // warcio stops quietly at a truncated gzip member; zlib says so.
    const fault = gzipFault(bytes);
    if (fault) out.push(diagnostic('NT_INGEST_BAD_ARCHIVE', 'ingest/warc', path, fault));
    return out;
  },
};
