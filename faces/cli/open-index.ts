// Opening the index database for the commands that use it: a SQLite file, or a postgres:// URL.
import { type CorpusIndex, type CorpusIndexOptions, openCorpusIndex } from '../../src/corpus-index/index.ts';
import { NewstraceError } from '../../src/errors.ts';
import { type OpenStoreOptions, openStore } from '../../src/store/open.ts';

/** Opens (creating if needed) the index at `db`; null after saying why when it is not an index. */
export async function openIndex(
  db: string,
  options: CorpusIndexOptions = {},
  storeOptions: OpenStoreOptions = {},
): Promise<CorpusIndex | null> {
  try {
    return await openCorpusIndex(await openStore(db, storeOptions), options);
  } catch (error) {
    if (!(error instanceof NewstraceError)) throw error;
    process.stderr.write(`newstrace: ${error.message}\n`);
    return null;
  }
}

/** Opens an index that must exist already (reading commands never create one); null after saying so. */
export async function openExistingIndex(db: string): Promise<CorpusIndex | null> {
  return openIndex(db, {}, { existing: true });
}
