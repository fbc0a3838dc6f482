// Generates a benchmark corpus of original stories and their copies, with the truth of who copied whom.
// CLI: node --import tsx bench/corpus/generate.ts --articles 1000 --seed 1 --out bench/out/corpus-1000
// [--independent]
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article } from './article.ts';
import { castStory, inventName, makeStory } from './entities.ts';
import { lightEdit, paraphrase, partialCopy, verbatim } from './mutate.ts';
import { createRandom, type Random } from './random.ts';
import { reportSameStory } from './same-story.ts';

/** How a copy was made from its original. */
export type CopyMethod = 'verbatim' | 'edited' | 'paraphrased' | 'partial';

/** One generated article: headline line, then one paragraph per line. */
export interface CorpusArticle {
  id: string;
  text: string;
  /** ISO 8601 time, UTC, to the minute: "2026-03-04T12:34:00Z". */
  published: string;
}

/** One known copy relation. */
export interface TruthEdge {
  original: string;
  copy: string;
  method: CopyMethod;
}

/** Two articles about the same event, neither copied from the other: not a derivation. */
export interface SameStoryPair {
  /** The story's original. */
  a: string;
  /** The independent report of the same event. */
  b: string;
}

/** A generated corpus and its truth. */
export interface Corpus {
  articles: CorpusArticle[];
  truth: TruthEdge[];
  /** Independent reports of a story's event, each with the story's original; empty unless `independent`. */
  sameStory: SameStoryPair[];
  /**
   * Each article's base text (an index into the bases): stories of one base share most of their wording
   * though neither copied the other. A copy has its story's base; an independent report the other base
   * it was written from.
   */
  baseOf: Record<string, number>;
}

/** Options of `generateCorpus`. */
export interface CorpusOptions {
  /** Exact number of articles to produce (originals and copies together). */
  articles: number;
  /** Seed of every random choice: the same seed gives the same corpus. */
  seed: number;
  /**
   * Also write independent reports of some stories' events (see `generateCorpus`). Off by default, so
   * corpora measured before the option existed stay byte for byte the same.
   */
  independent?: boolean;
}

// P(0, 1, 2, 3 copies of a story) and P(method of a copy); fixed so corpora of any size are alike.
const copyCountWeights = [0.2, 0.35, 0.3, 0.15];
const methods: readonly CopyMethod[] = ['verbatim', 'edited', 'paraphrased', 'partial'];
const methodWeights = [0.2, 0.3, 0.35, 0.15];
const idSuffix: Record<CopyMethod, string> = {
  verbatim: 'copy',
  edited: 'edit',
  paraphrased: 'para',
  partial: 'part',
};
// P(an independent report of a story's event), when `independent` is on.
const sameStoryShare = 0.3;
const outletKinds = 'Herald Gazette Courier Chronicle Post Echo Observer Times Record'.split(' ');

const baseFolder = fileURLToPath(new URL('./base/', import.meta.url));

/** Reads the base articles (base-01.txt …): first line the headline, then one paragraph per line. */
export function readBases(folder = baseFolder): Article[] {
  return readdirSync(folder)
    .filter((name) => /^base-\d+\.txt$/.test(name))
    .sort()
    .map((name) => {
      const [headline = '', ...paragraphs] = readFileSync(join(folder, name), 'utf8')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
      return { headline, paragraphs };
    });
}

/** The article as corpus text: headline line, then the paragraphs, one per line. */
function textOf(article: Article): string {
  return [article.headline, ...article.paragraphs].join('\n');
}

/** An ISO time to the minute, without milliseconds. */
function isoMinute(ms: number): string {
  return new Date(ms).toISOString().replace(/:\d\d\.\d{3}Z$/, ':00Z');
}

/** Makes one copy of `story` by `method`. */
function copyOf(story: Article, method: CopyMethod, other: () => Article, random: Random): Article {
  switch (method) {
    case 'verbatim': {
      const credit = random.chance(0.5)
        ? `the ${inventName(random, random.int(1, 2))} ${random.pick(outletKinds)}`
        : undefined;
      return verbatim(story, random, { retitle: random.chance(0.5), ...(credit ? { credit } : {}) });
    }
    case 'edited':
      return lightEdit(story, random);
    case 'paraphrased':
      return paraphrase(story, random);
    case 'partial':
      return partialCopy(story, other(), random);
  }
}

/**
 * Generates `articles` articles: stories made by cycling through the base articles with fresh names and
 * numbers (story i uses base i mod 24), each an original plus 0–3 copies (verbatim 20%, edited 30%,
 * paraphrased 35%, partial 15%), cut off at exactly `articles`. Originals are published at a random
 * minute of 2026, copies 1–48 hours later. Ids: "s00012-orig", "s00012-para1", "s00012-copy1",
 * "s00012-edit1", "s00012-part1".
 *
 * With `independent`, 30% of stories also get an independent report of the same event, id
 * "s00012-same1", published within 12 hours either side of the original: another base article (another
 * kind of event) rewritten with the story's invented names, most frequent first (place-like names to
 * place-like names), and with the story's own figures wherever a number has the same kind and shape
 * (see `reportSameStory`). It takes no sentence from the story, so it is not a derivation; `sameStory`
 * pairs it with the story's original (the story's copies are of the same event too). Its choices draw
 * from a stream of their own, so every story and copy is the same as without the option; only the cut at
 * `articles` falls earlier.
 * @example generateCorpus({ articles: 1000, seed: 1 }).truth.length
 */
