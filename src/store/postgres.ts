// The index store on PostgreSQL (pg): one database shared by several processes, each a writer in turn.
// Same answers, in the same order, as the SQLite store (sqlite.ts); statements are batched where
// SQLite runs one per key or row, as a round trip to the server costs more than the statement.
import pg from 'pg';
import { recentlyUsed, setBounded } from '../bounded-map.ts';
import type { PairVerdict } from '../classify/types.ts';
import type { Contribution } from '../coverage/types.ts';
import { NewstraceError } from '../errors.ts';
import type { Derivation, Kinship } from '../provenance/types.ts';
import type { Quote } from '../quotes/types.ts';
import {
  type ArticleRow,
  articleColumns,
  articleValues,
  fromRow,
  insertColumns,
  orphanQueries,
} from './rows.ts';
import type {
  ArticleHead,
  IndexStore,
  ListedQuote,
  StoredArticle,
  StoredKeys,
  StoryFindings,
  StoryPage,
} from './types.ts';

/** Bumped when the tables change; a database laid out by another version is refused, not misread. */
const schemaVersion = 1;

/** Articles whose anchors are kept in memory (about 15 MB), as in the SQLite store. */
const recentAnchorsKept = 10_000;

/** Common keys remembered at most per key table (a bound on memory; forgetting only costs a read). */
const maxCommonKeys = 200_000;

/** Connections for reads outside a transaction (the server answers several requests at once). */
const readConnections = 4;

/**
 * The advisory lock every writer holds for its whole transaction (an arbitrary fixed key, "news" in
 * ASCII; advisory locks are per database). See `begin`.
 */
const writerLock = 0x6e657773;

/**
 * How long a writer waits for the writer lock (ms): as the SQLite store's writeWaitMs, a writer
 * queued behind three others each holding it for a batch of 500 articles.
 */
const writeWaitMs = 10 * 60_000;

// Every text column is compared and ordered in byte order (COLLATE "C"), as SQLite compares text,
// whatever the database's locale: verdicts are read in the order of their ids, and times are
// compared as ISO strings. JSON is kept as text, so that it reads back as written (key order too).
const schema = `
CREATE TABLE newstrace_meta (layout integer NOT NULL);
CREATE TABLE articles (
  ref bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text COLLATE "C" NOT NULL UNIQUE,
  content_hash text NOT NULL,
  path text NOT NULL,
  body_start integer NOT NULL,
  text text NOT NULL,
  meta text NOT NULL,
  title text NOT NULL,
  sentences text NOT NULL,
  boilerplate text NOT NULL,
  anchors text NOT NULL,
  story text COLLATE "C" NOT NULL,
  -- publication time when known, else the ingest time (UTC ISO): what "stories --since" filters on
  time text COLLATE "C" NOT NULL
);
CREATE INDEX articles_story ON articles (story);
CREATE INDEX articles_time ON articles (time);
CREATE TABLE anchor_keys (key bigint NOT NULL, ref bigint NOT NULL, PRIMARY KEY (key, ref));
CREATE TABLE band_keys (key bigint NOT NULL, ref bigint NOT NULL, PRIMARY KEY (key, ref));
CREATE TABLE passage_keys (key bigint NOT NULL, ref bigint NOT NULL, PRIMARY KEY (key, ref));
CREATE TABLE verdicts (a text COLLATE "C" NOT NULL, b text COLLATE "C" NOT NULL, verdict text NOT NULL, PRIMARY KEY (a, b));
-- seq: findings are read back in the order they were found (SQLite's rowid)
CREATE TABLE derivations (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  story text COLLATE "C" NOT NULL, original text COLLATE "C" NOT NULL, copy text COLLATE "C" NOT NULL, record text NOT NULL
);
CREATE UNIQUE INDEX derivations_pair ON derivations (original, copy);
CREATE INDEX derivations_copy ON derivations (copy);
CREATE INDEX derivations_story ON derivations (story);
CREATE TABLE kinships (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  story text COLLATE "C" NOT NULL, a text COLLATE "C" NOT NULL, b text COLLATE "C" NOT NULL, record text NOT NULL
);
CREATE UNIQUE INDEX kinships_pair ON kinships (a, b);
CREATE INDEX kinships_b ON kinships (b);
CREATE INDEX kinships_story ON kinships (story);
CREATE TABLE contributions (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  story text COLLATE "C" NOT NULL, article text COLLATE "C" NOT NULL UNIQUE, record text NOT NULL
);
CREATE INDEX contributions_story ON contributions (story);
-- each article's quotations in text order; speaker_key is the speaker lowercased, null when none
CREATE TABLE quotes (ref bigint NOT NULL, n integer NOT NULL, speaker_key text COLLATE "C", record text NOT NULL, PRIMARY KEY (ref, n));
CREATE INDEX quotes_speaker ON quotes (speaker_key);
`;

