// Generates a benchmark corpus of original stories and their copies, with the truth of who copied whom.
// CLI: node --import tsx bench/corpus/generate.ts --articles 1000 --seed 1 --out bench/out/corpus-1000
// [--independent] [--reuse]
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article } from './article.ts';
import { compile } from './compilation.ts';
import { castStory, inventName, makeStory } from './entities.ts';
import { type Lifted, liftInto } from './lift.ts';
import { lightEdit, paraphrase, partialCopy, verbatim } from './mutate.ts';
import { createRandom, type Random } from './random.ts';
import { reportSameStory } from './same-story.ts';

/** How a copy of a whole article was made from its original. */
export type ArticleCopyMethod = 'verbatim' | 'edited' | 'paraphrased' | 'partial';

/**
 * How a copy was made from its original: a whole-article copy, or (with `reuse`) a few paragraphs
 * spliced into the host's own report ("lift"), paraphrased runs of sentences stitched with another
 * source's ("compiled"), or a light edit of a paraphrase ("chained": the edge from the paraphrase).
 */
export type CopyMethod = ArticleCopyMethod | 'lift' | 'compiled' | 'chained';

/** The whole-article copy methods, the only ones of a corpus without `reuse`. */
export const articleCopyMethods: readonly ArticleCopyMethod[] = [
  'verbatim',
  'edited',
  'paraphrased',
  'partial',
];

/** Every copy method, whole-article copies first. */
export const copyMethods: readonly CopyMethod[] = [...articleCopyMethods, 'lift', 'compiled', 'chained'];

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
  /** Of a lift only: what was lifted (verbatim or edited, paragraphs, words). */
  lifted?: Lifted;
}

/**
 * The two ends of a chain of copies: `b` was made from `via`, `via` from `a`, so `a` and `b` are kin
 * but neither was copied from the other.
 */
export interface IndirectPair {
  a: string;
  b: string;
  via: string;
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
  /** The two ends of each chain (`reuse`): kin through the middle article, not a derivation; else empty. */
  indirect: IndirectPair[];
  /**
   * The further base texts of an article written from several (`reuse`): a lift host's own report, a
   * compilation's second source. Empty without `reuse`.
   */
  otherBasesOf: Record<string, number[]>;
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
  /**
   * Also write passage-level reuse: lifts, compilations and chains (see `generateCorpus`). Off by
   * default, so corpora measured before the option existed stay byte for byte the same.
   */
  reuse?: boolean;
}

// P(0, 1, 2, 3 copies of a story) and P(method of a copy); fixed so corpora of any size are alike.
const copyCountWeights = [0.2, 0.35, 0.3, 0.15];
const methodWeights = [0.2, 0.3, 0.35, 0.15];
const idSuffix: Record<ArticleCopyMethod, string> = {
  verbatim: 'copy',
  edited: 'edit',
  paraphrased: 'para',
  partial: 'part',
};
// P(an independent report of a story's event), when `independent` is on.
const sameStoryShare = 0.3;
// P(a story is lifted into a host, is compiled with another source, starts a chain), when `reuse` is on:
// at 2,000 articles with independent reports (seed 1) 89 lifts, 44 compilations and 37 chains, enough
// for a recall figure of each that moves by a few points, not tens, when one more is found.
const reuseShares = { lift: 0.12, compilation: 0.08, chain: 0.06 };
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

/** A time 1–48 hours, to the minute, after `ms`. */
function hoursLater(ms: number, random: Random): number {
  return ms + random.int(60, 48 * 60) * 60_000;
}

