// Expands the paths a user gives into the article files under them.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic, diagnostic } from '../errors.ts';
import { isDocumentationName } from './documentation.ts';
import { readerForPath } from './readers/index.ts';

/**
 * Lists article files: a file path is taken as given (its format is checked when read), a folder is
 * walked recursively in name order, keeping supported extensions and skipping hidden entries and
 * documentation files (README.md, LICENSE, …).
 */
export function expandPaths(paths: string[]): { files: string[]; diagnostics: Diagnostic[] } {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push(path);
      continue;
    }
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch {
      diagnostics.push(diagnostic('NT_INGEST_NOT_FOUND', 'ingest/files', path));
      continue;
    }
    if (stat.isDirectory()) walk(path, files);
    else files.push(path);
  }
  return { files, diagnostics };
}

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && readerForPath(entry.name) !== undefined && !isDocumentationName(entry.name)) {
      out.push(full);
    }
  }
}