export function generateCorpus(options: CorpusOptions, bases: Article[] = readBases()): Corpus {
  if (bases.length < 2) throw new RangeError('generateCorpus needs at least two base articles');
  const articles: CorpusArticle[] = [];
  const truth: TruthEdge[] = [];
  const sameStory: SameStoryPair[] = [];
  const baseOf: Record<string, number> = {};
  const root = createRandom(options.seed);
  const yearStart = Date.UTC(2026, 0, 1);
  const yearMinutes = (Date.UTC(2027, 0, 1) - yearStart) / 60_000;
  for (let i = 0; articles.length < options.articles; i++) {
    // Each story draws from its own stream, so story i is the same whatever the requested size.
    const random = root.fork(`story-${i}`);
    const baseIndex = i % bases.length;
    const { story, cast } = castStory(bases[baseIndex] as Article, random);
    const storyId = `s${String(i).padStart(5, '0')}`;
    const originalId = `${storyId}-orig`;
    const publishedMs = yearStart + random.int(0, yearMinutes - 1) * 60_000;
    articles.push({ id: originalId, text: textOf(story), published: isoMinute(publishedMs) });
    baseOf[originalId] = baseIndex;
    const counts: Record<CopyMethod, number> = { verbatim: 0, edited: 0, paraphrased: 0, partial: 0 };
    const copies = random.weighted(copyCountWeights);
    for (let c = 0; c < copies && articles.length < options.articles; c++) {
      const method = methods[random.weighted(methodWeights)] as CopyMethod;
      counts[method]++;
      // Note: the additions of a partial copy come from a fresh story that is not in the corpus, so the
      // copy has one true source. It shares its template (not its names or numbers) with corpus stories
      // made from the same base.
      const other = () => {
        const otherBase = (baseIndex + random.int(1, bases.length - 1)) % bases.length;
        return makeStory(bases[otherBase] as Article, random.fork(`other-${c}`));
      };
      const copy = copyOf(story, method, other, random);
      const id = `${storyId}-${idSuffix[method]}${counts[method]}`;
      const delayMinutes = random.int(60, 48 * 60);
      articles.push({ id, text: textOf(copy), published: isoMinute(publishedMs + delayMinutes * 60_000) });
      truth.push({ original: originalId, copy: id, method });
      baseOf[id] = baseIndex;
    }
    const same = random.fork('same-story');
    if (options.independent && articles.length < options.articles && same.chance(sameStoryShare)) {
      const otherBase = (baseIndex + same.int(1, bases.length - 1)) % bases.length;
      const report = reportSameStory(bases[otherBase] as Article, bases[baseIndex] as Article, cast, same);
      const id = `${storyId}-same1`;
      const offsetMinutes = same.int(-12 * 60, 12 * 60);
      articles.push({ id, text: textOf(report), published: isoMinute(publishedMs + offsetMinutes * 60_000) });
      sameStory.push({ a: originalId, b: id });
      baseOf[id] = otherBase;
    }
  }
  return { articles, truth, sameStory, baseOf };
}

/**
 * Writes one Markdown file per article (front matter with `published`), truth.json and, when there are
 * independent reports, same-story.json into `folder`.
 */
function writeCorpus(corpus: Corpus, folder: string): void {
  mkdirSync(folder, { recursive: true });
  // Files of an earlier, larger run would otherwise linger among the new ones.
  for (const name of readdirSync(folder)) {
    if (/^s\d{5}-\w+\.md$/.test(name) || name === 'truth.json' || name === 'same-story.json')
      rmSync(join(folder, name));
  }
  for (const article of corpus.articles) {
    writeFileSync(
      join(folder, `${article.id}.md`),
      `---\npublished: ${article.published}\n---\n${article.text}\n`,
    );
  }
  writeFileSync(join(folder, 'truth.json'), `${JSON.stringify(corpus.truth, null, 2)}\n`);
  if (corpus.sameStory.length > 0)
    writeFileSync(join(folder, 'same-story.json'), `${JSON.stringify(corpus.sameStory, null, 2)}\n`);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      independent: { type: 'boolean', default: false },
    },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed) || values.out === undefined) {
    console.error('usage: generate.ts --articles <n ≥ 1> --seed <integer> --out <folder> [--independent]');
    process.exit(2);
  }
  const started = performance.now();
  const corpus = generateCorpus({ articles, seed, independent: values.independent });
  const generatedMs = performance.now() - started;
  writeCorpus(corpus, values.out);
  const byMethod = Object.fromEntries(
    methods.map((m) => [m, corpus.truth.filter((t) => t.method === m).length]),
  );
  const originals = corpus.articles.length - corpus.truth.length - corpus.sameStory.length;
  console.log(`wrote ${corpus.articles.length} articles (${originals} originals) to ${values.out}`);
  console.log(
    `copies: ${Object.entries(byMethod)
      .map(([m, n]) => `${m} ${n}`)
      .join(
        ', ',
      )}${corpus.sameStory.length > 0 ? `; independent same-story reports ${corpus.sameStory.length}` : ''}`,
  );
  console.log(
    `generated in ${(generatedMs / 1000).toFixed(2)} s, total ${((performance.now() - started) / 1000).toFixed(2)} s`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
