// Decompresses gzip (one member or several) with a ceiling on the bytes it makes, keeping what came before a fault.
import { createGunzip } from 'node:zlib';
import { maxDecompressedBytes, maxDecompressionRatio } from '../limits.ts';

/** What decompression gave: the bytes, and why it stopped early (a fault or a limit), if it did. */
export interface Gunzipped {
  bytes: Uint8Array;
  /** zlib's message when the data is not gzip or is cut short; the bytes before it are kept. */
  fault?: string;
  /** Set when the output passed its ceiling: which limit, for the message. `bytes` is then partial. */
  overLimit?: string;
}

/**
 * The most bytes `compressed` may decompress to: `maxDecompressedBytes`, and at most
 * `maxDecompressionRatio` times its size plus 1 MB (limits.ts).
 */
export function decompressedCeiling(compressed: number): { bytes: number; limit: string } {
  const byRatio = compressed * maxDecompressionRatio + 1024 * 1024;
  return byRatio < maxDecompressedBytes
    ? { bytes: byRatio, limit: `${maxDecompressionRatio} times its ${compressed} bytes (plus 1 MB)` }
    : { bytes: maxDecompressedBytes, limit: `${maxDecompressedBytes} bytes` };
}

/** Streams `compressed` through zlib, stopping as soon as the output passes its ceiling (a gzip bomb). */
export function gunzipLimited(compressed: Uint8Array): Promise<Gunzipped> {
  const ceiling = decompressedCeiling(compressed.length);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (extra: Omit<Gunzipped, 'bytes'> = {}) => {
      if (settled) return;
      settled = true;
      resolve({ bytes: Buffer.concat(chunks), ...extra });
    };
    const gunzip = createGunzip();
    gunzip.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > ceiling.bytes) {
        finish({ overLimit: ceiling.limit });
        gunzip.destroy();
        return;
      }
      chunks.push(chunk);
    });
    gunzip.on('error', (error) => finish({ fault: error.message }));
    gunzip.on('end', () => finish());
    gunzip.end(compressed);
  });
}
