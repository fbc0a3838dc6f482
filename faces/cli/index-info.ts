// `newstrace show` and `newstrace stats`: one stored article, and what the index holds.
import type { Contribution } from '../../src/coverage/types.ts';
import { coveragePhrase } from '../../src/report/coverage-phrase.ts';
import { storeBytes, withoutPassword } from '../../src/store/open.ts';
import { exitCodes } from './exit-codes.ts';
import { openExistingIndex } from './open-index.ts';

/**
 * Prints a stored article's metadata, its part in its story and its text; exit code 1 when the id is
 * not in the index.
 */
export async function runShow(id: string, flags: { db: string; json?: boolean }): Promise<number> {
  const index = await openExistingIndex(flags.db);
  if (!index) return exitCodes.inputFailed;
  try {
    const article = await index.article(id);
    if (!article) {
      process.stderr.write(`newstrace: ${id}: not in ${withoutPassword(flags.db)}\n`);
      return exitCodes.inputFailed;
    }
    const [contribution] = (await index.store.findingsOf(id)).contributions;
    const {
      ref: _ref,
      anchors: _anchors,
      boilerplate: _boilerplate,
      sentences: _sentences,
      ...shown
    } = article;
    if (flags.json)
      process.stdout.write(
        `${JSON.stringify({ ...shown, ...(contribution ? { contribution } : {}) }, null, 2)}\n`,
      );
    else {
      const meta = Object.entries(article.meta).map(([k, v]) => `${k}: ${v}`);
      process.stdout.write(
        [
          `id: ${article.id}`,
          `path: ${article.path}`,
          `story: ${article.story}`,
          ...meta,
          ...(contribution ? contributionLines(contribution, article.sentences) : []),
          '',
          article.text,
          '',
        ].join('\n'),
      );
    }
    return exitCodes.ok;
  } finally {
    await index.close();
  }
}

/** The article's part in its story: its role, what it adds (its own sentences listed) and what it reported first. */
function contributionLines(c: Contribution, sentences: string[]): string[] {
  return [
    `role: ${c.role}`,
    `coverage: ${coveragePhrase(c)}`,
    ...c.adds.sentences.map((i) => `  + ${i + 1}. ${sentences[i] ?? ''}`),
    ...c.firstWith.map(
      (f) => `  first: ${f.sentence + 1}. ${sentences[f.sentence] ?? ''} (also in ${f.alsoIn.join(', ')})`,
    ),
  ];
}

/** Prints the number of articles and the database's size on disk. */
export async function runStats(flags: { db: string; json?: boolean }): Promise<number> {
  const index = await openExistingIndex(flags.db);
  if (!index) return exitCodes.inputFailed;
  const articles = await index.store.count();
  const stories = await index.store.storyCount();
  await index.close();
  const bytes = await storeBytes(flags.db);
  const stats = {
    articles,
    stories,
    bytes,
    bytesPerArticle: articles === 0 ? 0 : Math.round(bytes / articles),
  };
  process.stdout.write(
    flags.json
      ? `${JSON.stringify(stats)}\n`
      : `${articles} article(s) in ${stories} story(ies), ${bytes} bytes on disk (${stats.bytesPerArticle} per article) in ${withoutPassword(flags.db)}\n`,
  );
  return exitCodes.ok;
}
