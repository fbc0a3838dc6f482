// Puts the suffix of a word form back on a synonym: ("purchase", "-ed") → "purchased".

import type { WordnetPos } from '../../src/represent/wordnet.ts';
import type { Analysis, Suffix } from './lemmas.ts';

// Irregular verbs: "buy" + "ed" is not "buyed", so these are not used as synonyms of a past form.
const irregularVerbs = new Set(
  `be have do go get make take give come see know think find tell say put set run keep let hold bring buy
  begin break build catch choose cut draw drive eat fall feel fight fly forget grow hang hear hide hit hurt
  lay lead leave lend lose mean meet pay read ride ring rise sell send shake shoot shut sing sit sleep speak
  spend stand steal stick strike swim teach tear throw understand wake wear win write bear beat bend bet
  bind bite bleed blow burst cast cling creep deal dig feed flee fling forbid freeze grind lie light quit
  seek shed shine shrink sink slide sling spin split spread spring sting stink stride strive swear sweep
  swing thrust tread weave weep wind wring`.split(/\s+/),
);

const irregularThirdPerson: Record<string, string> = { have: 'has', be: 'is', do: 'does', go: 'goes' };

/** "purchase" → "purchases", "have" → "has", "go" → "goes". */
function thirdPerson(verb: string): string {
  return irregularThirdPerson[verb] ?? (/[^aeiou]o$/.test(verb) ? `${verb}es` : inflectWord(verb, 's'));
}

/** Whether a verb is irregular, compounds included: "withdraw" (draw), "undertake" (take). */
function isIrregular(verb: string): boolean {
  if (irregularVerbs.has(verb)) return true;
  // Short stems would catch regular verbs ("visit" ends in "sit"), so only 4+ letter ones count here.
  for (const irregular of irregularVerbs) if (irregular.length >= 4 && verb.endsWith(irregular)) return true;
  return false;
}

/** Puts a suffix back on a one-word lemma: ("purchase", "ed") → "purchased". */
function inflectWord(word: string, suffix: Suffix): string {
  // Consonant–vowel–consonant monosyllables double: "stop" → "stopped", "plan" → "planning".
  const doubles = /^[^aeiou]*[aeiou][bdgmnpt]$/.test(word);
  switch (suffix) {
    case '':
      return word;
    case 's':
      if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
      return /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
    case 'ed':
      if (word.endsWith('e')) return `${word}d`;
      if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ied`;
      return doubles ? `${word}${word.at(-1)}ed` : `${word}ed`;
    case 'ing':
      if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`;
      if (/[^e]e$/.test(word)) return `${word.slice(0, -1)}ing`;
      return doubles ? `${word}${word.at(-1)}ing` : `${word}ing`;
    case 'ly':
      if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ily`;
      if (word.endsWith('le')) return `${word.slice(0, -1)}y`;
      return word.endsWith('ic') ? `${word}ally` : `${word}ly`;
  }
}

/**
 * Inflects a (possibly multiword) synonym like the analysed word form, or returns undefined when that
 * would go wrong.
 * @example inflect('go down', { base: 'fall', pos: 'v', suffix: 'ing' }, 'v') // 'going down'
 */
export function inflect(synonym: string, analysis: Analysis, pos: WordnetPos): string | undefined {
  if (analysis.suffix === '') return synonym;
  const words = synonym.split(' ');
  if (analysis.suffix === 'ly') return words.length === 1 ? inflectWord(synonym, 'ly') : undefined;
  // Verbs inflect their head, the first word ("go down" → "going down"); nouns their last word,
  // unless an "of" phrase makes the head ambiguous ("difference of opinion").
  const head = pos === 'v' ? 0 : words.length - 1;
  const headWord = words[head] ?? '';
  if (pos === 'n' && words.includes('of')) return undefined;
  if (pos === 'v' && analysis.suffix === 'ed' && isIrregular(headWord)) return undefined;
  // "belongings" is plural already.
  if (analysis.suffix === 's' && /[^s]s$/.test(headWord)) return undefined;
  words[head] =
    pos === 'v' && analysis.suffix === 's' ? thirdPerson(headWord) : inflectWord(headWord, analysis.suffix);
  return words.join(' ');
}
