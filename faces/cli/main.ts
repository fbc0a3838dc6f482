// The newstrace command line: parses flags with commander and hands each command to the library.
import { Command, InvalidArgumentError, Option } from 'commander';
import { charsetName } from '../../src/ingest/charsets.ts';
import { runAnalyze } from './analyze.ts';
import { runCheck } from './check.ts';
import { exitCodes } from './exit-codes.ts';
import { runShow, runStats } from './index-info.ts';
import { runIngest } from './ingest.ts';
import { runPair, runPairs } from './pair.ts';
import { runQuotes } from './quotes.ts';
import { runServe } from './serve.ts';
import { runSources } from './sources.ts';
import { runStories } from './stories.ts';
import { runWorker } from './worker.ts';

/** The optional time window of the commands that compare articles. */
const windowOption = () =>
  new Option(
    '--window <days>',
    'compare only articles published within this many days of each other',
  ).argParser((value: string) => {
    const days = Number(value);
    if (!(days > 0)) throw new InvalidArgumentError('a number of days above 0, e.g. 3 or 0.5');
    return days;
  });

/** The character set of article files that declare none, for every command that reads them. */
const charsetOption = () =>
  new Option(
    '--charset <name>',
    'character set of input files that declare none (e.g. windows-1252, iso-8859-2, koi8-r, shift_jis); without it UTF-8 is expected and other charsets are guessed with a warning',
  ).argParser((value: string) => {
    if (!charsetName(value))
      throw new InvalidArgumentError(
        `unknown character set "${value}" (e.g. utf-8, windows-1252, iso-8859-1, iso-8859-2, koi8-r, shift_jis, gb18030)`,
      );
    return value;
  });

const program = new Command()
  .name('newstrace')
  .description(
    'News provenance: which articles report the same story, which copy or rewrite which, and the original.',
  )
  .version('0.1.0')
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : exitCodes.usage);
  });

program
  .command('analyze')
  .description(
    'analyse articles (files or folders, recursively; text, Markdown, HTML, feeds, JSON lines, WARC) and report stories and derivations',
  )
  .argument('<paths...>', 'files or folders to read; - reads one article from standard input')
  .option('--json', 'print the JSON result (schema version 2) on stdout instead of the summary')
  .option('--out <file>', 'write the JSON result to a file')
  .option('--html <file>', 'write a self-contained HTML report')
  .addOption(
    new Option(
      '--semantic <model>',
      'sentence vectors: glove (fast) or use (Universal Sentence Encoder, slower)',
    )
      .choices(['glove', 'use'])
      .default('glove'),
  )
  .addOption(windowOption())
  .addOption(charsetOption())
  .option('--no-progress', 'never show a progress bar')
  .action(async (paths: string[], flags) => {
    process.exitCode = await runAnalyze(paths, flags);
  });

const semanticOption = (fallback: 'glove' | 'use') =>
  new Option(
    '--semantic <model>',
    'meaning similarity: glove (GloVe SIF, fast) or use (Universal Sentence Encoder, ~45 sentences/s)',
  )
    .choices(['glove', 'use'])
    .default(fallback);

program
  .command('pair')
  .description('score two sentences: similarity 0–1, paraphrase or not, and the main reasons')
  .argument('<a>', 'first sentence')
  .argument('<b>', 'second sentence')
  .addOption(semanticOption('use'))
  .option('--json', 'print the result as JSON')
  .action(async (a: string, b: string, flags) => {
    process.exitCode = await runPair(a, b, flags);
  });

program
  .command('pairs')
  .description(
    'score every pair of a TSV file (MSRP or STS-B layout); one JSON object per line, in input order',
  )
  .argument('<file>', 'the pairs file')
  .addOption(semanticOption('glove'))
  .option('--out <file>', 'write the JSON lines to a file')
  .option('--no-progress', 'never show a progress bar')
  .action(async (file: string, flags) => {
    process.exitCode = await runPairs(file, flags);
  });

/** A whole number from `min` up, for counts and sizes given as flags. */
const wholeNumber = (min: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`a whole number from ${min} up`);
  return n;
};

/** The index database, shared by the commands that read or write it. */
const dbOption = () =>
  new Option('--db <file|url>', 'the index database: a SQLite file, or a postgres:// URL').default(
    'newstrace.db',
  );

