// The four operators that turn a benchmark article into a copy: verbatim, edited, paraphrased, partial
// (and the sentence-level paraphrase they share with compilations).

import type { Article } from './article.ts';
import { moveLeadingClause } from './leading-clause.ts';
import { lightlyEditSentence } from './light-changes.ts';
import { midSentenceCapitals } from './names.ts';
import { editsQuotes } from './quotes.ts';
import type { Random } from './random.ts';
import { reshapeParagraph } from './reshape.ts';
import { splitSentences } from './sentences.ts';
import { swapWords } from './swap-words.ts';

/** Options of `verbatim`. */
export interface VerbatimOptions {
  /** Give the copy a reworded headline (one or two synonyms). Default false. */
  retitle?: boolean;
  /** Outlet to credit in a final line "This article originally appeared in <outlet>." Default none. */
  credit?: string;
}

/**
 * A verbatim copy: the same body, optionally a reworded headline and a credit line.
 * @example verbatim(article, random, { credit: 'the Valley Herald' })
 */
export function verbatim(article: Article, random: Random, options: VerbatimOptions = {}): Article {
  const headline = options.retitle ? swapWords(article.headline, 0.3, false, random) : article.headline;
  const credit = options.credit ? [`This article originally appeared in ${options.credit}.`] : [];
  return { headline, paragraphs: [...article.paragraphs, ...credit] };
}

/**
 * A lightly edited copy: about 30% of sentences get one or two word-level changes (a synonym, "said" →
 * "stated"/"told reporters", a dropped adverb or clause between commas), and with probability 0.5 one
 * paragraph other than the first is dropped (articles of 4+ paragraphs).
 */
export function lightEdit(article: Article, random: Random): Article {
  const paragraphs = article.paragraphs.map((p) => lightlyEditParagraph(p, random));
  if (paragraphs.length >= 4 && random.chance(0.5))
    paragraphs.splice(random.int(1, paragraphs.length - 1), 1);
  return { headline: article.headline, paragraphs };
}

/**
 * One paragraph as `lightEdit` changes it: about 30% of its sentences get one or two word-level changes.
 * @example lightlyEditParagraph('The council met. It voted.', random)
 */
export function lightlyEditParagraph(paragraph: string, random: Random): string {
  return splitSentences(paragraph)
    .map((s) => lightlyEditSentence(s, 0.3, random))
    .join(' ');
}

/**
 * A heavy paraphrase in the manner of an article spinner. In every sentence, as many words as 50–70% of
 * its content words outside quotations (lowercase, 4+ letters, known to WordNet) get a first- or
 * second-sense synonym, and "said" mostly becomes "stated", "told reporters" or similar; leading clauses
 * move to the end ("After X, Y." → "Y after X."); ~15% of adjacent sentences merge, ~10% of long ones
 * split and ~10% of neighbours swap. 70% of quotations stay verbatim, the rest get one or two words
 * changed. Names and numbers are untouched. The headline gets synonyms too.
 */
export function paraphrase(article: Article, random: Random): Article {
  const names = midSentenceCapitals(article);
  return {
    headline: paraphraseHeadline(article.headline, random),
    paragraphs: article.paragraphs.map((p) =>
      paraphraseSentences(splitSentences(p), names, random).join(' '),
    ),
  };
}

/**
 * A headline as `paraphrase` rewrites it: 50–70% of its content words get a synonym.
 * @example paraphraseHeadline('Council approves seafront parking levy', random)
 */
export function paraphraseHeadline(headline: string, random: Random): string {
  return swapWords(headline, 0.5 + 0.2 * random.next(), false, random);
}

/**
 * Consecutive sentences of one passage paraphrased as `paraphrase` does each paragraph's: every sentence
 * rewritten, then split, merged and swapped. `names` (the article's, from `midSentenceCapitals`) keep
 * their capital when a clause moves.
 * @example paraphraseSentences(splitSentences(paragraph), midSentenceCapitals(article), random).join(' ')
 */
export function paraphraseSentences(sentences: string[], names: Set<string>, random: Random): string[] {
  const rewrite = (sentence: string): string => {
    const moved = random.chance(0.85) ? moveLeadingClause(sentence, names) : sentence;
    const editQuotes = editsQuotes(moved, random);
    return swapWords(moved, 0.5 + 0.2 * random.next(), editQuotes, random);
  };
  return reshapeParagraph(sentences.map(rewrite), names, random);
}

/**
 * A partial copy: the first 40–60% of `article`'s sentences, lightly edited, followed by 4–8
 * consecutive sentences of `other` (an unrelated story) as the copy's own additions. Paragraph breaks
 * of both sources are kept.
 */
export function partialCopy(article: Article, other: Article, random: Random): Article {
  const own = sentencesWithParagraph(article);
  const kept = own.slice(0, Math.max(1, Math.round(own.length * (0.4 + 0.2 * random.next()))));
  const extra = sentencesWithParagraph(other);
  const count = Math.min(extra.length, random.int(4, 8));
  const from = random.int(0, extra.length - count);
  const paragraphs = [
    ...group(kept.map((s) => ({ ...s, text: lightlyEditSentence(s.text, 0.3, random) }))),
    ...group(extra.slice(from, from + count)),
  ];
  return { headline: article.headline, paragraphs };
}

/** Every sentence of an article's body with the index of its paragraph. */
function sentencesWithParagraph(article: Article): Array<{ paragraph: number; text: string }> {
  return article.paragraphs.flatMap((p, paragraph) => splitSentences(p).map((text) => ({ paragraph, text })));
}

/** Joins consecutive sentences of the same paragraph back into paragraphs. */
function group(sentences: Array<{ paragraph: number; text: string }>): string[] {
  const paragraphs: string[] = [];
  let last: number | undefined;
  for (const { paragraph, text } of sentences) {
    if (paragraph === last && paragraphs.length > 0) paragraphs[paragraphs.length - 1] += ` ${text}`;
    else paragraphs.push(text);
    last = paragraph;
  }
  return paragraphs;
}
