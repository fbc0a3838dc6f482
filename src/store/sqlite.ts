// The index store on SQLite (better-sqlite3) in WAL mode: one file, safe against a killed process,
// read through a small page cache so memory does not grow with the corpus.
import Database from 'better-sqlite3';
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

/** Articles whose anchors are kept in memory (about 15 MB). */
const recentAnchorsKept = 10_000;

/** Common keys remembered at most per key table (a bound on memory; forgetting only costs a read). */
const maxCommonKeys = 200_000;

/** Bumped when the tables change; an index made by another layout is refused, not misread. */
const schemaVersion = 6;

const schema = `
CREATE TABLE articles (
  ref INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  path TEXT NOT NULL,
  body_start INTEGER NOT NULL,
  text TEXT NOT NULL,
  meta TEXT NOT NULL,
  title TEXT NOT NULL,
  sentences TEXT NOT NULL,
  boilerplate TEXT NOT NULL,
  anchors TEXT NOT NULL,
  story TEXT NOT NULL,
  -- publication time when known, else the ingest time: what "stories --since" filters on
  time TEXT NOT NULL
);
CREATE INDEX articles_story ON articles (story);
CREATE INDEX articles_time ON articles (time);
CREATE TABLE anchor_keys (key INTEGER NOT NULL, ref INTEGER NOT NULL, PRIMARY KEY (key, ref)) WITHOUT ROWID;
CREATE TABLE band_keys (key INTEGER NOT NULL, ref INTEGER NOT NULL, PRIMARY KEY (key, ref)) WITHOUT ROWID;
CREATE TABLE passage_keys (key INTEGER NOT NULL, ref INTEGER NOT NULL, PRIMARY KEY (key, ref)) WITHOUT ROWID;
CREATE TABLE verdicts (a TEXT NOT NULL, b TEXT NOT NULL, verdict TEXT NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;
-- rowid tables: findings are read back in the order they were found
CREATE TABLE derivations (story TEXT NOT NULL, original TEXT NOT NULL, copy TEXT NOT NULL, record TEXT NOT NULL);
CREATE UNIQUE INDEX derivations_pair ON derivations (original, copy);
CREATE INDEX derivations_copy ON derivations (copy);
CREATE INDEX derivations_story ON derivations (story);
CREATE TABLE kinships (story TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL, record TEXT NOT NULL);
CREATE UNIQUE INDEX kinships_pair ON kinships (a, b);
CREATE INDEX kinships_b ON kinships (b);
CREATE INDEX kinships_story ON kinships (story);
CREATE TABLE contributions (story TEXT NOT NULL, article TEXT PRIMARY KEY, record TEXT NOT NULL);
CREATE INDEX contributions_story ON contributions (story);
-- each article's quotations in text order; speaker_key is the speaker lowercased, null when none
CREATE TABLE quotes (ref INTEGER NOT NULL, n INTEGER NOT NULL, speaker_key TEXT, record TEXT NOT NULL, PRIMARY KEY (ref, n)) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes (speaker_key);
`;

/**
 * How long a statement waits for another connection's write to end before failing (ms): the server
 * writes in a worker thread on its own connection while its main thread reads, and a second writer
 * (an ingest beside a server) waits for the other's batch to commit.
 */
const busyTimeoutMs = 10_000;

/**
 * How long a writer waits in all to start its transaction (ms) while other writers hold the lock:
 * each of them may hold it for a whole batch (500 articles compared and stored: 2–3 s alone on 2
 * cores, some 4× that with four ingests sharing the cores), so a writer queued behind three others
 * waits well past the busy timeout. Waiting is retried a busy timeout at a time up to this bound.
 */
const writeWaitMs = 10 * 60_000;

