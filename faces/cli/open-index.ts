// Opening the index database for the commands that use it.
import { existsSync } from 'node:fs';
import { type CorpusIndex, type CorpusIndexOptions, openCorpusIndex } from '../../src/corpus-index/index.ts';
import { NewstraceError } from '../../src/errors.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';

/** Opens (creating if needed) the index at `db`; null after saying why when the file is not an index. */
export async function openIndex(db: string, options: CorpusIndexOptions = {}): Promise<CorpusIndex | null> {
  try {
    return await openCorpusIndex(openSqliteStore(db), options);
  } catch (error) {
    if (!(error instanceof NewstraceError)) throw error;
    process.stderr.write(`newstrace: ${error.message}\n`);
    return null;
  }
}

/** Opens an index that must exist already (reading commands never create one); null after saying so. */
export async function openExistingIndex(db: string): Promise<CorpusIndex | null> {
  if (existsSync(db)) return openIndex(db);
  process.stderr.write(`newstrace: no index at ${db}; run newstrace ingest first\n`);
  return null;
}
