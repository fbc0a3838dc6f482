// Gives the American spelling of a British word form, since WordNet spells American English.

// WordNet spells American English; these base texts are British ("neighbouring", "kilometres",
// "organiser"). Lookups try the American spelling, and the synonym found is used as it is.
const britishSpellings: Array<[RegExp, string]> = [
  [/our(s|ed|ing|ite|ites|able)?$/, 'or$1'],
  [/([^aeiou])re(s|d)?$/, '$1er$2'],
  [/is(e|es|ed|ing|er|ers|ation|ations)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/ence(s)?$/, 'ense$1'],
  [/ogue(s)?$/, 'og$1'],
];

/**
 * The word and, when it differs, its American spelling.
 * @example spellings('neighbouring') // ['neighbouring', 'neighboring']
 */
export function spellings(word: string): string[] {
  const american = britishSpellings.reduce(
    (w, [pattern, replacement]) => w.replace(pattern, replacement),
    word,
  );
  return american === word ? [word] : [word, american];
}
