// Moves the leading clause of a sentence to its end: "After X, Y." → "Y after X."

import { capitalise, decapitalise } from './capitalise.ts';

// "After X, Y." and "On Monday, Y." → "Y after X." / "Y on Monday."
const leadingClause =
  /^(After|Before|When|While|Although|Because|Since|Until|Once|If|Despite|Following|During|On|In|At|By) ([^,“”"]+), ([^“"].*)\.$/u;

/**
 * Moves a leading subordinate clause or short adverbial to the end, or returns the sentence. Names in
 * `names` keep their capital.
 * @example moveLeadingClause('After the vote, the council raised the levy.', new Set())
 * // 'The council raised the levy after the vote.'
 */
export function moveLeadingClause(sentence: string, names: Set<string>): string {
  const match = leadingClause.exec(sentence);
  if (!match) return sentence;
  const [, opener = '', clause = '', main = ''] = match;
  const clauseWords = clause.split(' ').length;
  const isPreposition = ['On', 'In', 'At', 'By'].includes(opener);
  if (clauseWords < 1 || clauseWords > (isPreposition ? 6 : 15) || main.split(' ').length < 4)
    return sentence;
  return `${capitalise(main)} ${opener.toLowerCase()} ${decapitalise(clause, names)}.`;
}