/** Makes one copy of `story` by `method`. */
function copyOf(story: Article, method: ArticleCopyMethod, other: () => Article, random: Random): Article {
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

/** One story's original, as the passage-level reuse of it needs it. */
interface Source {
  id: string;
  article: Article;
  publishedMs: number;
  base: number;
}

/** The corpus being generated and how to add to it. */
interface CorpusBuilder {
  corpus: Corpus;
  /** Whether `count` more articles fit in the requested size. */
  fits(count: number): boolean;
  add(id: string, article: Article, publishedMs: number, base: number): void;
}

/** With probability `reuseShares.lift`, a lift of `story` into a host report, published 1–48 h after it. */
function addLift(
  build: CorpusBuilder,
  story: Source,
  storyId: string,
  bases: Article[],
  random: Random,
): void {
  if (!build.fits(1) || !random.chance(reuseShares.lift)) return;
  const lift = liftInto(story.article, bases, story.base, random);
  if (!lift) return;
  const id = `${storyId}-lift1`;
  build.add(id, lift.article, hoursLater(story.publishedMs, random), story.base);
  build.corpus.truth.push({ original: story.id, copy: id, method: 'lift', lifted: lift.lifted });
  build.corpus.otherBasesOf[id] = lift.hostBases;
}

/**
 * With probability `reuseShares.compilation`, a compilation of `story` and `other` (the story's
 * independent report, or an earlier story), published 1–48 h after the later of the two.
 */
function addCompilation(
  build: CorpusBuilder,
  story: Source,
  other: Source | undefined,
  storyId: string,
  random: Random,
): void {
  if (!other || !build.fits(1) || !random.chance(reuseShares.compilation)) return;
  const id = `${storyId}-comp1`;
  const compilation = compile(story.article, other.article, random);
  build.add(id, compilation, hoursLater(Math.max(story.publishedMs, other.publishedMs), random), story.base);
  for (const source of [story, other])
    build.corpus.truth.push({ original: source.id, copy: id, method: 'compiled' });
  build.corpus.otherBasesOf[id] = [other.base];
}

/**
 * With probability `reuseShares.chain`, a chain from `story`: B its paraphrase, C a light edit of B (of
 * B alone), each published 1–48 h after the one before.
 */
function addChain(build: CorpusBuilder, story: Source, storyId: string, random: Random): void {
  if (!build.fits(2) || !random.chance(reuseShares.chain)) return;
  const [b, c] = [`${storyId}-chainb1`, `${storyId}-chainc1`];
  const paraphrased = paraphrase(story.article, random);
  const bPublishedMs = hoursLater(story.publishedMs, random);
  build.add(b, paraphrased, bPublishedMs, story.base);
  build.add(c, lightEdit(paraphrased, random), hoursLater(bPublishedMs, random), story.base);
  build.corpus.truth.push(
    { original: story.id, copy: b, method: 'paraphrased' },
    { original: b, copy: c, method: 'chained' },
  );
  build.corpus.indirect.push({ a: story.id, b: c, via: b });
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
 *
 * With `reuse`, each story may also be reused by passage, each kind drawing from a stream of its own (so,
 * again, only the cut at `articles` moves):
 * - 12% of stories are lifted, "s00012-lift1": 1–3 paragraphs of the original, verbatim or lightly
 *   edited, spliced into a 900–1,600-word report of the host's own (see `liftInto`); truth method "lift"
 *   with `lifted` saying what went in.
 * - 8% are compiled, "s00012-comp1": paraphrased runs of sentences of the original and of the story's
 *   independent report (when `independent` gave it one; else the original of one of the 23 stories
 *   before, of another base) interleaved with generic sentences (see `compile`); two truth edges,
 *   method "compiled", one from each source.
 * - 6% start a chain: "s00012-chainb1" paraphrases the original (method "paraphrased") and
 *   "s00012-chainc1" lightly edits B (method "chained", from B); the original and C are an `indirect`
 *   pair, not a derivation.
 * @example generateCorpus({ articles: 1000, seed: 1 }).truth.length
 */
export function generateCorpus(options: CorpusOptions, bases: Article[] = readBases()): Corpus {
  if (bases.length < 2) throw new RangeError('generateCorpus needs at least two base articles');
  const corpus: Corpus = {
    articles: [],
    truth: [],
    sameStory: [],
    baseOf: {},
    indirect: [],
    otherBasesOf: {},
  };
  const { articles, truth, sameStory, baseOf } = corpus;
  const build: CorpusBuilder = {
    corpus,
    fits: (count) => articles.length + count <= options.articles,
    add(id, article, publishedMs, base) {
      articles.push({ id, text: textOf(article), published: isoMinute(publishedMs) });
      baseOf[id] = base;
    },
  };
  // Each story's original, kept for compilations only: a corpus of 100,000 articles need not hold them.
  const originals: Source[] = [];
  const root = createRandom(options.seed);
  const yearStart = Date.UTC(2026, 0, 1);
  const yearMinutes = (Date.UTC(2027, 0, 1) - yearStart) / 60_000;
  for (let i = 0; build.fits(1); i++) {
    // Each story draws from its own stream, so story i is the same whatever the requested size.
    const random = root.fork(`story-${i}`);
    const baseIndex = i % bases.length;
    const { story, cast } = castStory(bases[baseIndex] as Article, random);
    const storyId = `s${String(i).padStart(5, '0')}`;
    const originalId = `${storyId}-orig`;
    const publishedMs = yearStart + random.int(0, yearMinutes - 1) * 60_000;
    build.add(originalId, story, publishedMs, baseIndex);
    const counts: Record<ArticleCopyMethod, number> = { verbatim: 0, edited: 0, paraphrased: 0, partial: 0 };
    const copies = random.weighted(copyCountWeights);
    for (let c = 0; c < copies && build.fits(1); c++) {
      const method = articleCopyMethods[random.weighted(methodWeights)] as ArticleCopyMethod;
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
      build.add(id, copy, hoursLater(publishedMs, random), baseIndex);
      truth.push({ original: originalId, copy: id, method });
    }
    const same = random.fork('same-story');
    let report: Source | undefined;
    if (options.independent && build.fits(1) && same.chance(sameStoryShare)) {
      const otherBase = (baseIndex + same.int(1, bases.length - 1)) % bases.length;
      const article = reportSameStory(bases[otherBase] as Article, bases[baseIndex] as Article, cast, same);
      const reportMs = publishedMs + same.int(-12 * 60, 12 * 60) * 60_000;
      report = { id: `${storyId}-same1`, article, publishedMs: reportMs, base: otherBase };
      build.add(report.id, article, reportMs, otherBase);
      sameStory.push({ a: originalId, b: report.id });
    }
    if (!options.reuse) continue;
    const original: Source = { id: originalId, article: story, publishedMs, base: baseIndex };
    addLift(build, original, storyId, bases, random.fork('lift'));
    const compilation = random.fork('compilation');
    // Stories less than a cycle of bases back are of other bases, so never the same template.
    const earlier =
      i === 0 ? undefined : originals[compilation.int(Math.max(0, i - bases.length + 1), i - 1)];
    addCompilation(build, original, report ?? earlier, storyId, compilation);
    addChain(build, original, storyId, random.fork('chain'));
    originals.push(original);
  }
  return corpus;
}

/**
 * Writes one Markdown file per article (front matter with `published`), truth.json and, when there are
 * independent reports, same-story.json, when there are chains, indirect.json into `folder`.
 */
function writeCorpus(corpus: Corpus, folder: string): void {
  mkdirSync(folder, { recursive: true });
  // Files of an earlier, larger run would otherwise linger among the new ones.
  for (const name of readdirSync(folder)) {
    if (/^s\d{5}-\w+\.md$/.test(name) || ['truth.json', 'same-story.json', 'indirect.json'].includes(name))
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
  if (corpus.indirect.length > 0)
    writeFileSync(join(folder, 'indirect.json'), `${JSON.stringify(corpus.indirect, null, 2)}\n`);
}

/** How many of each passage-level reuse `corpus` has: lifts (verbatim, edited), compilations, chains. */
export function reuseCounts(corpus: Pick<Corpus, 'truth'>): {
  liftVerbatim: number;
  liftEdited: number;
  compilations: number;
  chains: number;
} {
  const lifts = corpus.truth.filter((t) => t.method === 'lift');
  const liftVerbatim = lifts.filter((t) => t.lifted?.verbatim).length;
  return {
    liftVerbatim,
    liftEdited: lifts.length - liftVerbatim,
    // A compilation has an edge from each of its two sources.
    compilations: new Set(corpus.truth.filter((t) => t.method === 'compiled').map((t) => t.copy)).size,
    chains: corpus.truth.filter((t) => t.method === 'chained').length,
  };
}

/** `reuseCounts` as a line of the generators' and benchmarks' summaries. */
export function reuseSummary(corpus: Pick<Corpus, 'truth'>): string {
  const n = reuseCounts(corpus);
  return (
    `lifts ${n.liftVerbatim + n.liftEdited} (verbatim ${n.liftVerbatim}, edited ${n.liftEdited}), ` +
    `compilations ${n.compilations}, chains ${n.chains}`
  );
}

function main(): void {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      independent: { type: 'boolean', default: false },
      reuse: { type: 'boolean', default: false },
    },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed) || values.out === undefined) {
    console.error(
      'usage: generate.ts --articles <n ≥ 1> --seed <integer> --out <folder> [--independent] [--reuse]',
    );
    process.exit(2);
  }
  const started = performance.now();
  const corpus = generateCorpus({ articles, seed, independent: values.independent, reuse: values.reuse });
  const generatedMs = performance.now() - started;
  writeCorpus(corpus, values.out);
  const byMethod = Object.fromEntries(
    articleCopyMethods.map((m) => [m, corpus.truth.filter((t) => t.method === m).length]),
  );
  const originals = corpus.articles.filter((a) => a.id.endsWith('-orig')).length;
  console.log(`wrote ${corpus.articles.length} articles (${originals} originals) to ${values.out}`);
  console.log(
    `copies: ${Object.entries(byMethod)
      .map(([m, n]) => `${m} ${n}`)
      .join(
        ', ',
      )}${corpus.sameStory.length > 0 ? `; independent same-story reports ${corpus.sameStory.length}` : ''}`,
  );
  if (values.reuse) console.log(`passage-level reuse: ${reuseSummary(corpus)}`);
  console.log(
    `generated in ${(generatedMs / 1000).toFixed(2)} s, total ${((performance.now() - started) / 1000).toFixed(2)} s`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
