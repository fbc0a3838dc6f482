// Writes WARC archives with warcio, as crawlers do (one gzip member per record): for tests and benchmarks.
import { WARCRecord, WARCSerializer } from 'warcio';

/** One record to write: an HTTP response by default, or the request that asked for it. */
export interface WarcEntry {
  url: string;
  date: string;
  body: string;
  contentType?: string;
  type?: 'response' | 'request';
}

/** The bytes of a gzipped WARC 1.1 archive holding `entries` in order. */
export async function warcArchive(entries: WarcEntry[]): Promise<Uint8Array> {
  const records: Uint8Array[] = [];
  for (const e of entries) {
    const type = e.type ?? 'response';
    async function* content() {
      yield new TextEncoder().encode(e.body);
    }
    const record = await WARCRecord.create(
      {
        url: e.url,
        date: e.date,
        type,
        warcVersion: 'WARC/1.1',
        ...(type === 'response'
          ? {
              statusline: 'HTTP/1.1 200 OK',
              httpHeaders: { 'Content-Type': e.contentType ?? 'text/html; charset=utf-8' },
            }
          : {}),
      },
      content(),
    );
    records.push(await WARCSerializer.serialize(record, { gzip: true }));
  }
  return Buffer.concat(records);
}
