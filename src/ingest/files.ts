// Expands the paths a user gives into the article files under them.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic, diagnostic } from '../errors.ts';
import { isDocumentationName } from './documentation.ts';
import { readerForPath } from './readers/index.ts';

/**
 * Lists article files: a file path is taken as given (its format is checked when read), a folder is
 * walked recursively in name order, keeping supported extensions and skipping hidden entries,
 * symbolic links and documentation files (README.md, LICENSE, …). A folder with no article file
 * gets a NT_INGEST_NO_FILES warning.
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
    if (!stat.isDirectory()) {
      files.push(path);
      continue;
    }
    const before = files.length;
    const links = walk(path, files);
    // A folder that gives nothing is said to, not passed over in silence (a warning: an empty drop folder is no failure).
    if (files.length === before)
      diagnostics.push(
        diagnostic(
          'NT_INGEST_NO_FILES',
          'ingest/files',
          path,
          links > 0 ? `${links} symbolic links, which are not followed` : undefined,
          'warning',
        ),
      );
  }
  return { files, diagnostics };
}

/** Adds the article files under `dir` to `out`; returns how many symbolic links it passed (never followed: no loops). */
function walk(dir: string, out: string[]): number {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  let links = 0;
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isSymbolicLink()) links++;
    else if (entry.isDirectory()) links += walk(full, out);
    else if (entry.isFile() && readerForPath(entry.name) !== undefined && !isDocumentationName(entry.name)) {
      out.push(full);
    }
  }
  return links;
}
