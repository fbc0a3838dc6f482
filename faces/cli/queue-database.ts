// The job queue lives in a PostgreSQL index (pg-boss): which --db values can hold one.

/** True for a postgres:// or postgresql:// URL. */
export const isQueueDatabase = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);

/** Why a --db cannot hold the job queue. */
export const queueNeedsPostgres = (db: string): string =>
  `the job queue needs a PostgreSQL index (--db postgres://…), not ${db}`;
