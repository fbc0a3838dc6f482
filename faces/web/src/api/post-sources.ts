// Asks the server where a text not in the index comes from (POST /api/sources), without storing it.
import { fetchJson } from './client.ts';
import type { Sources } from './types.ts';

/** What to check: pasted text or HTML, or a file as it was dropped. */
export type CheckInput = { text: string } | { html: string } | { file: File };

/** Content types by extension, for files the browser gives no type (a .md file often has none). */
const typesByExtension: Record<string, string> = {
  txt: 'text/plain',
  text: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  xhtml: 'application/xhtml+xml',
};

/** The content type a file is sent with: the browser's, else one by its extension, else text/plain. */
export function fileContentType(file: { name: string; type: string }): string {
  if (file.type) return file.type;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return typesByExtension[extension] ?? 'text/plain';
}

/** POSTs the input: text and HTML as JSON, a file as its own bytes with its content type. */
export function postSources(input: CheckInput, signal?: AbortSignal): Promise<Sources> {
  if ('file' in input)
    return fetchJson<Sources>('/api/sources', {
      method: 'POST',
      body: input.file,
      headers: { 'content-type': fileContentType(input.file) },
      signal,
    });
  return fetchJson<Sources>('/api/sources', {
    method: 'POST',
    body: JSON.stringify(input),
    headers: { 'content-type': 'application/json' },
    signal,
  });
}
