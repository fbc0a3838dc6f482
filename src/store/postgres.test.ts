import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { postgresForTests, postgresMissing } from '../../test/support/postgres.ts';
import { openPostgresStore, withoutPassword } from './postgres.ts';
import { article, noKeys, storeSuite } from './store-suite.ts';

const url = await postgresForTests();

if (url === undefined) test('postgres index store', (t) => t.skip(postgresMissing));
else {
  storeSuite('postgres index store', async () => {
    const database = (await postgresForTests()) as string;
    return { open: () => openPostgresStore(database) };
  });

  test('postgres index store: its own behaviour', async (t) => {
    await t.test('should make writers wait for each other from begin to commit', async () => {
      const database = (await postgresForTests()) as string;
      const first = await openPostgresStore(database);
      const second = await openPostgresStore(database);
      await first.begin();
      // The second writer's transaction starts only when the first has committed: it counts its article.
      const counted = second.begin().then(() => second.count());
      await first.insert(article('pier'), noKeys);
      await first.commit();
      assert.equal(await counted, 1);
      await second.insert(article('quay'), noKeys);
      await second.commit();
      assert.equal(await first.count(), 2);
      await first.close();
      await second.close();
    });

    // Waiting would deadlock here (the writer commits after the open): the timeout turns that into a failure.
    await t.test(
      'should open and read an index while a writer holds its lock',
      { timeout: 60_000 },
      async () => {
        const database = (await postgresForTests()) as string;
        const writer = await openPostgresStore(database);
        await writer.begin();
        await writer.insert(article('pending'), noKeys);
        const reader = await openPostgresStore(database, { create: false });
        assert.equal(await reader.count(), 0);
        await writer.commit();
        assert.equal(await reader.count(), 1);
        await writer.close();
        await reader.close();
      },
    );

    await t.test('should leave a gap in the refs after a rollback, and list the refs stored', async () => {
      const store = await openPostgresStore((await postgresForTests()) as string);
      const pier = await store.insert(article('pier'), noKeys);
      await store.begin();
      await store.insert(article('gone'), noKeys);
      await store.rollback();
      const quay = await store.insert(article('quay'), noKeys);
      assert.ok(quay > pier + 1);
      assert.deepEqual(await store.refs(), [pier, quay]);
      await store.close();
    });

    await t.test(
      'should refuse a database laid out by another version, naming it without its password',
      async () => {
        const database = (await postgresForTests()) as string;
        const client = new pg.Client(database);
        await client.connect();
        await client.query(
          'CREATE TABLE newstrace_meta (layout integer NOT NULL); INSERT INTO newstrace_meta VALUES (99)',
        );
        await client.end();
        const withPassword = new URL(database);
        withPassword.password = 'secret';
        await assert.rejects(
          openPostgresStore(withPassword.toString()),
          (error: Error & { code?: string }) => {
            assert.equal(error.code, 'NT_INDEX_UNREADABLE');
            assert.match(error.message, /index made by another version of newstrace \(layout 99/);
            assert.ok(error.message.startsWith(withoutPassword(withPassword.toString())));
            assert.doesNotMatch(error.message, /secret/);
            return true;
          },
        );
      },
    );

    await t.test('should refuse tables named as its own without its layout', async () => {
      const database = (await postgresForTests()) as string;
      const client = new pg.Client(database);
      await client.connect();
      await client.query('CREATE TABLE articles (id text PRIMARY KEY)');
      await client.end();
      await assert.rejects(openPostgresStore(database), /no newstrace_meta: not an index this version reads/);
    });

    await t.test('should tell why it cannot connect, and refuse to create when asked not to', async () => {
      const database = new URL((await postgresForTests()) as string);
      const missing = new URL(database);
      missing.pathname = '/no_such_database';
      await assert.rejects(
        openPostgresStore(missing.toString()),
        /no_such_database: cannot open the index: .*does not exist/,
      );
      await assert.rejects(
        openPostgresStore(database.toString(), { create: false }),
        /^NewstraceError: no index at postgres:/,
      );
      const store = await openPostgresStore(database.toString());
      await store.close();
      const existing = await openPostgresStore(database.toString(), { create: false });
      assert.equal(await existing.count(), 0);
      await existing.close();
    });
  });
}