/** The tables of the layout: one of them without `newstrace_meta` is another layout. */
const tables = [
  'articles',
  'anchor_keys',
  'band_keys',
  'passage_keys',
  'verdicts',
  'derivations',
  'kinships',
  'contributions',
  'quotes',
];

/** bigint (refs, keys, counts) as a number: refs and keys are below 2⁵³. */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? Number
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/** The location without a password: a postgres:// URL's removed, anything else as given. For messages. */
export function withoutPassword(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const parsed = new URL(location);
    if (!parsed.password) return location;
    parsed.password = '';
    return parsed.toString();
  } catch {
    return location.replace(/:[^:@/]*@/, '@');
  }
}

/** Whether `location` names a PostgreSQL database (postgres:// or postgresql://) rather than a file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Rows of `rows` keyed by `key`, in the order of `wanted` (repeats repeated, missing left out). */
function inOrder<K, R>(wanted: K[], rows: R[], key: (row: R) => K): R[] {
  const by = new Map(rows.map((r) => [key(r), r]));
  return wanted.flatMap((k) => {
    const row = by.get(k);
    return row ? [row] : [];
  });
}

/** The last of each pair with the same key, at its place: what SQLite's INSERT OR REPLACE leaves. */
function lastOfEach<T>(items: T[], key: (item: T) => string): T[] {
  const last = new Map(items.map((item, i) => [key(item), i]));
  return items.filter((item, i) => last.get(key(item)) === i);
}

/**
 * Whether the database holds this layout's tables (true) or none of them (false); throws when it
 * holds another layout, or tables named as ours without it.
 */
async function hasSchema(client: pg.PoolClient, shown: string): Promise<boolean> {
  const found = await client.query<{ name: string }>(
    'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY($1)',
    [['newstrace_meta', ...tables]],
  );
  const names = new Set(found.rows.map((r) => r.name));
  if (names.size === 0) return false;
  if (!names.has('newstrace_meta'))
    throw new NewstraceError(
      'NT_INDEX_UNREADABLE',
      `${shown}: holds tables named as newstrace's (${[...names].join(', ')}) but no newstrace_meta: not an index this version reads; ingest into a new database`,
    );
  const layout = (await client.query<{ layout: number }>('SELECT layout FROM newstrace_meta')).rows[0]
    ?.layout;
  if (layout !== schemaVersion)
    throw new NewstraceError(
      'NT_INDEX_UNREADABLE',
      `${shown}: index made by another version of newstrace (layout ${layout ?? 'none'}, this one reads ${schemaVersion}); ingest into a new database`,
    );
  return true;
}

