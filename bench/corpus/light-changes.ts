// Makes a copy editor's small changes to a sentence: a synonym, a reporting verb, a dropped adverb or clause.

import { senses, taggedCount } from '../../src/represent/wordnet.ts';
import type { Random } from './random.ts';
import { reportingVariants } from './reporting-verbs.ts';
import { quoteDepth } from './sentences.ts';
import { isSwappable, pickSynonym } from './synonyms.ts';
import { taggedSpans } from './tagged-spans.ts';
import { replaceSpans } from './word-spans.ts';

// Adverbs that can go without breaking the sentence ("had already reported" → "had reported").
const droppableAdverbs = new Set(
  'also already now still just recently currently later often usually even almost again exactly'.split(' '),
);

/** Whether `word` is an -ly adverb and nothing else ("quickly", not "daily" or "quarterly"). */
function isPlainLyAdverb(word: string): boolean {
  if (!/^[a-z]{3,}ly$/.test(word)) return false;
  return taggedCount(word, 'r') > 0 && senses(word, 'a').length === 0 && senses(word, 'n').length === 0;
}

type LightEditKind = 'synonym' | 'said' | 'adverb' | 'clause';

/** One small change to a sentence, or the sentence unchanged when `kind` does not apply. */
function lightChange(sentence: string, kind: LightEditKind, random: Random): string {
  const spans = taggedSpans(sentence).filter((s) => !s.quoted);
  switch (kind) {
    case 'synonym': {
      const candidates = spans.filter((s) => isSwappable(sentence, s));
      if (candidates.length === 0) return sentence;
      const span = random.pick(candidates);
      const text = pickSynonym(span, random);
      return text === undefined ? sentence : replaceSpans(sentence, [{ span, text }]);
    }
    case 'said': {
      const said = spans.filter((s) => s.word === 'said');
      if (said.length === 0) return sentence;
      return replaceSpans(sentence, [
        { span: random.pick(said), text: random.pick(reportingVariants.said ?? []) },
      ]);
    }
    case 'adverb': {
      const adverbs = spans.filter((s) => droppableAdverbs.has(s.word) || isPlainLyAdverb(s.word));
      if (adverbs.length === 0) return sentence;
      const span = random.pick(adverbs);
      // ", however," goes with its commas; "had already reported" loses the word and one space.
      const between = /, *$/.test(sentence.slice(0, span.start)) && sentence[span.end] === ',';
      if (between)
        return sentence.slice(0, sentence.lastIndexOf(',', span.start)) + sentence.slice(span.end + 1);
      if (sentence[span.start - 1] !== ' ') return sentence;
      return sentence.slice(0, span.start - 1) + sentence.slice(span.end);
    }
    case 'clause': {
      // A relative or parenthetical clause between commas: "The levy, which takes effect on 1 June, will".
      // The comma of "9,467" is part of a number, not the end of the clause.
      const pattern =
        /, (?:which|who|whose|where|however|meanwhile|though|for example|of course)\b(?:[^,“”"]|,(?=\d)){0,60},/g;
      const clauses = [...sentence.matchAll(pattern)].filter(
        (m) => quoteDepth(sentence.slice(0, m.index)) === 0,
      );
      if (clauses.length === 0) return sentence;
      const clause = random.pick(clauses);
      return sentence.slice(0, clause.index) + sentence.slice(clause.index + clause[0].length);
    }
  }
}

/**
 * With probability `p` (0–1), one or two light changes to a sentence (a synonym, "said" → "stated", a
 * dropped adverb or clause between commas); otherwise the sentence unchanged.
 * @example lightlyEditSentence('Officials had already reported the fault.', 0.3, random)
 */
export function lightlyEditSentence(sentence: string, p: number, random: Random): string {
  if (!random.chance(p)) return sentence;
  let edited = sentence;
  const kinds: LightEditKind[] = random.shuffle(['synonym', 'said', 'adverb', 'clause']);
  // Synonym swaps are the commonest edit, so they get a second chance in the draw.
  kinds.push('synonym');
  let changes = random.int(1, 2);
  for (const kind of kinds) {
    if (changes === 0) break;
    const next = lightChange(edited, kind, random);
    if (next !== edited) changes--;
    edited = next;
  }
  return edited;
}
