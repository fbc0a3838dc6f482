// A prepared batch as a reading worker sends it. Copying between threads costs by the object, and
// tokens are most of a batch's objects (about 430 per article, half the time to receive a batch), while
// the comparing thread rarely reads them: its quotations come found. So tokens travel as columns (one
// string table, typed arrays) and become objects only when a sentence's tokens are first read.
import type { Sentence, Token } from '../segment/types.ts';
import type { Prepared, PreparedArticle } from './prepare.ts';

/** Every token of a batch, sentence after sentence, as columns. */
interface TokenColumns {
  strings: string[];
  /** Per token, indexes into `strings`: text, lower, lemma, stem, pos, type. */
  words: Uint32Array;
  /** Per token: start, end. */
  offsets: Uint32Array;
  /** Per token: 1 stop word, 2 quoted. */
  flags: Uint8Array;
  /** Tokens per sentence. */
  counts: Uint32Array;
}

export interface BatchMessage {
  /** The batch with every sentence's tokens left out (an empty list). */
  batch: Prepared;
  tokens: TokenColumns;
}

const stringFields = ['text', 'lower', 'lemma', 'stem', 'pos', 'type'] as const;
const stopFlag = 1;
const quotedFlag = 2;

const sentencesOf = (batch: Prepared) => batch.prepared.flatMap((p) => p.represented.sentences);

export function toMessage(batch: Prepared): BatchMessage {
  const sentences = sentencesOf(batch);
  const total = sentences.reduce((n, s) => n + s.tokens.length, 0);
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const words = new Uint32Array(total * stringFields.length);
  const offsets = new Uint32Array(total * 2);
  const flags = new Uint8Array(total);
  let t = 0;
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      stringFields.forEach((field, f) => {
        const value = token[field];
        let id = stringIds.get(value);
        if (id === undefined) {
          id = strings.push(value) - 1;
          stringIds.set(value, id);
        }
        words[t * stringFields.length + f] = id;
      });
      offsets[2 * t] = token.start;
      offsets[2 * t + 1] = token.end;
      flags[t] = (token.stop ? stopFlag : 0) | (token.quoted ? quotedFlag : 0);
      t++;
    }
  }
  const counts = Uint32Array.from(sentences, (s) => s.tokens.length);
  const withoutTokens = (p: PreparedArticle): PreparedArticle => ({
    ...p,
    represented: { ...p.represented, sentences: p.represented.sentences.map((s) => ({ ...s, tokens: [] })) },
  });
  return {
    batch: { ...batch, prepared: batch.prepared.map(withoutTokens) },
    tokens: { strings, words, offsets, flags, counts },
  };
}

export function fromMessage({ batch, tokens }: BatchMessage): Prepared {
  const { strings, words, offsets, flags, counts } = tokens;
  const decode = (from: number, to: number): Token[] => {
    const out: Token[] = [];
    for (let t = from; t < to; t++) {
      const at = t * stringFields.length;
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
  let from = 0;
  sentencesOf(batch).forEach((sentence, s) => {
    const to = from + (counts[s] as number);
    tokensOnFirstRead(sentence, from, to, decode);
    from = to;
  });
  return batch;
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
