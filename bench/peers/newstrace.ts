// newstrace as a peer: bench/index.ts run in a child process on the same .txt files (ingest into an
// index on disk, then `sources` for every article), so its time and memory are its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Peer } from './peer.ts';
import type { FoundPair } from './score.ts';

/** The peer entry; `seed`, `independent` and `reuse` must be those the corpus was generated with. */
export function newstracePeer(seed: number, independent: boolean, reuse = false): Peer {
  return {
    name: 'newstrace',
    settings: 'ingest + sources, default candidates',
    // Every derivation newstrace reports counts: it decides, it does not rank.
    threshold: 0,
    run: async (folder, ids) => {
      const work = mkdtempSync(join(tmpdir(), 'newstrace-peer-'));
      const out = join(work, 'pairs.json');
      const script = new URL('../index.ts', import.meta.url).pathname;
      const args = ['--import', 'tsx', script, '--folder', folder, '--articles', String(ids.length)];
      args.push('--seed', String(seed), '--pairs-out', out, ...(independent ? [] : ['--no-independent']));
      if (reuse) args.push('--reuse');
      try {
        const child = spawnSync(process.execPath, args, {
          encoding: 'utf8',
          stdio: ['ignore', 'inherit', 'inherit'],
        });
        if (child.status !== 0) throw new Error(`bench/index.ts failed (exit ${child.status})`);
        const { figures, pairs } = JSON.parse(readFileSync(out, 'utf8')) as {
          figures: { ingestSeconds: number; sourcesSeconds: number };
          pairs: FoundPair[];
        };
        return { seconds: figures.ingestSeconds + figures.sourcesSeconds, pairs };
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  };
}
