// A prepared batch as a reading worker sends it. Copying between threads costs by the object and by
// the string, and a batch holds some 400 tokens and 15 sentences of features per article, mostly the
// same few thousand words again and again. So words travel once, in one string table, and everything
// made of them as indexes into it:
// - tokens as columns, which become objects only when a sentence's tokens are first read (the
//   comparing thread rarely reads them);
// - features' word lists as columns, rebuilt on arrival (comparing reads them all), with the WordNet
//   synsets and antonyms looked up again from the lemmas rather than sent, and the sentence vectors
//   of the whole batch in one buffer.

import type { SentenceFeatures } from '../represent/types.ts';
import { antonyms, synsetKeys } from '../represent/wordnet.ts';
import type { Sentence, Token } from '../segment/types.ts';
import type { Prepared, PreparedArticle } from './prepare.ts';

/** Every token of a batch, sentence after sentence, as columns. */
interface TokenColumns {
  /** Per token, indexes into the string table: text, lower, lemma, stem, pos, type. */
  words: Uint32Array;
  /** Per token: start, end. */
  offsets: Uint32Array;
  /** Per token: 1 stop word, 2 quoted. */
  flags: Uint8Array;
  /** Tokens per sentence. */
  counts: Uint32Array;
}

/** What features hold besides word lists and vectors: sent as they are. */
type FeatureRest = Pick<SentenceFeatures, 'negations' | 'ranks' | 'weights' | 'quoted'>;

/** Every sentence's features of a batch, sentence after sentence. */
interface FeatureColumns {
  /** Per sentence and word-list field (`listFields` order): the list's length. */
  lengths: Uint32Array;
  /** The lists' words, as indexes into the string table. */
  words: Uint32Array;
  /** Sentence vectors end to end, `dims` numbers each. */
  sif: Float32Array;
  dims: number;
  rest: FeatureRest[];
}

export interface BatchMessage {
  /** The batch with every sentence's tokens and features left out (empty lists). */
  batch: Prepared;
  strings: string[];
  tokens: TokenColumns;
  features: FeatureColumns;
}

const tokenFields = ['text', 'lower', 'lemma', 'stem', 'pos', 'type'] as const;
const listFields = ['words', 'stems', 'terms', 'termWords', 'lemmas', 'names', 'numbers', 'anchors'] as const;
const stopFlag = 1;
const quotedFlag = 2;

const sentencesOf = (batch: Prepared) => batch.prepared.flatMap((p) => p.represented.sentences);
const featuresOf = (batch: Prepared) => batch.prepared.flatMap((p) => p.represented.features);

export function toMessage(batch: Prepared): BatchMessage {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const idOf = (value: string) => {
    let id = ids.get(value);
    if (id === undefined) {
      id = strings.push(value) - 1;
      ids.set(value, id);
    }
    return id;
  };
  const withoutParts = (p: PreparedArticle): PreparedArticle => ({
    ...p,
    represented: {
      ...p.represented,
      sentences: p.represented.sentences.map((s) => ({ ...s, tokens: [] })),
      features: [],
    },
  });
  return {
    batch: { ...batch, prepared: batch.prepared.map(withoutParts) },
    strings,
    tokens: tokenColumns(sentencesOf(batch), idOf),
    features: featureColumns(featuresOf(batch), idOf),
  };
}

function tokenColumns(sentences: Sentence[], idOf: (value: string) => number): TokenColumns {
  const total = sentences.reduce((n, s) => n + s.tokens.length, 0);
  const words = new Uint32Array(total * tokenFields.length);
  const offsets = new Uint32Array(total * 2);
  const flags = new Uint8Array(total);
  let t = 0;
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      tokenFields.forEach((field, f) => {
        words[t * tokenFields.length + f] = idOf(token[field]);
      });
      offsets[2 * t] = token.start;
      offsets[2 * t + 1] = token.end;
      flags[t] = (token.stop ? stopFlag : 0) | (token.quoted ? quotedFlag : 0);
      t++;
    }
  }
  return { words, offsets, flags, counts: Uint32Array.from(sentences, (s) => s.tokens.length) };
}