/** Opens the schema, creating it when `create` and the database holds none; throws on another layout. */
async function ensureSchema(client: pg.PoolClient, shown: string, create: boolean): Promise<void> {
  // Read without a lock first: opening an index never waits for a writer's batch.
  if (await hasSchema(client, shown)) return;
  if (!create)
    throw new NewstraceError('NT_INDEX_UNREADABLE', `no index at ${shown}; run newstrace ingest first`);
  // Under the writer lock: processes opening a new database at once create its tables once.
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [writerLock]);
    if (!(await hasSchema(client, shown))) {
      await client.query(schema);
      await client.query('INSERT INTO newstrace_meta (layout) VALUES ($1)', [schemaVersion]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** A statement, prepared once per connection under its name. */
interface Statement {
  name: string;
  text: string;
}

let statementCount = 0;
const statement = (text: string): Statement => ({ name: `nt${++statementCount}`, text });

const keyTables = { anchors: 'anchor_keys', bands: 'band_keys', passages: 'passage_keys' } as const;

/** Per distinct key, its holders newest first, at most `limit` (one statement for all keys). */
const postingsOf = (table: string) =>
  statement(
    `SELECT k.key, p.ref FROM (SELECT DISTINCT unnest($1::bigint[]) AS key) k
       CROSS JOIN LATERAL (SELECT ref FROM ${table} t WHERE t.key = k.key ORDER BY ref DESC LIMIT $2) p
       ORDER BY k.key, p.ref DESC`,
  );

const sql = {
  byId: statement(`SELECT ${articleColumns} FROM articles WHERE id = $1`),
  byRefs: statement(`SELECT ${articleColumns} FROM articles WHERE ref = ANY($1::bigint[])`),
  heads: statement('SELECT id, title, path, story, meta FROM articles WHERE id = ANY($1::text[])'),
  // The article and its keys in one round trip (an article has some 150 keys).
  insert: statement(
    `WITH a AS (
       INSERT INTO articles (${insertColumns})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ref
     ),
     x AS (INSERT INTO anchor_keys (key, ref) SELECT DISTINCT k, (SELECT ref FROM a) FROM unnest($13::bigint[]) k ON CONFLICT DO NOTHING),
     y AS (INSERT INTO band_keys (key, ref) SELECT DISTINCT k, (SELECT ref FROM a) FROM unnest($14::bigint[]) k ON CONFLICT DO NOTHING),
     z AS (INSERT INTO passage_keys (key, ref) SELECT DISTINCT k, (SELECT ref FROM a) FROM unnest($15::bigint[]) k ON CONFLICT DO NOTHING)
     SELECT ref FROM a`,
  ),
  anchorPostings: postingsOf(keyTables.anchors),
  bandPostings: postingsOf(keyTables.bands),
  passagePostings: postingsOf(keyTables.passages),
  anchorsOf: statement('SELECT ref, anchors FROM articles WHERE ref = ANY($1::bigint[])'),
  putVerdicts: statement(
    `INSERT INTO verdicts (a, b, verdict) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (a, b) DO UPDATE SET verdict = excluded.verdict`,
  ),
  // Per `a`, by `b` in byte order: the order SQLite reads its (a, b) key in.
  verdictsAmong: statement(
    'SELECT a, verdict FROM verdicts WHERE a = ANY($1::text[]) AND b = ANY($1::text[]) ORDER BY a, b',
  ),
  relabel: statement(
    `WITH u AS (UPDATE articles SET story = $1 WHERE story = ANY($2::text[])),
       d AS (DELETE FROM derivations WHERE story = ANY($2::text[])),
       k AS (DELETE FROM kinships WHERE story = ANY($2::text[])),
       c AS (DELETE FROM contributions WHERE story = ANY($2::text[]))
     SELECT 1`,
  ),
  members: statement('SELECT id FROM articles WHERE story = $1 ORDER BY ref'),
  membersOf: statement('SELECT story, id FROM articles WHERE story = ANY($1::text[]) ORDER BY ref'),
  // A story's findings dropped, and those of other stories about the same pairs (INSERT OR REPLACE).
  // Rows are chosen by a union of index look-ups: `story = $1 OR (original, copy) IN (…)` has no
  // index plan, and its scan of the whole table per story made ingest slower as the index grew.
  dropFindings: statement(
    `WITH d AS (DELETE FROM derivations WHERE seq IN (
         SELECT seq FROM derivations WHERE story = $1
         UNION SELECT t.seq FROM derivations t JOIN unnest($2::text[], $3::text[]) u(o, c) ON t.original = u.o AND t.copy = u.c)),
       k AS (DELETE FROM kinships WHERE seq IN (
         SELECT seq FROM kinships WHERE story = $1
         UNION SELECT t.seq FROM kinships t JOIN unnest($4::text[], $5::text[]) u(a, b) ON t.a = u.a AND t.b = u.b)),
       c AS (DELETE FROM contributions WHERE story = $1 OR article = ANY($6::text[]))
     SELECT 1`,
  ),
  putFindings: statement(
    `WITH d AS (INSERT INTO derivations (story, original, copy, record)
         SELECT $1, o, c, r FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(o, c, r, n) ORDER BY n),
       k AS (INSERT INTO kinships (story, a, b, record)
         SELECT $1, a, b, r FROM unnest($5::text[], $6::text[], $7::text[]) WITH ORDINALITY AS u(a, b, r, n) ORDER BY n)
     INSERT INTO contributions (story, article, record)
       SELECT $1, a, r FROM unnest($8::text[], $9::text[]) WITH ORDINALITY AS u(a, r, n) ORDER BY n`,
  ),
  findingsOf: statement(
    `SELECT 'd' AS kind, record, seq FROM derivations WHERE original = $1 OR copy = $1
     UNION ALL SELECT 'k', record, seq FROM kinships WHERE a = $1 OR b = $1
     UNION ALL SELECT 'c', record, seq FROM contributions WHERE article = $1
     ORDER BY kind, seq`,
  ),
  storyFindings: statement(
    `SELECT 'd' AS kind, record, seq FROM derivations WHERE story = $1
     UNION ALL SELECT 'k', record, seq FROM kinships WHERE story = $1
     UNION ALL SELECT 'c', record, seq FROM contributions WHERE story = $1
     ORDER BY kind, seq`,
  ),
  stories: statement(
    `SELECT story, array_agg(id ORDER BY ref) AS ids FROM articles
       WHERE story IN (SELECT story FROM articles WHERE time >= $1)
       GROUP BY story ORDER BY max(ref) DESC`,
  ),
  refsBelow: statement('SELECT ref, story FROM articles WHERE ref < $1 ORDER BY ref DESC LIMIT $2'),
  // Per story: its newest ref, whether an article is at or after `since`, and what `containing` searches.
  storiesNamed: statement(
    `SELECT story, max(ref) AS newest, bool_or(time >= $2) AS since,
         array_agg(id) AS ids, array_agg(title) AS titles, array_agg(meta::jsonb ->> 'publisher') AS publishers
       FROM articles WHERE story = ANY($1::text[]) GROUP BY story`,
  ),
  putQuotes: statement(
    `INSERT INTO quotes (ref, n, speaker_key, record)
       SELECT $1, n - 1, s, r FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS u(s, r, n)
       ON CONFLICT (ref, n) DO UPDATE SET speaker_key = excluded.speaker_key, record = excluded.record`,
  ),
  quotesNewest: statement(
    `SELECT q.record, a.title FROM articles a JOIN quotes q ON q.ref = a.ref
       ORDER BY a.time DESC, a.ref DESC, q.n LIMIT $1`,
  ),
  // As in the SQLite store: the distinct speakers matched first, their quotations through the index.
  quotesBySpeaker: statement(
    `SELECT q.record, a.title FROM quotes q JOIN articles a ON a.ref = q.ref
       WHERE q.speaker_key IN (SELECT DISTINCT speaker_key FROM quotes WHERE strpos(speaker_key, $1) > 0)
       ORDER BY a.time DESC, a.ref DESC, q.n LIMIT $2`,
  ),
  missingPostings: statement(
    `SELECT * FROM (
       SELECT 'b' AS kind, k AS key, n FROM unnest($2::bigint[]) WITH ORDINALITY AS u(k, n)
         WHERE NOT EXISTS (SELECT 1 FROM band_keys WHERE key = k AND ref = $1)
       UNION ALL SELECT 'p', k, n FROM unnest($3::bigint[]) WITH ORDINALITY AS u(k, n)
         WHERE NOT EXISTS (SELECT 1 FROM passage_keys WHERE key = k AND ref = $1)
       UNION ALL SELECT 'a', k, n FROM unnest($4::bigint[]) WITH ORDINALITY AS u(k, n)
         WHERE NOT EXISTS (SELECT 1 FROM anchor_keys WHERE key = k AND ref = $1)
     ) m ORDER BY kind, n`,
  ),
  refs: statement('SELECT ref FROM articles ORDER BY ref'),
  count: statement('SELECT count(*) AS n FROM articles'),
  storyCount: statement('SELECT count(DISTINCT story) AS n FROM articles'),
};

/** Options of `openPostgresStore`. */
export interface PostgresStoreOptions {
  /** Create the tables in a database that holds none (default true); else refuse it as "no index". */
  create?: boolean;
}

/**
 * Opens the index store in the PostgreSQL database at `url` (postgres://user@host:port/database;
 * what the URL leaves out comes from pg's defaults: PGHOST, PGPASSWORD, ~/.pgpass …), creating its
 * tables in a database that holds none. A database it cannot reach, or laid out by another version,
 * is a NewstraceError (NT_INDEX_UNREADABLE) naming the URL without its password.
 */
export async function openPostgresStore(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<IndexStore> {
  const shown = withoutPassword(url);
  const pool = new pg.Pool({ connectionString: url, max: readConnections, types });
  // An idle connection the server drops is an error on the pool: the next query opens another.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    try {
      await ensureSchema(client, shown, options.create ?? true);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    if (error instanceof NewstraceError) throw error;
    throw new NewstraceError(
      'NT_INDEX_UNREADABLE',
      `${shown}: cannot open the index: ${(error as Error).message}`,
    );
  }
  return postgresStore(pool);
}

/** The size of the database at `url` in bytes (pg_database_size: tables, indexes and all). */
export async function postgresDatabaseBytes(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, types });
  try {
    await client.connect();
    return (
      (await client.query<{ n: number }>('SELECT pg_database_size(current_database()) AS n')).rows[0]?.n ?? 0
    );
  } catch (error) {
    throw new NewstraceError('NT_INDEX_UNREADABLE', `${withoutPassword(url)}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

function postgresStore(pool: pg.Pool): IndexStore {
  /** The client of the open transaction: every statement between begin and commit goes through it. */
  let tx: pg.PoolClient | undefined;
  const run = async <R extends pg.QueryResultRow>(s: Statement, values: unknown[] = []) =>
    (await (tx ?? pool).query<R>({ name: s.name, text: s.text, values })).rows;

  /** Per key table, keys known to be held by more than a limit, with that limit (see sqlite.ts). */
  const commonAt = { anchors: new Map<number, number>(), passages: new Map<number, number>() };
  const recentAnchors = recentlyUsed<number, string[]>(recentAnchorsKept);

  /** Per key, its holders newest first, at most `limit`: one statement for all keys. */
  async function postings(s: Statement, keys: number[], limit: number): Promise<number[][]> {
    const held = new Map<number, number[]>();
    if (keys.length > 0)
      for (const { key, ref } of await run<{ key: number; ref: number }>(s, [keys, limit])) {
        const refs = held.get(key);
        if (refs) refs.push(ref);
        else held.set(key, [ref]);
      }
    return keys.map((key) => held.get(key) ?? []);
  }

  /** Postings that answer null for a key held by more than `limit`, remembering such keys. */
  async function commonKeyPostings(
    table: 'anchors' | 'passages',
    keys: number[],
    limit: number,
  ): Promise<Array<number[] | null>> {
    const common = commonAt[table];
    // More than `known` holders is more than any limit up to it.
    const isCommon = (key: number) => limit <= (common.get(key) ?? -1);
    const unknown = keys.filter((key) => !isCommon(key));
    const read = await postings(
      table === 'anchors' ? sql.anchorPostings : sql.passagePostings,
      unknown,
      limit + 1,
    );
    const byKey = new Map(unknown.map((key, i) => [key, read[i] as number[]]));
    return keys.map((key) => {
      const refs = byKey.get(key);
      if (!refs) return null;
      if (refs.length <= limit) return refs;
      setBounded(common, key, limit, maxCommonKeys);
      return null;
    });
  }

  const findings = (rows: Array<{ kind: string; record: string }>): StoryFindings => {
    const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => JSON.parse(r.record));
    return {
      derivations: of('d') as Derivation[],
      kinships: of('k') as Kinship[],
      contributions: of('c') as Contribution[],
    };
  };

  const store: IndexStore = {
    // Writers are serialised: a transaction takes the database's writer lock at begin and holds it
    // to commit, so processes sharing one database (workers of a queue, an ingest beside a server)
    // each see the index as one sequential writer would. The corpus index reads a new article's
    // candidates inside its transaction (corpus-index/index.ts), so this is what gives the same
    // stories and derivations whatever the parallelism. Readers outside a transaction never wait.
    async begin() {
      if (tx) throw new Error('a transaction is already open on this store');
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SET LOCAL lock_timeout = ${writeWaitMs}`);
        await client.query('SELECT pg_advisory_xact_lock($1)', [writerLock]);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        client.release();
        throw error;
      }
      tx = client;
    },
    async commit() {
      const client = tx;
      if (!client) throw new Error('no transaction is open on this store');
      tx = undefined;
      try {
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    },
    async rollback() {
      const client = tx;
      if (!client) throw new Error('no transaction is open on this store');
      tx = undefined;
      try {
        await client.query('ROLLBACK');
      } finally {
        client.release();
        // Postings rolled back may have made a key look common. (Refs are not given again in
        // PostgreSQL, whose sequences leave a gap, but the anchors cache is dropped as in SQLite.)
        commonAt.anchors.clear();
        commonAt.passages.clear();
        recentAnchors.clear();
      }
    },
    byId: async (id) => {
      const row = (await run<ArticleRow>(sql.byId, [id]))[0];
      return row && fromRow(row);
    },
    byRefs: async (refs) =>
      refs.length === 0
        ? []
        : inOrder(refs, await run<ArticleRow>(sql.byRefs, [refs]), (r) => r.ref).map(fromRow),
    refs: async () => (await run<{ ref: number }>(sql.refs)).map((r) => r.ref),
    heads: async (ids) => {
      if (ids.length === 0) return [];
      const rows = await run<Omit<ArticleHead, 'meta'> & { meta: string }>(sql.heads, [ids]);
      return inOrder(ids, rows, (r) => r.id).map((r) => ({ ...r, meta: JSON.parse(r.meta) }));
    },
    insert: async (a: StoredArticle, keys: StoredKeys) => {
      const [row] = await run<{ ref: number }>(sql.insert, [
        ...articleValues(a),
        keys.anchorKeys,
        keys.bands,
        keys.passages,
      ]);
      const ref = (row as { ref: number }).ref;
      recentAnchors.set(ref, a.anchors);
      return ref;
    },
    anchorPostings: (keys, limit) => commonKeyPostings('anchors', keys, limit),
    passagePostings: (keys, limit) => commonKeyPostings('passages', keys, limit),
    anchorsOf: async (refs) => {
      const unknown = refs.filter((ref) => recentAnchors.get(ref) === undefined);
      const read = new Map<number, string[]>();
      if (unknown.length > 0)
        for (const r of await run<{ ref: number; anchors: string }>(sql.anchorsOf, [unknown])) {
          const anchors = JSON.parse(r.anchors) as string[];
          read.set(r.ref, anchors);
          recentAnchors.set(r.ref, anchors);
        }
      return new Map(refs.map((ref) => [ref, read.get(ref) ?? recentAnchors.get(ref) ?? []]));
    },
    bandPostings: (keys, limit) => postings(sql.bandPostings, keys, limit),
    putVerdicts: async (verdicts) => {
      const last = lastOfEach(verdicts, (v) => `${v.a}\u0000${v.b}`);
      if (last.length === 0) return;
      await run(sql.putVerdicts, [
        last.map((v) => v.a),
        last.map((v) => v.b),
        last.map((v) => JSON.stringify(v)),
      ]);
    },
    verdictsAmong: async (ids) => {
      if (ids.length === 0) return [];
      const from = new Map<string, PairVerdict[]>();
      for (const { a, verdict } of await run<{ a: string; verdict: string }>(sql.verdictsAmong, [ids])) {
        const list = from.get(a);
        const v = JSON.parse(verdict) as PairVerdict;
        if (list) list.push(v);
        else from.set(a, [v]);
      }
      return ids.flatMap((id) => from.get(id) ?? []);
    },
    relabelStories: async (from, to) => {
      const labels = from.filter((label) => label !== to);
      if (labels.length > 0) await run(sql.relabel, [to, labels]);
    },
    storyMembers: async (story) => (await run<{ id: string }>(sql.members, [story])).map((r) => r.id),
    putFindings: async (story, found) => {
      const derivations = lastOfEach(found.derivations, (d) => `${d.original}\u0000${d.copy}`);
      const kinships = lastOfEach(found.kinships, (k) => `${k.a}\u0000${k.b}`);
      const contributions = lastOfEach(found.contributions, (c) => c.article);
      await run(sql.dropFindings, [
        story,
        derivations.map((d) => d.original),
        derivations.map((d) => d.copy),
        kinships.map((k) => k.a),
        kinships.map((k) => k.b),
        contributions.map((c) => c.article),
      ]);
      await run(sql.putFindings, [
        story,
        derivations.map((d) => d.original),
        derivations.map((d) => d.copy),
        derivations.map((d) => JSON.stringify(d)),
        kinships.map((k) => k.a),
        kinships.map((k) => k.b),
        kinships.map((k) => JSON.stringify(k)),
        contributions.map((c) => c.article),
        contributions.map((c) => JSON.stringify(c)),
      ]);
    },
    findingsOf: async (id) => findings(await run(sql.findingsOf, [id])),
    storyFindings: async (story) => findings(await run(sql.storyFindings, [story])),
    stories: async (since) =>
      (await run<{ story: string; ids: string[] }>(sql.stories, [since ?? ''])).map((r) => ({
        story: r.story,
        ids: r.ids,
      })),
    storiesPage: async ({ since, containing, before, limit }): Promise<StoryPage> => {
      const page: StoryPage = { rows: [], more: false };
      const needle = containing?.toLowerCase();
      const contains = (s: string | null) => (s ?? '').toLowerCase().includes(needle as string);
      const seen = new Set<string>();
      // As the SQLite store: articles newest first, a chunk at a time; a story is met first at its
      // newest article unless that one is at or above `before`. Each chunk's stories are read at once.
      let below = before ?? Number.MAX_SAFE_INTEGER;
      let size = 4 * (limit + 1);
      for (; ; size = 500) {
        const chunk = await run<{ ref: number; story: string }>(sql.refsBelow, [below, size]);
        const met = chunk.filter(({ story }) => !seen.has(story) && seen.add(story));
        const named = new Map(
          (
            await run<{
              story: string;
              newest: number;
              since: boolean;
              ids: string[];
              titles: string[];
              publishers: Array<string | null>;
            }>(sql.storiesNamed, [met.map((m) => m.story), since ?? ''])
          ).map((r) => [r.story, r]),
        );
        const listed: Array<{ story: string; newest: number }> = [];
        for (const { ref, story } of met) {
          const s = named.get(story);
          if (!s || s.newest !== ref || !s.since) continue;
          if (needle && ![...s.ids, ...s.titles, ...s.publishers].some(contains)) continue;
          if (page.rows.length + listed.length === limit) {
            page.more = true;
            break;
          }
          listed.push({ story, newest: ref });
        }
        const members = new Map<string, string[]>();
        if (listed.length > 0)
          for (const { story, id } of await run<{ story: string; id: string }>(sql.membersOf, [
            listed.map((l) => l.story),
          ])) {
            const ids = members.get(story);
            if (ids) ids.push(id);
            else members.set(story, [id]);
          }
        for (const l of listed) page.rows.push({ ...l, ids: members.get(l.story) ?? [] });
        if (page.more || chunk.length < size) return page;
        below = (chunk[chunk.length - 1] as { ref: number }).ref;
      }
    },
    putQuotes: async (ref: number, quotes: Quote[]) => {
      if (quotes.length === 0) return;
      await run(sql.putQuotes, [
        ref,
        quotes.map((q) => (q.speaker === null ? null : q.speaker.toLowerCase())),
        quotes.map((q) => JSON.stringify(q)),
      ]);
    },
    quotations: async ({ speaker, limit }): Promise<ListedQuote[]> => {
      const rows = await (speaker
        ? run<{ record: string; title: string }>(sql.quotesBySpeaker, [speaker.toLowerCase(), limit])
        : run<{ record: string; title: string }>(sql.quotesNewest, [limit]));
      return rows.map((r) => ({ ...(JSON.parse(r.record) as Quote), title: r.title }));
    },
    count: async () => (await run<{ n: number }>(sql.count))[0]?.n ?? 0,
    storyCount: async () => (await run<{ n: number }>(sql.storyCount))[0]?.n ?? 0,
    missingPostings: async (ref, keys) => {
      const rows = await run<{ kind: string; key: number }>(sql.missingPostings, [
        ref,
        keys.bands,
        keys.passages,
        keys.anchorKeys,
      ]);
      const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.key);
      return { bands: of('b'), passages: of('p'), anchorKeys: of('a') };
    },
    integrity: async () => {
      const problems: string[] = [];
      for (const [what, query] of orphanQueries)
        for (const { name } of (await (tx ?? pool).query<{ name: string | number }>(query)).rows)
          problems.push(`${what} ${name}: names an article or story that is not stored`);
      return problems;
    },
    close: async () => {
      if (tx) {
        await tx.query('ROLLBACK').catch(() => {});
        tx.release();
        tx = undefined;
      }
      await pool.end();
    },
  };
  return store;
}
