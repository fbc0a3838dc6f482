// `newstrace sources`: where an article comes from and who took from it, from the index. The
// article is an indexed id, or a file, which is compared with the index without being stored.
import { existsSync } from 'node:fs';
import type { Sources } from '../../src/corpus-index/types.ts';
import { ingest } from '../../src/ingest/index.ts';
import { renderSources } from '../../src/report/terminal-index.ts';
import { withoutPassword } from '../../src/store/open.ts';
import { writeDiagnostics } from './diagnostics.ts';
import { exitCodes } from './exit-codes.ts';
import { openExistingIndex } from './open-index.ts';

export interface SourcesFlags {
  db: string;
  json?: boolean;
  charset?: string;
}

export async function runSources(target: string, flags: SourcesFlags): Promise<number> {
  const index = await openExistingIndex(flags.db);
  if (!index) return exitCodes.inputFailed;
  try {
    let sources: Sources | undefined;
    if (existsSync(target)) {
      const { articles, diagnostics } = await ingest(
        [target],
        flags.charset ? { charset: flags.charset } : {},
      );
      const article = articles[0];
      if (article) {
        const answer = await index.sourcesOf(article);
        diagnostics.push(...answer.report.diagnostics);
        sources = answer.sources;
      }
      writeDiagnostics(diagnostics);
      if (articles.length > 1)
        process.stderr.write(`newstrace: ${target} holds ${articles.length} articles; showing the first\n`);
      if (!sources) return exitCodes.inputFailed;
    } else {
      sources = await index.sources(target);
      if (!sources) {
        process.stderr.write(
          `newstrace: ${target}: not a file, nor an article id in ${withoutPassword(flags.db)}\n`,
        );
        return exitCodes.inputFailed;
      }
    }
    process.stdout.write(
      flags.json
        ? `${JSON.stringify(sources, null, 2)}\n`
        : renderSources(sources, { color: process.stdout.isTTY }),
    );
    return exitCodes.ok;
  } finally {
    await index.close();
  }
}
