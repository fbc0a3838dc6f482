// Makes a compilation: paraphrased runs of sentences from two articles, interleaved, with a few generic
// sentences of its own, as an aggregator's round-up of an event is stitched together.

import type { Article } from './article.ts';
import { fillers } from './filler.ts';
import { paraphraseHeadline, paraphraseSentences } from './mutate.ts';
import { midSentenceCapitals } from './names.ts';
import type { Random } from './random.ts';
import { splitSentences } from './sentences.ts';

/**
 * 2–3 runs of 3–5 consecutive sentences of `article`'s body, in the article's order and not overlapping
 * (fewer or shorter runs when the article is short).
 */
function pickRuns(article: Article, random: Random): string[][] {
  const sentences = article.paragraphs.flatMap(splitSentences);
  const lengths = Array.from({ length: random.int(2, 3) }, () => random.int(3, 5));
  while (lengths.reduce((a, b) => a + b, 0) > sentences.length && lengths.length > 1) lengths.pop();
  const spare = Math.max(0, sentences.length - lengths.reduce((a, b) => a + b, 0));
  // Where each run starts within the spare sentences: sorted offsets keep the runs apart and in order.
  const offsets = lengths.map(() => random.int(0, spare)).sort((a, b) => a - b);
  let used = 0;
  return lengths.map((length, k) => {
    const start = used + (offsets[k] ?? 0);
    used += length;
    return sentences.slice(start, start + length);
  });
}

/**
 * A compilation of `first` and `second` (two reports of one event, or two stories): 2–3 runs of 3–5
 * consecutive sentences from each, every run paraphrased as `paraphrase` does a paragraph and set as a
 * paragraph of its own, the runs alternating between the sources (first's first), and 2–4 generic
 * sentences of its own (`fillers`) as short paragraphs anywhere after the first. The headline is
 * `first`'s, paraphrased.
 * @example compile(original, sameStoryReport, random.fork('compilation'))
 */
export function compile(first: Article, second: Article, random: Random): Article {
  const headline = paraphraseHeadline(first.headline, random);
  const [ours, theirs] = [first, second].map((source) => {
    const names = midSentenceCapitals(source);
    return pickRuns(source, random).map((run) => paraphraseSentences(run, names, random).join(' '));
  }) as [string[], string[]];
  const paragraphs: string[] = [];
  for (let k = 0; k < Math.max(ours.length, theirs.length); k++) {
    for (const runs of [ours, theirs]) {
      const run = runs[k];
      if (run !== undefined) paragraphs.push(run);
    }
  }
  for (const filler of fillers(random.int(2, 4), random))
    paragraphs.splice(random.int(1, paragraphs.length), 0, filler);
  return { headline, paragraphs };
}
