// Makes a lift: a long report of the host outlet's own into which a few paragraphs of another article
// are spliced, verbatim or lightly edited, as when a reporter pastes a rival's passage into a feature.

import type { Article } from './article.ts';
import { castStory } from './entities.ts';
import { lightlyEditParagraph } from './mutate.ts';
import type { Random } from './random.ts';
import { reportSameStory } from './same-story.ts';

/** What a lift took from its source. */
export interface Lifted {
  /** True when the paragraphs went in verbatim, false when lightly edited. */
  verbatim: boolean;
  /** How many of the source's paragraphs (1–3). */
  paragraphs: number;
  /** Their words, as in the source. */
  words: number;
}

/** A host article with a source's paragraphs in it. */
export interface Lift {
  article: Article;
  lifted: Lifted;
  /** The base texts the host's own paragraphs were written from, in the order they appear. */
  hostBases: number[];
}

// The host's length, lifted paragraphs included: a long report or feature (the bases are ~380 words).
const hostWords = { min: 900, max: 1600 };
// Paragraphs worth lifting: a real passage, not a one-line quote or a whole page.
const liftableWords = { min: 40, max: 210 };
// The paragraphs may go in 80 words over the target, so the target stops that far below the maximum.
const longestParagraph = 80;

/** Words as separated by spaces. */
function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/**
 * The indices of the paragraphs of `story` that its names or figures changed from `base`'s. A paragraph
 * with neither (a few of each base) reads the same in every story of that base, so it would tie a host or
 * a lift to all of them at once.
 */
function ownIndices(story: Article, base: Article): number[] {
  return story.paragraphs.flatMap((p, i) => (p === base.paragraphs[i] ? [] : [i]));
}

/** The paragraphs of `story` at `ownIndices`. */
function ownParagraphs(story: Article, base: Article): string[] {
  return ownIndices(story, base).map((i) => story.paragraphs[i] as string);
}

/**
 * The host outlet's own report of at least `words` words: sections written from the bases other than
 * `exclude`, in random order, the first cast with fresh names and numbers (`castStory`), the later ones
 * rewritten with the first's names and figures (`reportSameStory`), so the whole reads as one report about
 * one place and its people. No section is a corpus article, and paragraphs that no name or figure changed
 * are left out. Stops when the bases run out.
 */
function hostReport(
  bases: Article[],
  exclude: number,
  words: number,
  random: Random,
): { article: Article; bases: number[] } {
  const order = random.shuffle(bases.map((_, i) => i).filter((i) => i !== exclude));
  const [firstBase = 0, ...laterBases] = order;
  const { story: first, cast } = castStory(bases[firstBase] as Article, random);
  const used = [firstBase];
  const paragraphs: string[] = [];
  let count = 0;
  let [section, sectionBase] = [first, firstBase];
  for (;;) {
    for (const paragraph of ownParagraphs(section, bases[sectionBase] as Article)) {
      if (count >= words) break;
      paragraphs.push(paragraph);
      count += wordCount(paragraph);
    }
    const next = laterBases.shift();
    if (count >= words || next === undefined) break;
    [section, sectionBase] = [
      reportSameStory(bases[next] as Article, bases[firstBase] as Article, cast, random),
      next,
    ];
    used.push(next);
  }
  return { article: { headline: first.headline, paragraphs }, bases: used };
}

/**
 * A lift of `source` (written from base `sourceBase` of `bases`): 1–3 of its paragraphs of 40–210 words
 * that its names or figures made its own (`ownIndices`), in their order, all verbatim or all lightly
 * edited (`lightlyEditParagraph`, at least one word changed) at even odds, each spliced at its own random
 * paragraph boundary of the host's own report (`hostReport`, from the other bases), never first. The
 * whole is 900–1,600 words. Undefined when `source` has no such paragraph.
 * @example liftInto(story, bases, 3, random.fork('lift'))?.lifted.paragraphs
 */
export function liftInto(
  source: Article,
  bases: Article[],
  sourceBase: number,
  random: Random,
): Lift | undefined {
  const liftable = ownIndices(source, bases[sourceBase] as Article).filter((i) => {
    const words = wordCount(source.paragraphs[i] as string);
    return words >= liftableWords.min && words <= liftableWords.max;
  });
  if (liftable.length === 0) return undefined;
  const chosen = random
    .shuffle(liftable)
    .slice(0, random.int(1, 3))
    .sort((a, b) => a - b)
    .map((i) => source.paragraphs[i] as string);
  const verbatim = random.chance(0.5);
  let spliced = chosen;
  // Each sentence is edited with probability 0.3, so a short passage may come out unchanged: try again.
  for (let attempt = 0; !verbatim && attempt < 10 && spliced.every((p, k) => p === chosen[k]); attempt++)
    spliced = chosen.map((p) => lightlyEditParagraph(p, random));
  const liftedWords = chosen.reduce((n, p) => n + wordCount(p), 0);
  const target = random.int(hostWords.min, hostWords.max - longestParagraph);
  const host = hostReport(bases, sourceBase, target - liftedWords, random);
  // Boundaries after host paragraph 1, 2, …, n; distinct, so no two lifted paragraphs end up adjacent.
  const after = new Set(random.shuffle(host.article.paragraphs.map((_, i) => i)).slice(0, spliced.length));
  const paragraphs: string[] = [];
  const queue = [...spliced];
  for (const [i, paragraph] of host.article.paragraphs.entries()) {
    paragraphs.push(paragraph);
    if (after.has(i)) paragraphs.push(queue.shift() as string);
  }
  // Only a host shorter than the passages (from a tiny set of bases) leaves any over.
  paragraphs.push(...queue);
  return {
    article: { headline: host.article.headline, paragraphs },
    lifted: { verbatim, paragraphs: chosen.length, words: liftedWords },
    hostBases: host.bases,
  };
}
