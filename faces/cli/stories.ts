// `newstrace stories`: the stories the index holds, with their originals and copies.
import { renderStories } from '../../src/report/terminal-index.ts';
import { exitCodes } from './exit-codes.ts';
import { openExistingIndex } from './open-index.ts';

export interface StoriesFlags {
  db: string;
  since?: string;
  json?: boolean;
}

export async function runStories(flags: StoriesFlags): Promise<number> {
  if (flags.since !== undefined && Number.isNaN(Date.parse(flags.since))) {
    process.stderr.write(`newstrace: --since ${flags.since}: not a date (use e.g. 2026-03-01)\n`);
    return exitCodes.usage;
  }
  const index = await openExistingIndex(flags.db);
  if (!index) return exitCodes.inputFailed;
  try {
    const stories = await index.stories(flags.since);
    process.stdout.write(
      flags.json
        ? `${JSON.stringify({ stories }, null, 2)}\n`
        : renderStories(stories, { color: process.stdout.isTTY }),
    );
    return exitCodes.ok;
  } finally {
    await index.close();
  }
}
