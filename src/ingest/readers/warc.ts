// Reads WARC archives (warcio): each HTML response record becomes an article with its target URI and date.
import { WARCParser } from 'warcio';
import { type Code, type Diagnostic, diagnostic } from '../../errors.ts';
import { maxArchiveRecords, pastDeadline } from '../limits.ts';
import type { RawArticle } from '../types.ts';
import { gunzipLimited } from './gunzip.ts';
import { decodeHtml, htmlArticle } from './html.ts';
import type { Reader } from './types.ts';

/** A record over this size is refused: no news page is that large, a video or a dump is. */
export const maxRecordBytes = 5 * 1024 * 1024;

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * The archive's WARC bytes: gunzipped (under the limits of gunzip.ts) when they are gzip. Returns a
 * diagnostic instead for a bomb, or bytes that do not begin as WARC does (`WARC/1.x`), with a fault
 * in gzip (a truncated download) to report after the records read before it.
 */
async function warcBytes(
  bytes: Uint8Array,
  path: string,
): Promise<{ bytes: Uint8Array; fault?: string } | { problem: Diagnostic }> {
  const problem = (code: 'NT_INGEST_BAD_ARCHIVE' | 'NT_INGEST_TOO_LARGE', detail: string) => ({
    problem: diagnostic(code, 'ingest/warc', path, detail),
  });
  const gzip = isGzip(bytes);
  const plain = gzip ? await gunzipLimited(bytes) : { bytes };
  if ('overLimit' in plain && plain.overLimit)
    return problem('NT_INGEST_TOO_LARGE', `it decompresses to over ${plain.overLimit}`);
  if (!/^\s*WARC\/\d/.test(Buffer.from(plain.bytes.subarray(0, 64)).toString('latin1'))) {
    const what = gzip ? 'its gzip content' : /\.gz$/i.test(path) ? 'it is not gzip, and it' : 'it';
    const fault = 'fault' in plain && plain.fault ? ` (${plain.fault})` : '';
    return problem('NT_INGEST_BAD_ARCHIVE', `${what} does not begin with a WARC header${fault}`);
  }
  return 'fault' in plain && plain.fault
    ? { bytes: plain.bytes, fault: plain.fault }
    : { bytes: plain.bytes };
}

export const warcReader: Reader = {
  format: 'warc',
  extensions: ['.warc', '.warc.gz'],
  sniff: (head) => head.startsWith('WARC/'),
  async read(bytes, path, _id, options = {}) {
    const warc = await warcBytes(bytes, path);
    if ('problem' in warc) return [warc.problem];
    const out: Array<RawArticle | Diagnostic> = [];
    const problem = (code: Code, detail: string, where = path) =>
      diagnostic(code, 'ingest/warc', where, detail);
    let n = 0;
    let records = 0;
    try {
      const parser = new WARCParser([warc.bytes]);
      for await (const record of parser) {
        if (++records > maxArchiveRecords) {
          out.push(
            problem(
              'NT_INGEST_TOO_COMPLEX',
              `over ${maxArchiveRecords} records; the first ${maxArchiveRecords} were read`,
            ),
          );
          return out;
        }
        const late = pastDeadline(options.deadline, path, 'ingest/warc');
        if (late) return [...out, late];
        // A record must end inside the archive: warcio spins for ever skipping one that does not (a
        // cut download, a Content-Length that lies), waiting for bytes that never come.
        const declared = Number(record.warcHeaders.headers.get('Content-Length') ?? 0);
        // `_warcHeadersLength` is warcio's offset of the record's block (just past its WARC headers).
        const missing = parser._warcHeadersLength + declared - warc.bytes.length;
        if (!(missing <= 0)) {
          out.push(
            problem(
              'NT_INGEST_BAD_ARCHIVE',
              Number.isFinite(missing)
                ? `record ${records} claims ${declared} bytes and the archive ends ${missing} byte(s) short of them: it is cut off`
                : `record ${records} claims ${record.warcHeaders.headers.get('Content-Length')} bytes`,
            ),
          );
          return out;
        }
        if (record.warcType !== 'response') continue;
        n++;
        const where = `${path}#${n}`;
        const contentType = record.httpHeaders?.headers.get('Content-Type') ?? '';
        if (!/text\/html|application\/xhtml/i.test(contentType)) {
          await record.skipFully();
          continue;
        }
        if (declared > maxRecordBytes) {
          await record.skipFully();
          out.push(
            problem('NT_INGEST_TOO_LARGE', `record of ${declared} bytes; at most ${maxRecordBytes}`, where),
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
      out.push(problem('NT_INGEST_BAD_ARCHIVE', (error as Error).message));
      return out;
    }
    // warcio would stop quietly at a truncated gzip member; zlib said so.
    if (warc.fault) out.push(problem('NT_INGEST_BAD_ARCHIVE', warc.fault));
    // An archive read without fault but without a page is no success: say so.
    if (!out.some((r) => !('code' in r) || r.severity === 'error'))
      out.push(
        problem('NT_INGEST_BAD_ARCHIVE', `${records} records, ${n} responses, no HTML page with an article`),
      );
    return out;
  },
};
