// Makes a new story from a base article by swapping its names for invented ones and its numbers for
// random ones, consistently throughout the article.
import type { Article } from './article.ts';
import { midSentenceCapitals } from './names.ts';
import type { Random } from './random.ts';

// Capitalised words that are not names of this story's people and places: calendar words, titles and
// the generic part of a place or body ("Carver Street", "Wrenmoor Crown Court"). Keeping them makes
// "Brelvo Street" read like a street.
const keptCapitals = new Set(
  `I Monday Tuesday Wednesday Thursday Friday Saturday Sunday Saturdays Sundays January February March April
  May June July August September October November December Christmas Easter Mr Mrs Ms Dr St Saint Professor
  Judge Councillor Inspector Detective Chief Superintendent Captain Mayor Deputy Director Commissioner
  Senior Sergeant Constable Minister President Sir Lady Lord King Queen Prince Princess University College
  School Academy Institute Police Constabulary Council Court Crown Trust Union Party Street Road Lane
  Avenue Square Place Way Drive River Bay Bridge Hospital Centre Center City Town District County Island
  Isles Park Hall Mount Port Cape Point Head Harbour Marina Station Festival Museum Theatre Association
  Authority Board Office Act Observatory Cathedral Church Chapel Market Exchange Gardens Wharf Quay National
  Regional Royal Central Eastern Western Northern Southern North South East West Celsius Fahrenheit
  Earth Venus Mars Atlantic Pacific Government Storm Cup Trophy Final League Company Group Partners
  Agency Bureau Department Ministry Service Services Commission Federation Foundation Society Club
  Journal`.split(/\s+/),
);

// Endings that make an invented name read as a British-style place: "Tresswick" → "Dolvawick".
const placeEndings = `wick mere port ton ford bury holt mouth field brook ley ham worth dale stead well moor
  bridge haven gate by`.split(/\s+/);

// English-looking pieces: a first syllable (onset, vowel, coda) and name-like later syllables.
const onsets = 'b br c ch cl cr d dr f fr g gr h j k l m n p pr r s sh st t tr v w'.split(' ');
const vowels = 'a e i o u a e o a ai ea o'.split(' ');
const codas = ' n r l s m nd rd rt st ck ll ss th'.split(' ');
const middles = 'an en in on ar er or el al il ov ad ed iv'.split(' ');
const endings = `ton ley ell er ett den wyn ick ard ane ora ina ic en an ow is by ith ock mer
  ter`.split(/\s+/);
// Invented names must not spell anything rude or distracting in a headline.
const unwanted =
  /piss|shit|fuck|cunt|dick|cock|twat|wank|fag|nig|tit|arse|ass|cum|sex|poo|porn|rape|slut|whor|nazi|kill|dead|hell/i;

/**
 * An invented, pronounceable name of `syllables` syllables (1–4, default 2), capitalised: "Brelton",
 * "Castevick".
 * @example inventName(createRandom(1), 3)
 */
export function inventName(random: Random, syllables = 2): string {
  for (;;) {
    let name = random.pick(onsets) + random.pick(vowels) + random.pick(codas);
    if (syllables === 1 && /[aeiou]$/.test(name)) name += random.pick(['n', 'rn', 'st', 'ck', 'll', 'rd']);
    for (let i = 2; i < syllables; i++) name += random.pick(middles);
    if (syllables > 1) name += random.pick(endings);
    // Three consonants in a row ("Brndton") are hard to say; so is a doubled vowel pair.
    if (!unwanted.test(name) && !/[^aeiouy]{3}/.test(name) && !/([aeiou])\1/.test(name)) {
      return name.charAt(0).toUpperCase() + name.slice(1);
    }
  }
}

/** Syllables of a word, counted as vowel groups: "Achterberg" → 3. */
function syllableCount(word: string): number {
  return Math.min(3, Math.max(1, (word.toLowerCase().match(/[aeiouy]+/g) ?? []).length));
}

/**
 * The capitalised words of an article that name its people, places and bodies: capitalised words that
 * occur mid-sentence, minus calendar words, titles, generic place words, and words the article also
 * uses in lowercase ("Lantern Festival" next to "lanterns" keeps "Lantern").
 * A sentence-initial capital counts because the same word is capitalised mid-sentence elsewhere.
 */