function featureColumns(features: SentenceFeatures[], idOf: (value: string) => number): FeatureColumns {
  const lengths: number[] = [];
  const words: number[] = [];
  const dims = features[0]?.sif.length ?? 0;
  const sif = new Float32Array(features.length * dims);
  features.forEach((f, s) => {
    for (const field of listFields) {
      lengths.push(f[field].length);
      for (const value of f[field]) words.push(idOf(value));
    }
    sif.set(f.sif, s * dims);
  });
  const rest = features.map(({ negations, ranks, weights, quoted }) => ({
    negations,
    ranks,
    weights,
    quoted,
  }));
  return { lengths: Uint32Array.from(lengths), words: Uint32Array.from(words), sif, dims, rest };
}

export function fromMessage({ batch, strings, tokens, features }: BatchMessage): Prepared {
  const decodeTokens = tokenDecoder(strings, tokens);
  let from = 0;
  sentencesOf(batch).forEach((sentence, s) => {
    const to = from + (tokens.counts[s] as number);
    tokensOnFirstRead(sentence, from, to, decodeTokens);
    from = to;
  });
  const all = decodeFeatures(strings, features);
  let at = 0;
  for (const p of batch.prepared) {
    const n = p.represented.sentences.length;
    p.represented.features = all.slice(at, at + n);
    at += n;
  }
  return batch;
}

function tokenDecoder(strings: string[], { words, offsets, flags }: TokenColumns) {
  return (from: number, to: number): Token[] => {
    const out: Token[] = [];
    for (let t = from; t < to; t++) {
      const at = t * tokenFields.length;
      const word = (f: number) => strings[words[at + f] as number] as string;
      out.push({
        text: word(0),
        lower: word(1),
        lemma: word(2),
        stem: word(3),
        pos: word(4),
        type: word(5),
        stop: ((flags[t] as number) & stopFlag) !== 0,
        quoted: ((flags[t] as number) & quotedFlag) !== 0,
        start: offsets[2 * t] as number,
        end: offsets[2 * t + 1] as number,
      });
    }
    return out;
  };
}

function decodeFeatures(strings: string[], columns: FeatureColumns): SentenceFeatures[] {
  const { lengths, words, sif, dims, rest } = columns;
  let list = 0;
  let word = 0;
  const nextList = (): string[] => {
    const n = lengths[list++] as number;
    const out = new Array<string>(n);
    for (let k = 0; k < n; k++) out[k] = strings[words[word++] as number] as string;
    return out;
  };
  return rest.map(({ negations, ranks, weights, quoted }, s) => {
    const lists = Object.fromEntries(listFields.map((field) => [field, nextList()])) as Record<
      (typeof listFields)[number],
      string[]
    >;
    // In the order sentenceFeatures builds them, so every features object has one shape.
    return {
      words: lists.words,
      stems: lists.stems,
      negations,
      terms: lists.terms,
      termWords: lists.termWords,
      lemmas: lists.lemmas,
      synsets: lists.lemmas.map((l) => synsetKeys(l)),
      antonyms: lists.lemmas.map((l) => antonyms(l)),
      ranks,
      weights,
      names: lists.names,
      numbers: lists.numbers,
      anchors: lists.anchors,
      quoted,
      sif: sif.subarray(s * dims, (s + 1) * dims),
    };
  });
}

/** Makes `sentence.tokens` decode on first read (or take what is set), then hold them as a plain value. */
function tokensOnFirstRead(
  sentence: Sentence,
  from: number,
  to: number,
  decode: (from: number, to: number) => Token[],
): void {
  const hold = (tokens: Token[]) =>
    Object.defineProperty(sentence, 'tokens', { value: tokens, writable: true, enumerable: true });
  Object.defineProperty(sentence, 'tokens', {
    configurable: true,
    enumerable: true,
    get: () => hold(decode(from, to)).tokens,
    set: hold,
  });
}
