// What both stores read and write alike: an article's row and the queries finding rows that name
// what is not stored (the same SQL in SQLite and PostgreSQL).
import type { IndexedArticle, StoredArticle } from './types.ts';

/** An article's row: JSON columns as text. */
export interface ArticleRow {
  ref: number;
  id: string;
  content_hash: string;
  path: string;
  body_start: number;
  text: string;
  meta: string;
  title: string;
  sentences: string;
  boilerplate: string;
  anchors: string;
  story: string;
}

export const fromRow = (row: ArticleRow): IndexedArticle => ({
  ref: row.ref,
  id: row.id,
  path: row.path,
  text: row.text,
  ...(row.body_start ? { bodyStart: row.body_start } : {}),
  meta: JSON.parse(row.meta),
  contentHash: row.content_hash,
  title: row.title,
  sentences: JSON.parse(row.sentences),
  boilerplate: JSON.parse(row.boilerplate),
  anchors: JSON.parse(row.anchors),
  story: row.story,
});

/** The columns `articleValues` gives, in an INSERT. */
export const insertColumns =
  'id, content_hash, path, body_start, text, meta, title, sentences, boilerplate, anchors, story, time';

/**
 * A new article's values for `insertColumns`: a story of its own (labelled by its id), and its time
 * (published when known, else now, as UTC ISO: what "stories --since" filters on).
 */
export function articleValues(a: StoredArticle): Array<string | number> {
  const published = Date.parse(a.meta.published ?? '');
  const time = new Date(Number.isNaN(published) ? Date.now() : published).toISOString();
  return [
    a.id,
    a.contentHash,
    a.path,
    a.bodyStart ?? 0,
    a.text,
    JSON.stringify(a.meta),
    a.title,
    JSON.stringify(a.sentences),
    JSON.stringify(a.boilerplate),
    JSON.stringify(a.anchors),
    a.id,
    time,
  ];
}

/** The columns of an ArticleRow, in a SELECT. */
export const articleColumns =
  'ref, id, content_hash, path, body_start, text, meta, title, sentences, boilerplate, anchors, story';

/** Rows that name what is not stored: [what the row is, the query listing them by name (column `name`)]. */
export const orphanQueries: Array<[string, string]> = [
  ...['anchor_keys', 'band_keys', 'passage_keys', 'quotes'].map((table): [string, string] => [
    `${table} rows of ref`,
    `SELECT DISTINCT ref AS name FROM ${table} WHERE ref NOT IN (SELECT ref FROM articles)`,
  ]),
  ...(['verdicts', 'kinships'] as const).map((table): [string, string] => [
    `${table.slice(0, -1)}`,
    `SELECT a || ' – ' || b AS name FROM ${table}
       WHERE a NOT IN (SELECT id FROM articles) OR b NOT IN (SELECT id FROM articles)`,
  ]),
  [
    'derivation',
    `SELECT original || ' → ' || copy AS name FROM derivations
       WHERE original NOT IN (SELECT id FROM articles) OR copy NOT IN (SELECT id FROM articles)`,
  ],
  [
    'contribution of',
    'SELECT article AS name FROM contributions WHERE article NOT IN (SELECT id FROM articles)',
  ],
  ...['derivations', 'kinships', 'contributions'].map((table): [string, string] => [
    `${table} filed under story`,
    `SELECT DISTINCT story AS name FROM ${table} WHERE story NOT IN (SELECT story FROM articles)`,
  ]),
];
