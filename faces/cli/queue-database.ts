// The job queue lives in a PostgreSQL index (pg-boss): which --db values can hold one.
import { isPostgresUrl, withoutPassword } from '../../src/store/open.ts';

/** Why a --db cannot hold the job queue, or undefined when it can. */
export const queueRefusal = (db: string): string | undefined =>
  isPostgresUrl(db)
    ? undefined
    : `the job queue needs a PostgreSQL index (--db postgres://…), not ${withoutPassword(db)}`;
