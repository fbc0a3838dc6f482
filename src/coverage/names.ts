// The names an article states (people, organisations, places), read from its capitalised words.
import type { Sentence, Token } from '../segment/types.ts';

/** A name as written, and its words for comparison (lowercased, titles dropped). */
export interface Name {
  text: string;
  words: string[];
}

/**
 * Titles and ranks: not part of who a person is. A name keeps what follows the last of them
 * ("Russian Foreign Minister Sergey Lavrov" → "Sergey Lavrov"); a run of titles alone is no name.
 */
const titles = new Set(
  `mr mrs ms miss dr prof sir dame lord lady rev sen rep gov gen col capt lt sgt cllr president
  minister chancellor mayor councillor judge justice king queen pope secretary senator governor
  ambassador envoy spokesman spokeswoman spokesperson director chairman chairwoman chair chief
  inspector detective officer sheriff commander leader democrat republican superintendent
  commissioner councilman councilwoman alderman assemblyman assemblywoman congressman congresswoman
  representative trooper sergeant captain lieutenant professor doctor coach bishop rabbi imam father
  reverend deputy`.split(/\s+/),
);
const calendar =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.)$/;
/** Lowercase words that join the words of one name ("Bank of England", "Ponte de Lima"); a number can end one. */
const joiners = new Set(['of', 'de', 'del', 'da', 'di', 'van', 'von', 'la', 'le', 'du', 'al', 'bin', '&']);

const capitalised = (t: Token) => (t.type === 'word' || /\d/.test(t.text)) && /^\p{Lu}/u.test(t.text);

/** Whether the token opens its sentence or a quotation, where any word is capitalised. */
const opening = (tokens: Token[], i: number) => {
  const previous = tokens[i - 1];
  return !previous || (previous.type === 'punctuation' && /^[“‘"(—:]$/.test(previous.text));
};

/**
 * The words an article capitalises where nothing else would make them so (not opening a sentence or
 * a quotation): what tells "Pascoe said…" (a name met elsewhere) from "Residents said…".
 */
export function capitalisedWords(sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    if (s.heading) continue;
    s.tokens.forEach((t, i) => {
      if (capitalised(t) && !opening(s.tokens, i)) out.add(t.lower);
    });
  }
  return out;
}

/**
 * The names of a sentence: runs of capitalised words, without titles, weekdays and months. A word
 * opening the sentence or a quotation is part of a name when the article capitalises it elsewhere, or
 * when it is not a stop word and a capitalised word follows ("Atlantic Coaches said…").
 */
export function namesIn(sentence: Sentence, capitalisedElsewhere: Set<string>): Name[] {
  const names: Name[] = [];
  const tokens = sentence.tokens;
  let run: Token[] = [];
  const flush = () => {
    const lastTitle = run.findLastIndex((t) => titles.has(t.lower.replace(/\.$/, '')));
    run = run.slice(lastTitle + 1);
    while (run.length > 0 && (run[0] as Token).stop) run.shift();
    // A trailing joiner is no part of the name; a trailing number is ("Line 7", "Apollo 11").
    while (run.length > 0 && joiners.has((run[run.length - 1] as Token).lower)) run.pop();
    // A lone capitalised adjective is a demonym or a direction ("Western", "Crimean"), not a name.
    if (run.length === 1 && (run[0] as Token).pos === 'ADJ') run = [];
    // "U.S." and "US" are one name: words compare without their dots.
    if (run.length > 0)
      names.push({
        text: run.map((t) => t.text).join(' '),
        words: run.map((t) => t.lower.replace(/\./g, '')),
      });
    run = [];
  };
  tokens.forEach((token, i) => {
    if (calendar.test(token.lower)) flush();
    else if (capitalised(token)) {
      const next = tokens[i + 1];
      const startsName =
        capitalisedElsewhere.has(token.lower) || (!token.stop && next !== undefined && capitalised(next));
      if (run.length > 0 || !opening(tokens, i) || startsName) run.push(token);
    } else if (run.length > 0 && (joiners.has(token.lower) || /^\d+$/.test(token.text))) run.push(token);
    else flush();
  });
  flush();
  return names;
}

/**
 * Whether two names can be the same one: the same last word, and either one's words all in the
 * other ("Scavino" and "Dan Scavino", "County Council" and "Tamar County Council") or the same number
 * of words with the same initials ("Mike Waltz" and "Michael Waltz").
 */
export function sameName(a: Name, b: Name): boolean {
  if (a.words[a.words.length - 1] !== b.words[b.words.length - 1]) return false;
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (short.words.every((w) => long.words.includes(w))) return true;
  return a.words.length === b.words.length && a.words.every((w, i) => w[0] === b.words[i]?.[0]);
}
