// Speaker mentions next to a cue: the noun phrase, the name inside it, and titles kept apart.
import { senses } from '../represent/wordnet.ts';
import type { Token } from '../segment/types.ts';

/** A mention of a speaker: its tokens in one sentence. */
export interface Mention {
  tokens: Token[];
  /** The mention's words, single-spaced. */
  text: string;
  /** "name" (a proper name), "pronoun" (he, she, they…), or "description" ("a White House official"). */
  kind: 'name' | 'pronoun' | 'description';
  /** For names: the person's name without titles ("Donald Trump" from "President Donald Trump"). */
  name: string | null;
}

/** Pronouns that can be a speaker: personal, and relative ("Beck, who said …"). */
const pronouns = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who', 'which']);
/** Relative pronouns, whose antecedent is the phrase just before them. */
export const relativePronouns = new Set(['who', 'which']);
/** Possessive pronouns, which name a speaker as the owner of words ("his warning that “…”"). */
export const possessivePronouns = new Set(['his', 'her', 'their']);

/** A one-token pronoun mention. */
export function pronounMention(token: Token): Mention {
  return { tokens: [token], text: token.text, kind: 'pronoun', name: null };
}

/** Parts of speech a speaker's noun phrase is made of. */
const phrasePos = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);
/** Words that link parts of one noun phrase ("Secretary of State", "the head of the agency"). */
const linkWords = new Set(['of', "'s", 'for', '-', '&']);
/** Adverbs and auxiliaries allowed between a subject and its cue ("Trump also said", "she has told"). */
const betweenPos = new Set(['ADV', 'AUX', 'PART']);
const reflexives = new Set(['himself', 'herself', 'themselves', 'itself']);
/** Words of time that end a speaker's phrase: "On Monday, Leavitt said", "the same day Mr. Witkoff said". */
const timeWords = new Set(
  `day days week weeks month months year years morning afternoon evening night weekend today yesterday
  tonight earlier later time Monday Tuesday Wednesday Thursday Friday Saturday Sunday`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that are titles, not names, at the front of a capitalised run: "President Donald Trump" is
 * Donald Trump; "Secretary of State Marco Rubio" is Marco Rubio.
 */
const titleWords = new Set(
  `president vice secretary senator sen. sen rep. rep representative gov. gov governor mr. mr mrs. mrs ms.
  ms dr. dr prime minister chancellor gen. gen general judge justice mayor pope king queen prince
  princess lt. col. capt. chief speaker leader ambassador envoy special adviser advisor spokesman
  spokeswoman spokesperson press director attorney sheriff commissioner chairman chairwoman chair
  lord lady sir dame state foreign defense defence national security council house white deputy
  former acting first lieutenant colonel captain sergeant sgt. officer detective professor prof.
  county city district federal regional coach rabbi reverend rev. father sister brother minister's secretary-general ceo`
    .split(/\s+/)
    .filter(Boolean),
);

/** Endings of nouns for people by their work ("Engineer", "Councillor", "Spokeswoman"). */
const agentEnding = /(?:er|or|ist|ian|ant|ent|man|woman|ee|ess)$/;

/**
 * A title at the front of a name: a known title word, or, while at least two words would be left,
 * a common noun for a person's role ("Engineer Paulo Serrat", "Councillor Ayla Demir").
 */
function isTitle(t: Token, left: number): boolean {
  if (titleWords.has(t.lower)) return true;
  return left >= 3 && agentEnding.test(t.lower) && senses(t.lower, 'n').length > 0;
}

/** True when the phrase holds a capitalised word that is not a title. */
function hasName(tokens: Token[]): boolean {
  return tokens.some((t) => isCapitalised(t) && !titleWords.has(t.lower));
}

/** True when the token can start or continue a capitalised name. */
function isCapitalised(t: Token): boolean {
  // wink tags names it does not know by their look-alikes ("Cross wrote", "Welch added"): a
  // capitalised word that is not a function word counts, whatever its tag.
  return /^\p{Lu}/u.test(t.text) && t.type === 'word' && !functionPos.has(t.pos) && t.text !== 'I';
}

/** The mention ending just before `end` (exclusive), walking left over adverbs and auxiliaries. */
export function mentionBefore(tokens: Token[], end: number): Mention | null {
  let i = end - 1;
  const skippable = (t: Token) =>
    (betweenPos.has(t.pos) && !pronouns.has(t.lower)) || reflexives.has(t.lower);
  while (i >= 0 && skippable(tokens[i] as Token)) i--;
  // "Harry M. Reid (D-Nev.) said": a parenthesis after a name (party, state, age) is skipped.
  if (tokens[i]?.text === ')') {
    const open = findBack(tokens, i, '(', 8);
    if (open > 0) return mentionBefore(tokens, open);
  }
  if (i < 0) return null;
  const last = tokens[i] as Token;
  if (pronouns.has(last.lower) && last.pos === 'PRON') return toMention([last]);
  let first = i;
  while (first >= 0 && inPhrase(tokens[first] as Token)) first--;
  first++;
  const phrase = trimPhrase(tokens.slice(first, i + 1));
  if (phrase.length === 0) {
    if (last.text !== ',') return null;
    const open = findBack(tokens, i - 1, ',', 20);
    if (open < 0) return null;
    // "One of his negotiators, Yuriy Ushakov, said": the name between the commas.
    const between = mentionAfter(tokens, open + 1);
    if (
      between?.kind === 'name' &&
      tokens.indexOf(between.tokens[between.tokens.length - 1] as Token) === i - 1
    )
      return between;
    // "Trump, who spoke to reporters on Tuesday, said": skip one comma-delimited clause.
    return open > 0 ? mentionBefore(tokens, open) : null;
  }
  const mention = toMention(phrase);
  // Appositive: "Leavitt, the press secretary, said" — a description right after a name is the name.
  if (mention.kind === 'description' && tokens[first - 1]?.text === ',') {
    const name = mentionBefore(tokens, first - 1);
    if (name?.kind === 'name') return name;
  }
  return mention;
}

/** The mention starting at `start`: after an inverted cue (`,” said Leavitt`) or "according to". */
export function mentionAfter(tokens: Token[], start: number): Mention | null {
  let end = start;
  while (end < tokens.length && inPhrase(tokens[end] as Token)) end++;
  const first = tokens[start];
  if (end === start && first && pronouns.has(first.lower)) return toMention([first]);
  const phrase = trimPhrase(tokens.slice(start, end));
  return phrase.length > 0 ? toMention(phrase) : null;
}

const functionPos = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART']);

function inPhrase(t: Token): boolean {
  if (linkWords.has(t.lower)) return true;
  if (t.text === '.' || t.text === ',' || t.type === 'punctuation' || t.quoted) return false;
  // Lowercase time words end a phrase ("the same day Mr. Witkoff"); "Kristen Day" is a name.
  if (timeWords.has(t.text)) return false;
  return (phrasePos.has(t.pos) || isCapitalised(t)) && !pronouns.has(t.lower);
}

/** Link words cannot start or end a phrase ("of the", "'s"). */
function trimPhrase(tokens: Token[]): Token[] {
  // A phrase names someone only if it has a noun, a name or a number: "The so-called" does not.
  if (!tokens.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || isCapitalised(t)))
    return [];
  let a = 0;
  let b = tokens.length;
  while (a < b && (linkWords.has((tokens[a] as Token).lower) || (tokens[a] as Token).pos === 'PART')) a++;
  while (b > a && linkWords.has((tokens[b - 1] as Token).lower)) b--;
  return tokens.slice(a, b);
}

