// Splits a paragraph into sentences and tokens with wink-nlp, then repairs wink's quote splits.
import type { ItsFunction } from 'wink-nlp';
import { nlp } from './nlp.ts';
import type { ParagraphSpan } from './paragraphs.ts';
import { repairSentences } from './sentence-repair.ts';
import { stemOf } from './stem.ts';
import type { Token } from './types.ts';

/** A sentence before it is numbered: its tokens and offsets in the normalised text. */
export interface SentenceSpan {
  start: number;
  end: number;
  tokens: Token[];
}

const wordTypes = new Set(['word', 'number', 'ordinal', 'hashtag', 'mention', 'email', 'url']);

/** True for tokens that count as words (not punctuation or symbols). */
export function isWordToken(token: Pick<Token, 'type'>): boolean {
  return wordTypes.has(token.type);
}

/** Sentences of one paragraph: wink's, with its known slips repaired (sentence-repair.ts). */
export function splitSentences(paragraph: ParagraphSpan): SentenceSpan[] {
  const { its } = nlp();
  // wink's typings declare lemma with an addon parameter that `out` does not accept.
  const lemma = its.lemma as unknown as ItsFunction<string>;
  const doc = nlp().readDoc(paragraph.text);
  // Whole columns at once: wink's per-token items cost more than the values they give.
  const texts = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const stops = doc.tokens().out(its.stopWordFlag) as boolean[];
  const lemmas = doc.tokens().out(lemma) as Array<string | undefined>;
  const raw: Token[][] = [];
  let cursor = 0;
  let inQuote = false;
  for (const [first, last] of doc.sentences().out(its.span) as Array<[number, number]>) {
    const tokens: Token[] = [];
    for (let i = first; i <= last; i++) {
      const text = texts[i] as string;
      const found = paragraph.text.indexOf(text, cursor);
      const at = found >= 0 ? found : cursor;
      cursor = at + text.length;
      if (text === '“') inQuote = true;
      const quoted = inQuote;
      if (text === '”') inQuote = false;
      tokens.push({
        text,
        lower: text.toLowerCase().replace(/[’‘]/g, "'"),
        // wink returns no lemma for some misspelt contractions ("didnt"): fall back to the word.
        lemma: (lemmas[i] ?? text).replace(/[’‘]/g, "'"),
        stem: stemOf(text),
        pos: pos[i] as string,
        type: types[i] as string,
        stop: stops[i] as boolean,
        quoted: quoted && text !== '“' && text !== '”',
        start: paragraph.start + at,
        end: paragraph.start + at + text.length,
      });
    }
    if (tokens.length > 0) raw.push(tokens);
  }
  return repairSentences(raw).map((tokens) => ({
    start: (tokens[0] as Token).start,
    end: (tokens[tokens.length - 1] as Token).end,
    tokens,
  }));
}