export function namesOf(article: Article): string[] {
  const text = [article.headline, ...article.paragraphs].join('\n');
  const lowercase = new Set(text.match(/\b\p{Ll}+\b/gu) ?? []);
  return [...midSentenceCapitals(article)].filter((word) => {
    if (keptCapitals.has(word) || word.length < 2) return false;
    const lower = word.toLowerCase();
    return !lowercase.has(lower) && !lowercase.has(`${lower}s`);
  });
}

/**
 * A consistent name map: each original name to a distinct invented one, none of them in `avoid` (names
 * already taken by the story this one must not clash with).
 */
export function inventNames(
  names: string[],
  random: Random,
  avoid: Iterable<string> = [],
): Map<string, string> {
  const used = new Set([...names, ...keptCapitals, ...avoid]);
  const mapping = new Map<string, string>();
  for (const name of names) {
    const ending = placeEndings.find((e) => name.length > e.length + 2 && name.toLowerCase().endsWith(e));
    let invented = '';
    for (let attempt = 0; invented === '' || used.has(invented); attempt++) {
      invented = ending
        ? inventName(random, random.int(1, 2)) + ending
        : inventName(random, syllableCount(name) + (attempt > 20 ? 1 : 0));
      if (/^\p{Lu}+$/u.test(name)) invented = invented.slice(0, name.length).toUpperCase();
    }
    used.add(invented);
    mapping.set(name, invented);
  }
  return mapping;
}

const monthNames = 'January|February|March|April|May|June|July|August|September|October|November|December';

// A clock time ("7.30pm", "3am", "10 a.m.") or any digit run with its separators ("3,218", "£2.40").
const numberPattern =
  /(?<![\d.,])(?:(\d{1,2})(?:([.:])(\d{2}))?(\s?)(a\.m\.|p\.m\.|am|pm)(?!\p{L})|\d+(?:[.,]\d+)*)/gu;