/** Opens the schema of `db`, creating it in a new file; throws when the file holds another layout. */
function ensureSchema(db: Database.Database, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db.prepare<[], { n: number }>(
    "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'",
  );
  if (version === schemaVersion) return;
  const refuse = (found: number) =>
    new NewstraceError(
      'NT_INDEX_UNREADABLE',
      `${file}: index made by another version of newstrace (layout ${found}, this one reads ${schemaVersion}); ingest into a new file`,
    );
  if (version !== 0 || (tables.get()?.n ?? 0) > 0) throw refuse(version);
  // Several processes may open a new file at once: one creates the tables, the others then find them.
  db.exec('BEGIN IMMEDIATE');
  try {
    const now = db.pragma('user_version', { simple: true }) as number;
    if (now !== schemaVersion) {
      if (now !== 0 || (tables.get()?.n ?? 0) > 0) throw refuse(now);
      db.exec(schema);
      db.pragma(`user_version = ${schemaVersion}`);
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/** Opens the file with its schema; a file SQLite cannot open, or of another layout, is a NewstraceError naming it. */
function openDatabase(file: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
    // First, so that switching a new file to WAL waits for another process doing the same.
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    ensureSchema(db, file);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof NewstraceError) throw error;
    // SQLite's own reasons ("file is not a database", "unable to open database file") are the useful part.
    throw new NewstraceError(
      'NT_INDEX_UNREADABLE',
      `${file}: not a newstrace index: ${(error as Error).message}`,
    );
  }
}

/** SQLite's integrity check (its lines but "ok"), then each row naming an article or story not stored. */
function integrityProblems(db: Database.Database): string[] {
  const checked = db.prepare<[], string>('PRAGMA integrity_check').pluck().all();
  const problems = checked.filter((line) => line !== 'ok').map((line) => `SQLite: ${line}`);
  for (const [what, query] of orphanQueries)
    for (const name of db.prepare<[], string | number>(query).pluck().all())
      problems.push(`${what} ${name}: names an article or story that is not stored`);
  return problems;
}

/**
 * Postings of a key table that answer null for a key held by more than a limit, remembering such
 * keys with that limit: articles are only added (but for a rollback, which must `forgetCommon`), so
 * a common key stays common and is not read again.
 */
function commonKeyPostings(refsHolding: Database.Statement<[number, number], number>) {
  const commonAt = new Map<number, number>();
  return {
    read: (keys: number[], limit: number): Array<number[] | null> =>
      keys.map((key) => {
        // More than `known` holders is more than any limit up to it.
        const known = commonAt.get(key);
        if (known !== undefined && limit <= known) return null;
        const refs = refsHolding.all(key, limit + 1);
        if (refs.length <= limit) return refs;
        setBounded(commonAt, key, limit, maxCommonKeys);
        return null;
      }),
    forgetCommon: () => commonAt.clear(),
  };
}

/** Opens (creating if needed) the index store at `file`; `:memory:` for one that lives in memory. */
export function openSqliteStore(file: string): IndexStore {
  const db = openDatabase(file);
  const byId = db.prepare<[string], ArticleRow>(`SELECT ${articleColumns} FROM articles WHERE id = ?`);
  const headById = db.prepare<[string], Omit<ArticleHead, 'meta'> & { meta: string }>(
    'SELECT id, title, path, story, meta FROM articles WHERE id = ?',
  );
  const byRef = db.prepare<[number], ArticleRow>(`SELECT ${articleColumns} FROM articles WHERE ref = ?`);
  const insertArticle = db.prepare(
    `INSERT INTO articles (${insertColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // One statement per article and table: an article has some 150 keys, and a row at a time costs
  // 0.22 ms per article against 0.14 ms through json_each (keys are below 2⁵³, exact in JSON).
  const keyInserter = (table: string) => {
    const insert = db.prepare<[number, string]>(
      `INSERT OR IGNORE INTO ${table} (key, ref) SELECT value, ? FROM json_each(?)`,
    );
    return (keys: number[], ref: number) => {
      if (keys.length > 0) insert.run(ref, JSON.stringify(keys));
    };
  };
  const insertAnchors = keyInserter('anchor_keys');
  const insertBands = keyInserter('band_keys');
  const insertPassages = keyInserter('passage_keys');
  const refsHolding = (table: string) =>
    db
      .prepare<[number, number], number>(`SELECT ref FROM ${table} WHERE key = ? ORDER BY ref DESC LIMIT ?`)
      .pluck();
  const anchorsOfRef = db.prepare<[number], string>('SELECT anchors FROM articles WHERE ref = ?').pluck();
  const bandRefs = refsHolding('band_keys');
  const putVerdict = db.prepare('INSERT OR REPLACE INTO verdicts (a, b, verdict) VALUES (?, ?, ?)');
  const verdictsFrom = db.prepare<[string], string>('SELECT verdict FROM verdicts WHERE a = ?').pluck();
  const relabel = db.prepare('UPDATE articles SET story = ? WHERE story = ?');
  const members = db
    .prepare<[string], string>('SELECT id FROM articles WHERE story = ? ORDER BY ref')
    .pluck();
  const dropDerivations = db.prepare('DELETE FROM derivations WHERE story = ?');
  const dropKinships = db.prepare('DELETE FROM kinships WHERE story = ?');
  const dropContributions = db.prepare('DELETE FROM contributions WHERE story = ?');
  const putDerivation = db.prepare(
    'INSERT OR REPLACE INTO derivations (story, original, copy, record) VALUES (?, ?, ?, ?)',
  );
  const putKinship = db.prepare('INSERT OR REPLACE INTO kinships (story, a, b, record) VALUES (?, ?, ?, ?)');
  const putContribution = db.prepare(
    'INSERT OR REPLACE INTO contributions (story, article, record) VALUES (?, ?, ?)',
  );
  const contributionOf = db
    .prepare<[string], string>('SELECT record FROM contributions WHERE article = ?')
    .pluck();
  const contributionsIn = db
    .prepare<[string], string>('SELECT record FROM contributions WHERE story = ? ORDER BY rowid')
    .pluck();
  const derivationsOf = db
    .prepare<[string, string], string>(
      'SELECT record FROM derivations WHERE original = ? OR copy = ? ORDER BY rowid',
    )
    .pluck();
  const kinshipsOf = db
    .prepare<[string, string], string>('SELECT record FROM kinships WHERE a = ? OR b = ? ORDER BY rowid')
    .pluck();
  const derivationsIn = db
    .prepare<[string], string>('SELECT record FROM derivations WHERE story = ? ORDER BY rowid')
    .pluck();
  const kinshipsIn = db
    .prepare<[string], string>('SELECT record FROM kinships WHERE story = ? ORDER BY rowid')
    .pluck();
  const storiesSince = db.prepare<[string], { story: string; ids: string }>(
    `SELECT story, json_group_array(id) AS ids, max(ref) AS newest FROM (
         SELECT story, id, ref FROM articles WHERE story IN (SELECT story FROM articles WHERE time >= ?) ORDER BY ref
       ) GROUP BY story ORDER BY newest DESC`,
  );
  const refsBelow = db.prepare<[number, number], { ref: number; story: string }>(
    'SELECT ref, story FROM articles WHERE ref < ? ORDER BY ref DESC LIMIT ?',
  );
  const newestOf = db.prepare<[string], number>('SELECT max(ref) FROM articles WHERE story = ?').pluck();
  const hasSince = db
    .prepare<[string, string], number>('SELECT EXISTS (SELECT 1 FROM articles WHERE story = ? AND time >= ?)')
    .pluck();
  const namesIn = db.prepare<[string], { id: string; title: string; publisher: string | null }>(
    "SELECT id, title, json_extract(meta, '$.publisher') AS publisher FROM articles WHERE story = ?",
  );
  const putQuote = db.prepare(
    'INSERT OR REPLACE INTO quotes (ref, n, speaker_key, record) VALUES (?, ?, ?, ?)',
  );
  const quotesNewest = db.prepare<[number], { record: string; title: string }>(
    `SELECT q.record, a.title FROM articles a JOIN quotes q ON q.ref = a.ref
       ORDER BY a.time DESC, a.ref DESC, q.n LIMIT ?`,
  );
  // The speakers are matched on the index of their keys (each distinct speaker read once), then
  // their quotations fetched through it; a substring cannot be looked up in a b-tree directly.
  const quotesBySpeaker = db.prepare<[string, number], { record: string; title: string }>(
    `SELECT q.record, a.title FROM quotes q JOIN articles a ON a.ref = q.ref
       WHERE q.speaker_key IN (SELECT DISTINCT speaker_key FROM quotes WHERE instr(speaker_key, ?) > 0)
       ORDER BY a.time DESC, a.ref DESC, q.n LIMIT ?`,
  );
  const keysMissing = (table: string) =>
    db
      .prepare<[string, number], number>(
        `SELECT value FROM json_each(?) WHERE NOT EXISTS (SELECT 1 FROM ${table} WHERE key = value AND ref = ?)`,
      )
      .pluck();
  const missingBands = keysMissing('band_keys');
  const missingPassages = keysMissing('passage_keys');
  const missingAnchors = keysMissing('anchor_keys');
  const allRefs = db.prepare<[], number>('SELECT ref FROM articles ORDER BY ref').pluck();
  const countAll = db.prepare<[], number>('SELECT count(*) FROM articles').pluck();
  const countStories = db.prepare<[], number>('SELECT count(DISTINCT story) FROM articles').pluck();

  const anchorPostings = commonKeyPostings(refsHolding('anchor_keys'));
  const passagePostings = commonKeyPostings(refsHolding('passage_keys'));
  /**
   * The anchors of recently stored or read articles, least recently used first: choosing candidates
   * reads them for some 35 articles per new one, mostly recent ones (over 90% found here in the
   * generated corpus at 20,000 articles).
   */
  const recentAnchors = recentlyUsed<number, string[]>(recentAnchorsKept);
  const findings = (derivations: string[], kinships: string[], contributions: string[]): StoryFindings => ({
    derivations: derivations.map((r) => JSON.parse(r) as Derivation),
    kinships: kinships.map((r) => JSON.parse(r) as Kinship),
    contributions: contributions.map((r) => JSON.parse(r) as Contribution),
  });
  return {
    // The write lock is taken at begin (IMMEDIATE), not at the first write: the corpus index reads
    // an article's candidates inside its transaction, so concurrent writers each see the index as
    // one sequential writer would, and two that read and then write never deadlock on the upgrade.
    begin: async () => {
      const until = Date.now() + writeWaitMs;
      for (;;) {
        try {
          db.exec('BEGIN IMMEDIATE');
          return;
        } catch (error) {
          if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= until) throw error;
        }
      }
    },
    commit: async () => void db.exec('COMMIT'),
    rollback: async () => {
      db.exec('ROLLBACK');
      // Postings rolled back may have made a key look common, and refs rolled back are given again.
      anchorPostings.forgetCommon();
      passagePostings.forgetCommon();
      recentAnchors.clear();
    },
    byId: async (id) => {
      const row = byId.get(id);
      return row && fromRow(row);
    },
    byRefs: async (refs) =>
      refs.flatMap((ref) => {
        const row = byRef.get(ref);
        return row ? [fromRow(row)] : [];
      }),
    refs: async () => allRefs.all(),
    heads: async (ids) =>
      ids.flatMap((id) => {
        const row = headById.get(id);
        return row ? [{ ...row, meta: JSON.parse(row.meta) }] : [];
      }),
    insert: async (a: StoredArticle, keys: StoredKeys) => {
      const { lastInsertRowid } = insertArticle.run(...articleValues(a));
      const ref = Number(lastInsertRowid);
      recentAnchors.set(ref, a.anchors);
      insertAnchors(keys.anchorKeys, ref);
      insertBands(keys.bands, ref);
      insertPassages(keys.passages, ref);
      return ref;
    },
    anchorPostings: async (keys, limit) => anchorPostings.read(keys, limit),
    passagePostings: async (keys, limit) => passagePostings.read(keys, limit),
    anchorsOf: async (refs) =>
      new Map(
        refs.map((ref) => {
          const recent = recentAnchors.get(ref);
          if (recent) return [ref, recent];
          const stored = anchorsOfRef.get(ref);
          if (stored === undefined) return [ref, []];
          const anchors = JSON.parse(stored) as string[];
          recentAnchors.set(ref, anchors);
          return [ref, anchors];
        }),
      ),
    bandPostings: async (keys, limit) => keys.map((key) => bandRefs.all(key, limit)),
    putVerdicts: async (verdicts) => {
      for (const v of verdicts) putVerdict.run(v.a, v.b, JSON.stringify(v));
    },
    verdictsAmong: async (ids) => {
      const wanted = new Set(ids);
      return ids.flatMap((id) =>
        verdictsFrom
          .all(id)
          .map((r) => JSON.parse(r) as PairVerdict)
          .filter((v) => wanted.has(v.b)),
      );
    },
    relabelStories: async (from, to) => {
      for (const label of from) {
        if (label === to) continue;
        relabel.run(to, label);
        dropDerivations.run(label);
        dropKinships.run(label);
        dropContributions.run(label);
      }
    },
    storyMembers: async (story) => members.all(story),
    putFindings: async (story, found) => {
      dropDerivations.run(story);
      dropKinships.run(story);
      dropContributions.run(story);
      for (const d of found.derivations) putDerivation.run(story, d.original, d.copy, JSON.stringify(d));
      for (const k of found.kinships) putKinship.run(story, k.a, k.b, JSON.stringify(k));
      for (const c of found.contributions) putContribution.run(story, c.article, JSON.stringify(c));
    },
    findingsOf: async (id) =>
      findings(derivationsOf.all(id, id), kinshipsOf.all(id, id), contributionOf.all(id)),
    storyFindings: async (story) =>
      findings(derivationsIn.all(story), kinshipsIn.all(story), contributionsIn.all(story)),
    stories: async (since) =>
      storiesSince.all(since ?? '').map((r) => ({ story: r.story, ids: JSON.parse(r.ids) as string[] })),
    storiesPage: async ({ since, containing, before, limit }): Promise<StoryPage> => {
      const page: StoryPage = { rows: [], more: false };
      const needle = containing?.toLowerCase();
      const seen = new Set<string>();
      const contains = (s: string | null) => (s ?? '').toLowerCase().includes(needle as string);
      // Articles newest first, a chunk at a time: a story is met first at its newest article, unless
      // that one is at or above `before` (the story was on an earlier page).
      let below = before ?? Number.MAX_SAFE_INTEGER;
      // A page of stories mostly lies among the newest few articles: read those first, more when not.
      let size = 4 * (limit + 1);
      for (; ; size = 500) {
        const chunk = refsBelow.all(below, size);
        for (const { ref, story } of chunk) {
          if (seen.has(story)) continue;
          seen.add(story);
          if (newestOf.get(story) !== ref) continue;
          if (since !== undefined && !hasSince.get(story, since)) continue;
          if (
            needle &&
            !namesIn.all(story).some((a) => contains(a.id) || contains(a.title) || contains(a.publisher))
          )
            continue;
          if (page.rows.length === limit) {
            page.more = true;
            return page;
          }
          page.rows.push({ story, ids: members.all(story), newest: ref });
        }
        if (chunk.length < size) return page;
        below = (chunk[chunk.length - 1] as { ref: number }).ref;
      }
    },
    putQuotes: async (ref: number, quotes: Quote[]) => {
      for (const [n, q] of quotes.entries())
        putQuote.run(ref, n, q.speaker === null ? null : q.speaker.toLowerCase(), JSON.stringify(q));
    },
    quotations: async ({ speaker, limit }): Promise<ListedQuote[]> => {
      const rows = speaker ? quotesBySpeaker.all(speaker.toLowerCase(), limit) : quotesNewest.all(limit);
      return rows.map((r) => ({ ...(JSON.parse(r.record) as Quote), title: r.title }));
    },
    count: async () => countAll.get() ?? 0,
    storyCount: async () => countStories.get() ?? 0,
    missingPostings: async (ref, keys) => ({
      bands: missingBands.all(JSON.stringify(keys.bands), ref),
      passages: missingPassages.all(JSON.stringify(keys.passages), ref),
      anchorKeys: missingAnchors.all(JSON.stringify(keys.anchorKeys), ref),
    }),
    integrity: async () => integrityProblems(db),
    close: async () => void db.close(),
  };
}
