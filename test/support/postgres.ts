// PostgreSQL for tests: a fresh, empty database per call, in the cluster named by NT_TEST_POSTGRES_URL
// or in a throwaway cluster started once per process (node:test runs each test file in a process).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const script = join(import.meta.dirname, '../../scripts/postgres.sh');

/** Why PostgreSQL tests skip: pass it to `t.skip` when `postgresForTests()` is undefined. */
export const postgresMissing =
  'PostgreSQL not installed: no /usr/lib/postgresql/*/bin or initdb on PATH, and NT_TEST_POSTGRES_URL unset';

let cluster: string | undefined | null = null;
const created: string[] = [];
let sequence = 0;

/** The URL of the cluster: NT_TEST_POSTGRES_URL, else one started now (stopped at exit), else undefined. */
function clusterUrl(): string | undefined {
  if (cluster !== null) return cluster;
  const given = process.env.NT_TEST_POSTGRES_URL;
  if (given) {
    cluster = given;
    process.on('exit', dropCreated);
    return cluster;
  }
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-pg-'));
  const started = spawnSync('bash', [script, 'start', dir], { encoding: 'utf8' });
  if (started.status === 3) {
    rmdirSync(dir);
    cluster = undefined;
    return cluster;
  }
  if (started.status !== 0) {
    throw new Error(`scripts/postgres.sh start failed (${started.status}): ${started.stderr}`);
  }
  process.on('exit', () => spawnSync('bash', [script, 'stop', dir]));
  cluster = started.stdout.trim();
  return cluster;
}

/** Drops the databases made in NT_TEST_POSTGRES_URL's cluster (in a child: 'exit' handlers run synchronously). */
function dropCreated(): void {
  if (created.length === 0 || !cluster) return;
  const code = `const pg = require('pg');
    const c = new pg.Client(${JSON.stringify(cluster)});
    c.connect().then(async () => {
      for (const n of ${JSON.stringify(created)}) await c.query('DROP DATABASE IF EXISTS "' + n + '" WITH (FORCE)');
      await c.end();
    });`;
  spawnSync(process.execPath, ['-e', code], { cwd: join(import.meta.dirname, '../..'), stdio: 'ignore' });
}

/**
 * A URL of a new, empty database for the calling test, or undefined when PostgreSQL is not
 * installed (skip with `postgresMissing`). Databases made in NT_TEST_POSTGRES_URL's cluster are
 * dropped when the process exits; a cluster started here is stopped and deleted then.
 */
export async function postgresForTests(): Promise<string | undefined> {
  const base = clusterUrl();
  if (!base) return undefined;
  sequence += 1;
  const name = `nt_test_${process.pid}_${sequence}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client(base);
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  if (base === process.env.NT_TEST_POSTGRES_URL) created.push(name);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}