function findBack(tokens: Token[], from: number, text: string, within: number): number {
  for (let i = from; i >= 0 && from - i <= within; i--) if ((tokens[i] as Token).text === text) return i;
  return -1;
}

function toMention(tokens: Token[]): Mention {
  const only = tokens[0] as Token;
  const text = tokens.map((t, i) => (i > 0 && !/^['’]/.test(t.text) ? ' ' : '') + t.text).join('');
  if (tokens.length === 1 && pronouns.has(only.lower)) return pronounMention(only);
  const name = nameIn(tokens);
  return { tokens, text, kind: name ? 'name' : 'description', name };
}

/**
 * The person's or organisation's name in a phrase: its last run of capitalised words, without the
 * titles in front. A run that is all titles ("the White House") is a name too, as institutions speak.
 * Returns null when the phrase has no capitalised word after its first (a sentence-initial "The").
 */
export function nameIn(tokens: Token[]): string | null {
  let end = tokens.length;
  while (end > 0 && !isCapitalised(tokens[end - 1] as Token)) end--;
  if (end === 0) return null;
  // A phrase whose capitalised run is followed by a lowercase noun is a description: "White House officials".
  if (tokens.slice(end).some((t) => t.pos === 'NOUN')) return null;
  let start = end - 1;
  while (
    start > 0 &&
    (isCapitalised(tokens[start - 1] as Token) || /^[A-Z]\.$/.test((tokens[start - 1] as Token).text))
  )
    start--;
  // "Mayor Tobias Brenner of Lowmoor": the name heads the phrase, the place after "of" qualifies it.
  const of = tokens.findIndex(
    (t, i) => t.lower === 'of' && i > 0 && i < start && hasName(tokens.slice(0, i)),
  );
  if (of > 0) return nameIn(tokens.slice(0, of));
  const run = tokens.slice(start, end);
  let a = 0;
  while (a < run.length - 1 && isTitle(run[a] as Token, run.length - a)) a++;
  const name = run.slice(a);
  // A single sentence-initial capital word that is a common noun ("Officials said") is not a name.
  if (name.length === 1 && (name[0] as Token).pos !== 'PROPN') return null;
  return name.map((t) => t.text).join(' ');
}
