// `newstrace quotes`: each article's direct quotations with speaker and cue, as a list or JSON.
import { readFileSync } from 'node:fs';
import pc from 'picocolors';
import { quotesOfPaths } from '../../src/pipeline.ts';
import { exitCodeFor, writeDiagnostics } from './diagnostics.ts';

export interface QuotesFlags {
  json?: boolean;
  charset?: string;
}

/** Prints the quotations of the paths; returns the exit code (1 when an input could not be read). */
export async function runQuotes(paths: string[], flags: QuotesFlags): Promise<number> {
  const { articles, quotes, diagnostics } = await quotesOfPaths(paths, {
    stdin: () => readFileSync(0),
    ...(flags.charset ? { charset: flags.charset } : {}),
  });
  if (flags.json) process.stdout.write(`${JSON.stringify({ version: 1, quotes, diagnostics }, null, 2)}\n`);
  else {
    const c = pc.createColors(process.stdout.isTTY);
    const lines: string[] = [];
    for (const article of articles) {
      const own = quotes.filter((q) => q.article === article.id);
      lines.push(
        c.bold(`${article.id}`) +
          ` — ${own.length} quotation(s)${article.title ? `: ${c.italic(article.title)}` : ''}`,
      );
      for (const q of own) {
        const who = q.speaker
          ? `${q.speaker}${q.speakerMention && q.speakerMention !== q.speaker ? ` (“${q.speakerMention}”)` : ''}`
          : c.dim('unattributed');
        const cue = q.cue ? c.dim(` ${q.cue}`) : '';
        lines.push(
          `  ${c.dim(`#${q.sentence}`)} ${who}${cue}: “${q.text}”${q.fragment ? c.dim(' (fragment)') : ''}`,
        );
      }
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  writeDiagnostics(diagnostics);
  return exitCodeFor(diagnostics);
}