/** Random digits shaped like `digits`: same length, no new leading zero. */
function randomDigits(digits: string, random: Random, leading: boolean): string {
  return [...digits]
    .map((d, i) => (i === 0 && leading && d !== '0' ? String(random.int(1, 9)) : String(random.int(0, 9))))
    .join('');
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** Whether the number at `index` of `text` is a calendar year: 1500–2099, not money, not a road ("B1920"). */
function isYear(text: string, index: number, token: string): boolean {
  if (!/^(1[5-9]|20)\d\d$/.test(token)) return false;
  const before = text[index - 1] ?? ' ';
  const after = text[index + token.length] ?? ' ';
  return !/[\p{L}£$€]/u.test(before) && !/[\p{L}\d]/u.test(after);
}

/**
 * A year shift for the whole story: the recent years (2000+) move together into 2020–2029 where they
 * fit, so "from 2015 until 2021" keeps its order and its six-year gap.
 */
function chooseYearShift(lines: string[], random: Random): number {
  const years: number[] = [];
  for (const line of lines) {
    for (const m of line.matchAll(numberPattern)) if (isYear(line, m.index, m[0])) years.push(Number(m[0]));
  }
  const recent = years.filter((y) => y >= 2000);
  if (recent.length === 0) return random.int(-3, 3);
  const low = 2020 - Math.min(...recent);
  const high = 2029 - Math.max(...recent);
  return low <= high ? random.int(low, high) : low;
}

/** What a number of a story is: a clock time, a calendar year, a day of a month, or any other figure. */
export type NumberKind = 'time' | 'year' | 'day' | 'number';

/**
 * Replaces every number of one line, reusing `cache` so a figure repeated in the story stays equal.
 * `reuse`, when given, may supply the new figure for a number instead of a random one.
 */
function replaceNumbers(
  line: string,
  yearShift: number,
  cache: Map<string, string>,
  random: Random,
  reuse?: (kind: NumberKind, token: string) => string | undefined,
): string {
  return line.replace(numberPattern, (token: string, ...args: unknown[]) => {
    const [hour, separator, minutes, space, meridiem] = args as Array<string | undefined>;
    const index = args.find((a) => typeof a === 'number') as number;
    const after = line.slice(index + token.length);
    // "14th-century" and "the 1970s" describe an era, not a figure of this story.
    if (/^(st|nd|rd|th)?[- ]century/.test(after) || (/^s\b/.test(after) && /^\d{4}$/.test(token)))
      return token;
    const day = new RegExp(`^\\s+(${monthNames})\\b`).test(after) && /^\d{1,2}$/.test(token);
    const kind: NumberKind =
      hour !== undefined ? 'time' : isYear(line, index, token) ? 'year' : day ? 'day' : 'number';
    const key = `${kind}:${token}`;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    let replaced: string;
    const reused = reuse?.(kind, token);
    if (reused !== undefined) {
      replaced = reused;
    } else if (kind === 'time') {
      // A valid clock time: 1–9 stays one digit, 10–12 two; minutes 00–59.
      const newHour = (hour ?? '').length === 1 ? random.int(1, 9) : random.int(10, 12);
      const newMinutes =
        minutes === undefined ? '' : `${separator}${String(random.int(0, 59)).padStart(2, '0')}`;
      replaced = `${newHour}${newMinutes}${space ?? ''}${meridiem ?? ''}`;
    } else if (kind === 'year') {
      replaced = String(Number(token) + yearShift);
    } else if (kind === 'day') {
      replaced = String(token.length === 1 ? random.int(1, 9) : random.int(10, 28));
    } else {
      replaced = token.replace(/\d+/g, (digits, offset: number) =>
        randomDigits(digits, random, offset === 0),
      );
    }
    cache.set(key, replaced);
    return replaced;
  });
}

/** Fixes "1st"/"2nd"/"23rd" after their digits changed: "23rd" → "47th". */
function fixOrdinals(line: string): string {
  return line.replace(
    /\b(\d+)(st|nd|rd|th)\b/g,
    (_, digits: string) => `${digits}${ordinalSuffix(Number(digits))}`,
  );
}

/**
 * Makes "a"/"an" agree with a number that changed: "a 31-year wait" became "a 11-year wait" → "an".
 * A number is said with "an" when it starts with 8 ("an 80") or its first group is 11 or 18 ("an 18,000").
 */
function fixArticles(line: string): string {
  return line.replace(/\b([Aa])n? (?=(\d[\d,.]*))/g, (_, a: string, number: string) => {
    const firstGroup = number.split(/[,.]/)[0] ?? '';
    const an = firstGroup.startsWith('8') || firstGroup === '11' || firstGroup === '18';
    return `${a}${an ? 'n' : ''} `;
  });
}

/** The choices that turned a base article into a story: its name map and its number map. */
export interface Cast {
  /** Each name of the base to the story's invented name: "Tresswick" → "Dolvawick". */
  names: Map<string, string>;
  /** Each number of the base, keyed by kind and token ("number:3,218", "day:14"), to the story's figure. */
  numbers: Map<string, string>;
}

/**
 * Rewrites `base` line by line with `names` and fresh numbers (or numbers from `reuse`); fills `numbers`
 * with what each number became.
 */
export function recast(
  base: Article,
  names: Map<string, string>,
  numbers: Map<string, string>,
  random: Random,
  reuse?: (kind: NumberKind, token: string) => string | undefined,
): Article {
  const lines = [base.headline, ...base.paragraphs];
  const yearShift = chooseYearShift(lines, random);
  const rewritten = lines.map((line) =>
    fixArticles(
      fixOrdinals(
        replaceNumbers(
          line.replace(/\p{L}+/gu, (w) => names.get(w) ?? w),
          yearShift,
          numbers,
          random,
          reuse,
        ),
      ),
    ),
  );
  return { headline: rewritten[0] ?? '', paragraphs: rewritten.slice(1) };
}

/**
 * A new story from `base` and the cast that made it: see `makeStory`.
 * @example castStory(base, createRandom(12)).cast.names.get('Tresswick')
 */
export function castStory(base: Article, random: Random): { story: Article; cast: Cast } {
  const names = inventNames(namesOf(base), random);
  const numbers = new Map<string, string>();
  return { story: recast(base, names, numbers, random), cast: { names, numbers } };
}

/**
 * A new story from `base`: the same kind of article about different people, places and figures. Every
 * name (see `namesOf`) becomes an invented name, the same one throughout; every number becomes a random
 * number with as many digits, keeping clock times valid and moving years together into 2020–2029.
 * @example makeStory(base, createRandom(12))
 */
export function makeStory(base: Article, random: Random): Article {
  return castStory(base, random).story;
}