program
  .command('ingest')
  .description(
    'add articles to the index database, finding their stories and sources; the same article twice is stored once',
  )
  .argument('<paths...>', 'files or folders to read; - reads one article from standard input')
  .addOption(dbOption())
  .addOption(windowOption())
  .addOption(charsetOption())
  .addOption(
    new Option(
      '--batch <articles>',
      'articles per transaction (default 500); smaller ones hold the write lock for less time when several ingests share an index',
    ).argParser(wholeNumber(1)),
  )
  .option('--no-progress', 'never show a progress bar')
  .option(
    '--queue',
    'send the articles as jobs to the queue in the (PostgreSQL) database and return; newstrace worker adds them',
  )
  .addOption(new Option('--job-size <articles>', 'with --queue: articles per job').argParser(wholeNumber(1)))
  .addOption(
    new Option(
      '--job-timeout <seconds>',
      'with --queue: seconds a worker may hold a job before it is given to another (default 900)',
    ).argParser(wholeNumber(1)),
  )
  .action(async (paths: string[], flags) => {
    process.exitCode = await runIngest(paths, flags);
  });

program
  .command('worker')
  .description(
    'take ingest jobs from the queue in a PostgreSQL index (sent by ingest --queue) and add their articles; any number of workers on any machines may share one database',
  )
  .addOption(dbOption())
  .addOption(
    new Option('--concurrency <n>', 'jobs at a time, each in a process of its own')
      .default(1)
      .argParser(wholeNumber(1)),
  )
  .option('--exit-when-idle', 'exit once no job is waiting or running (else run until stopped)')
  .option('--quiet', 'do not print a line per job')
  .action(async (flags) => {
    process.exitCode = await runWorker(flags);
  });

program
  .command('show')
  .description('print one indexed article: its metadata, what it brings to its story, and its text')
  .argument('<id>', 'the article id')
  .addOption(dbOption())
  .option('--json', 'print it as JSON')
  .action(async (id: string, flags) => {
    process.exitCode = await runShow(id, flags);
  });

program
  .command('stats')
  .description('what the index holds: articles and bytes on disk')
  .addOption(dbOption())
  .option('--json', 'print it as JSON')
  .action(async (flags) => {
    process.exitCode = await runStats(flags);
  });

program
  .command('check')
  .description(
    "verify an index: the database's integrity, every article's keys and postings, stories against their verdicts and findings; exit 1 when something is wrong",
  )
  .addOption(dbOption())
  .option('--json', 'print the problems as JSON')
  .option('--no-progress', 'never show a progress bar')
  .action(async (flags) => {
    process.exitCode = await runCheck(flags);
  });

program
  .command('sources')
  .description(
    'the indexed articles this one is derived from and those derived from it, with passages and evidence',
  )
  .argument('<article>', 'an indexed article id, or a file to compare with the index (not stored)')
  .addOption(dbOption())
  .addOption(charsetOption())
  .option('--json', 'print the answer as JSON')
  .action(async (article: string, flags) => {
    process.exitCode = await runSources(article, flags);
  });

program
  .command('stories')
  .description('the stories in the index with their originals and copies, newest first')
  .addOption(dbOption())
  .option('--since <date>', 'only stories with an article published (or ingested, lacking a date) since then')
  .option('--json', 'print the stories as JSON')
  .action(async (flags) => {
    process.exitCode = await runStories(flags);
  });

program
  .command('quotes')
  .description("list each article's direct quotations with speaker and cue")
  .argument('<paths...>', 'files or folders to read; - reads one article from standard input')
  .option('--json', 'print the quotations as JSON (the quotes part of the analyze schema)')
  .addOption(charsetOption())
  .action(async (paths: string[], flags) => {
    process.exitCode = await runQuotes(paths, flags);
  });

program
  .command('serve')
  .description(
    'serve the index over HTTP: the JSON API under /api (OpenAPI at /api/openapi.json) and the web UI when built; writes need the token (NEWSTRACE_TOKEN, else one made and printed)',
  )
  .addOption(dbOption())
  .option('--host <address>', 'the address to listen on', '127.0.0.1')
  .addOption(
    new Option('--port <number>', 'the port to listen on (0: any free port)')
      .default(8080)
      .argParser((value: string) => {
        const port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new InvalidArgumentError('a port number from 0 to 65535');
        return port;
      }),
  )
  .option('--quiet', 'do not log each request')
  .action(async (flags: { db: string; host: string; port: number; quiet?: boolean }) => {
    process.exitCode = await runServe({
      db: flags.db,
      host: flags.host,
      port: flags.port,
      log: !flags.quiet,
    });
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof InvalidArgumentError) process.exit(exitCodes.usage);
  process.stderr.write(
    `newstrace: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(exitCodes.internal);
});
