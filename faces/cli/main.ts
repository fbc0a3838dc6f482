// The newstrace command line: parses flags with commander and hands each command to the library.
import { Command, InvalidArgumentError, Option } from 'commander';
import { exitCodes, runAnalyze } from './analyze.ts';

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
    'analyse articles (files or folders, recursively; .txt and .md) and report stories and derivations',
  )
  .argument('<paths...>', 'files or folders to read; - reads one article from standard input')
  .option('--json', 'print the JSON result (schema version 1) on stdout instead of the summary')
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
  .option('--no-progress', 'never show a progress bar')
  .action(async (paths: string[], flags) => {
    process.exitCode = await runAnalyze(paths, flags);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof InvalidArgumentError) process.exit(exitCodes.usage);
  process.stderr.write(
    `newstrace: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(exitCodes.internal);
});
