// Opening the index store a location names: a PostgreSQL URL (postgres:// or postgresql://), else a
// SQLite file (or `:memory:`).
import { existsSync, statSync } from 'node:fs';
import { NewstraceError } from '../errors.ts';
import { isPostgresUrl, openPostgresStore, postgresDatabaseBytes, withoutPassword } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';
import type { IndexStore } from './types.ts';

export { isPostgresUrl, withoutPassword };

export interface OpenStoreOptions {
  /** Refuse a location holding no index (NT_INDEX_UNREADABLE), rather than creating one: reading commands. */
  existing?: boolean;
}

/**
 * Opens the index store at `location`: the PostgreSQL database of a postgres:// URL, else the SQLite
 * file of that path, creating its tables unless `existing`. Throws NewstraceError
 * (NT_INDEX_UNREADABLE) for a location that is not an index, or none when `existing`.
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<IndexStore> {
  if (isPostgresUrl(location)) return openPostgresStore(location, { create: !options.existing });
  if (options.existing && location !== ':memory:' && !existsSync(location))
    throw new NewstraceError('NT_INDEX_UNREADABLE', `no index at ${location}; run newstrace ingest first`);
  return openSqliteStore(location);
}

/**
 * Bytes the index takes: the PostgreSQL database's size, or the SQLite file's with its write-ahead
 * log (WAL mode keeps recent pages in a side file until a checkpoint).
 */
export async function storeBytes(location: string): Promise<number> {
  if (isPostgresUrl(location)) return postgresDatabaseBytes(location);
  return [location, `${location}-wal`].filter(existsSync).reduce((n, f) => n + statSync(f).size, 0);
}
