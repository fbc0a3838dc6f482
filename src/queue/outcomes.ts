// What an ingest did to each article posted: added, already indexed, or refused with the reason.
import type { AddReport } from '../corpus-index/types.ts';
import type { Diagnostic } from '../errors.ts';
import type { Ingested } from '../ingest/index.ts';

/** One article's outcome; an input that gave no article is named by its input (`request:2`, `feed.rss#3`). */
export interface IngestResult {
  id: string;
  outcome: 'added' | 'already indexed' | 'refused';
  diagnostic?: Diagnostic;
}

/** The answer of an ingest: a result per article and every diagnostic, warnings included. */
export interface IngestAnswer {
  results: IngestResult[];
  diagnostics: Diagnostic[];
}

/**
 * One result per article read, in order (refused ones with the error that kept them out: another
 * text under their id, too short to compare), then one per input that could not be read at all.
 */
export function ingestOutcomes(read: Ingested, report: AddReport): IngestAnswer {
  const added = new Set(report.added);
  const already = new Set(report.alreadyIndexed);
  // Diagnostics name an article by its path, which is unique within one upload.
  const refusal = new Map(report.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.input, d]));
  const results: IngestResult[] = read.articles.map((a) => {
    if (added.has(a.id)) return { id: a.id, outcome: 'added' };
    if (already.has(a.id)) return { id: a.id, outcome: 'already indexed' };
    const why = refusal.get(a.path);
    return { id: a.id, outcome: 'refused', ...(why ? { diagnostic: why } : {}) };
  });
  for (const d of read.diagnostics)
    if (d.severity === 'error') results.push({ id: d.input, outcome: 'refused', diagnostic: d });
  return { results, diagnostics: [...read.diagnostics, ...report.diagnostics] };
}
