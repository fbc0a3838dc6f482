// Chooses WordNet synonyms for a tagged word form, inflected like it: "residents" → "occupants".

import { senses, taggedCount, type WordnetPos } from '../../src/represent/wordnet.ts';
import { inflect } from './inflect.ts';
import { analyses } from './lemmas.ts';
import type { Random } from './random.ts';
import { spellings } from './spellings.ts';
import type { TaggedSpan } from './tagged-spans.ts';

// Function words and words whose WordNet synonyms read as nonsense in news text ("per cent" → "per
// penny", "second" → "s", "will" → "volition"). Lowercase words of 4+ letters only.
const unswappable = new Set(
  `about above across after again against along already also although among another around away back
  because been before behind being below between both cent could does doing down during each either
  enough even ever every from further have having here however into just least less like made make many
  might more most much must near nearly neither never next none once only other others over past perhaps
  rather said says same should since some such than that their them then there these they this those
  though through thus told toward towards under unless until upon very were what when where whether which
  while will with within without would your year years first second third last four five seven eight
  nine eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million
  billion half quarter dozen minus plus well still take took give gave come came went going want need
  whose whom itself himself herself themselves yesterday today tomorrow week weeks month months
  hour hours minute minutes day days night nights morning evening afternoon longer later greater larger
  higher lower better bigger smaller fewer older newer earlier`.split(/\s+/),
);

const synonymCache = new Map<string, string[][]>();

/**
 * Replacement candidates for a lowercase word form tagged `tag`, grouped by sense (first sense, second
 * sense) and inflected like the form: ("residents", "n") → [["occupants", "occupiers"], …]. Empty when the
 * word is a function word, unknown to WordNet or has no usable synonym.
 */
function synonymOptions(word: string, tag: WordnetPos | undefined): string[][] {
  const key = `${word}/${tag}`;
  const cached = synonymCache.get(key);
  if (cached) return cached;
  let best: { score: number; options: string[][] } = { score: -1, options: [] };
  if (tag && word.length >= 4 && /^[a-z]+$/.test(word) && !unswappable.has(word)) {
    for (const spelling of spellings(word)) {
      // The American spelling is a fallback: "tour" must not become "tor".
      if (best.options.length > 0) break;
      for (const analysis of analyses(spelling, tag)) {
        const all = senses(analysis.base, analysis.pos).map((sense) =>
          sense.words
            .filter((s) => usable(s, word, analysis.base))
            .map((s) => inflect(s, analysis, sense.pos))
            .filter((s): s is string => s !== undefined && s !== word),
        );
        // First and second sense, as a spinner would pick; when both lack synonyms ("council", "company"),
        // the next sense that has some, so that the share of replaced words does not depend on WordNet's gaps.
        const options = all.slice(0, 2).some((o) => o.length > 0)
          ? all.slice(0, 2)
          : [all.slice(2, 5).find((o) => o.length > 0) ?? []];
        // The reading tagged most often in SemCor wins: "evening" is a noun, not "even" + "-ing".
        const score = taggedCount(analysis.base, analysis.pos) + (analysis.suffix === '' ? 0.5 : 0);
        if (options.some((o) => o.length > 0) && score > best.score) best = { score, options };
      }
    }
  }
  synonymCache.set(key, best.options);
  return best.options;
}

/** Whether a WordNet lemma can stand in for `word` in running text. */
function usable(synonym: string, word: string, base: string): boolean {
  if (!/^[a-z]+(?:[ -][a-z]+){0,2}$/.test(synonym) || synonym.length < 3) return false;
  // Abbreviations ("hr" for "hour") and phrases built on the word itself ("go down" for "go").
  if (word.startsWith(synonym) || base.startsWith(synonym)) return false;
  return !synonym.split(/[ -]/).includes(base);
}

/**
 * Whether a span is a lowercase content word of 4+ letters that WordNet knows in its tagged part of
 * speech, whether or not WordNet offers a synonym for it ("council").
 */
export function isKnownContentWord(span: TaggedSpan): boolean {
  const { word, pos } = span;
  if (!pos || !/^[a-z]{4,}$/.test(word) || unswappable.has(word)) return false;
  return spellings(word).some((w) => analyses(w, pos).some((a) => senses(a.base, a.pos).length > 0));
}

/**
 * A synonym for a word form, first sense preferred (70%) over the second, or undefined.
 * @example pickSynonym(span, random) // 'occupants' for "residents"
 */
export function pickSynonym(span: TaggedSpan, random: Random): string | undefined {
  const [first = [], second = []] = synonymOptions(span.word, span.pos);
  const pool = first.length > 0 && (second.length === 0 || random.chance(0.7)) ? first : second;
  return pool.length > 0 ? random.pick(pool) : undefined;
}

/**
 * Whether a word can be swapped: lowercase, 4+ letters, not glued to a hyphen or apostrophe
 * ("four-hour", "Bexley's"), and with a usable synonym.
 */
export function isSwappable(sentence: string, span: TaggedSpan): boolean {
  if (!/^[a-z]{4,}$/.test(span.word)) return false;
  const before = sentence[span.start - 1] ?? ' ';
  const after = sentence[span.end] ?? ' ';
  // "club's" may become "nightclub's", but "'s" itself and the parts of "four-hour" stay.
  if (
    /[-'’]/.test(before) ||
    after === '-' ||
    (/['’]/.test(after) && !/^['’]s\b/.test(sentence.slice(span.end)))
  )
    return false;
  return synonymOptions(span.word, span.pos).some((o) => o.length > 0);
}
