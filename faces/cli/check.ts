// `newstrace check`: verifies an index and says what is wrong with it, one line per problem.
import { checkIndex, inconsistentIndex } from '../../src/corpus-index/check.ts';
import { withoutPassword } from '../../src/store/open.ts';
import { exitCodes } from './exit-codes.ts';
import { openExistingIndex } from './open-index.ts';
import { progressBar } from './progress.ts';

export interface CheckFlags {
  db: string;
  json?: boolean;
  progress: boolean;
}

/** Checks the index at `flags.db`; exit code 0 when sound, 1 when a problem was found (or no index). */
export async function runCheck(flags: CheckFlags): Promise<number> {
  const index = await openExistingIndex(flags.db);
  if (!index) return exitCodes.inputFailed;
  const started = performance.now();
  const bar = progressBar(flags.progress && !flags.json);
  let check: Awaited<ReturnType<typeof checkIndex>>;
  try {
    check = await checkIndex(index.store, (done, total) => bar.onProgress('checking', done, total));
  } finally {
    bar.stop();
    await index.close();
  }
  const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
  const { articles, stories, problems } = check;
  const db = withoutPassword(flags.db);
  if (flags.json)
    process.stdout.write(
      `${JSON.stringify({ db, articles, stories, seconds, ...(problems.length > 0 ? { code: inconsistentIndex } : {}), problems }, null, 2)}\n`,
    );
  else {
    for (const p of problems)
      process.stdout.write(
        `${p.kind === 'database' ? 'database' : `${p.kind} ${p.subject}`}: ${p.message}\n`,
      );
    const verdict =
      problems.length === 0
        ? 'no problems found'
        : `${problems.length} problem(s) found [${inconsistentIndex}]`;
    process.stdout.write(
      `${articles} article(s) in ${stories} story(ies) checked in ${seconds} s in ${db}: ${verdict}\n`,
    );
  }
  return problems.length === 0 ? exitCodes.ok : exitCodes.inputFailed;
}
