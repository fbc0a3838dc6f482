// `newstrace serve`: the URL and a token printed, writes with that token, a clean stop on SIGTERM.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const cli = new URL('../bin/newstrace.js', import.meta.url).pathname;
const example = new URL('../examples/digest-network.txt', import.meta.url).pathname;

test('newstrace serve', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-serve-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  await t.test('should print its URL and a token, take writes with it, and stop on SIGTERM', async () => {
    const env = { ...process.env, NEWSTRACE_TOKEN: '' };
    const child = spawn(
      process.execPath,
      [cli, 'serve', '--db', join(dir, 'index.db'), '--port', '0', '--quiet'],
      {
        env,
      },
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let out = '';
    const printed = await new Promise<{ url: string; token: string }>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const url = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
        const token = /token for writes .*: (\S+)/.exec(out)?.[1];
        if (url && token) resolve({ url, token });
      });
      child.on('exit', () => reject(new Error(`serve stopped: ${out}`)));
    });
    try {
      const refused = await fetch(`${printed.url}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'x',
      });
      assert.equal(refused.status, 401);
      const added = await fetch(`${printed.url}/api/articles?name=digest-network.txt`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', authorization: `Bearer ${printed.token}` },
        body: readFileSync(example),
      });
      assert.equal(added.status, 201);
      assert.deepEqual(await (await fetch(`${printed.url}/healthz`)).json(), { ok: true, articles: 1 });
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
  });

  await t.test('should refuse an in-memory database with a usage error', () => {
    const run = spawnSync(process.execPath, [cli, 'serve', '--db', ':memory:'], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /serve needs an index file/);
  });
});
