// `newstrace serve`: the HTTP API over an index database (and the web UI, when built) until stopped.
import { NewstraceError } from '../../src/errors.ts';
import { withoutPassword } from '../../src/store/open.ts';
import { createServer } from '../server/app.ts';
import { generateToken } from '../server/auth.ts';
import { ServerOptionsError } from '../server/errors.ts';
import { exitCodes } from './exit-codes.ts';

export interface ServeFlags {
  db: string;
  host: string;
  port: number;
  /** Log each request (JSON lines on stdout); false with --quiet. */
  log: boolean;
}

/**
 * Starts the server and prints its URL, and the token writes need when NEWSTRACE_TOKEN does not set
 * one; it runs until SIGINT or SIGTERM. Returns 1 when the database is not an index or the address is
 * taken, 2 for an in-memory database.
 */
export async function runServe(flags: ServeFlags): Promise<number> {
  const given = process.env.NEWSTRACE_TOKEN?.trim();
  const token = given || generateToken();
  let app: Awaited<ReturnType<typeof createServer>>;
  try {
    app = await createServer({ db: flags.db, token, logger: flags.log });
  } catch (error) {
    if (!(error instanceof NewstraceError || error instanceof ServerOptionsError)) throw error;
    process.stderr.write(`newstrace: ${error.message}\n`);
    return error instanceof ServerOptionsError ? exitCodes.usage : exitCodes.inputFailed;
  }
  let url: string;
  try {
    url = await app.listen({ host: flags.host, port: flags.port });
  } catch (error) {
    await app.close();
    process.stderr.write(
      `newstrace: cannot listen on ${flags.host}:${flags.port}: ${(error as Error).message}\n`,
    );
    return exitCodes.inputFailed;
  }
  process.stdout.write(`newstrace: serving ${withoutPassword(flags.db)} at ${url}\n`);
  if (!given)
    process.stdout.write(`newstrace: token for writes (set NEWSTRACE_TOKEN to choose it): ${token}\n`);
  const stop = () => {
    app.close().then(
      () => process.exit(exitCodes.ok),
      () => process.exit(exitCodes.internal),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return exitCodes.ok;
}
