// The hand-written attribution rules: the cue and speaker phrase around a quotation, its clause's
// subject, or the sentence that introduces it.
import type { SegmentedArticle, Sentence, Token } from '../segment/types.ts';
import { isCueVerb, isPhraseCue } from './cues.ts';
import { type Mention, mentionAfter, mentionBefore } from './mentions.ts';
import type { Piece } from './pieces.ts';
import { sentenceAt } from './sentence-index.ts';
import type { Attribution } from './speaker-candidates.ts';

/** How many tokens after a quotation its attribution may start (`,” the White House press secretary said`). */
const afterReach = 16;

/**
 * The hand-written rules' attribution: the cue around the quotation; failing that, the subject of
 * its clause ("Ushakov dismissed the idea as “…”"); for a quotation standing alone, the sentence
 * that introduces it ("Rubio told reporters:") or the speech it continues.
 */
export function ruleAttribution(
  article: SegmentedArticle,
  parts: Piece[],
  inPiece: (t: Token) => boolean,
  quote: { fragment: boolean; alone: boolean; heard: { attribution: Attribution | null } | null },
): { pick: Attribution | null; hints: RuleHints } {
  const around = attributionsAround(article, parts, inPiece);
  const first = parts[0] as Piece;
  const s = sentenceAt(article.sentences, first[0]);
  const subjectMention = subjectOf(
    (article.sentences[s] as Sentence).tokens.filter((t) => t.end <= first[0]),
  );
  const hints: RuleHints = {
    ...around,
    subject:
      subjectMention && subjectMention.kind !== 'description'
        ? { mention: subjectMention, cue: null, sentence: s }
        : null,
    introduced: introductionBefore(article, s, inPiece),
    heard: quote.heard?.attribution ?? null,
  };
  const nearby = hints.gap ?? (hints.opens ? (hints.after ?? hints.before) : (hints.before ?? hints.after));
  if (nearby) return { pick: nearby, hints };
  if (!quote.alone) return { pick: hints.subject, hints };
  return { pick: quote.fragment ? null : (hints.introduced ?? hints.heard), hints };
}

/** What each hand-written rule finds for a quotation (the ranker sees them all). */
export interface RuleHints {
  /** The cue between the pieces of a split quotation. */
  gap: Attribution | null;
  /** The cue after the quotation, and before it, in its sentences. */
  after: Attribution | null;
  before: Attribution | null;
  /** No word precedes the quotation in its sentence. */
  opens: boolean;
  /** The subject of the quotation's clause. */
  subject: Attribution | null;
  /** The sentence before, introducing it. */
  introduced: Attribution | null;
  /** The previous quotation's attribution (continued speech). */
  heard: Attribution | null;
}

/**
 * The attribution in the quotation's own sentences: between its pieces (`“…,” she said, “…”`),
 * right after it (`…,” Leavitt said` / `…,” said Leavitt`), or before it (`Trump told Fox: “…”`,
 * `Trump said the talks were “positive”`). After wins when the quotation opens its sentence, before
 * when it closes it.
 */
function attributionsAround(
  article: SegmentedArticle,
  parts: Piece[],
  inPiece: (t: Token) => boolean,
): Pick<RuleHints, 'gap' | 'after' | 'before' | 'opens'> {
  const first = parts[0] as Piece;
  const last = parts[parts.length - 1] as Piece;
  const startSentence = sentenceAt(article.sentences, first[0]);
  const endSentence = sentenceAt(article.sentences, last[1]);
  for (let k = 1; k < parts.length; k++) {
    const gapStart = (parts[k - 1] as Piece)[1];
    const gapEnd = (parts[k] as Piece)[0];
    const s = sentenceAt(article.sentences, gapStart);
    const tokens = (article.sentences[s] as Sentence).tokens.filter(
      (t) => t.start >= gapStart && t.end <= gapEnd && !inPiece(t),
    );
    const found = attributionAfterQuote(tokens, s);
    if (found) return { gap: found, after: null, before: null, opens: false };
  }
  const endTokens = (article.sentences[endSentence] as Sentence).tokens;
  let after = endTokens.filter((t) => t.start >= last[1] && !inPiece(t));
  // `“…?” Trump said.`: the tokenizer ends the sentence at the quote's own ? or !, so the attribution
  // opens the next sentence.
  const next = article.sentences[endSentence + 1];
  if (
    !after.some(isWordLike) &&
    next &&
    next.start - last[1] <= 3 &&
    next.paragraph === article.sentences[endSentence]?.paragraph
  )
    after = next.tokens.filter((t) => !inPiece(t));
  const startTokens = (article.sentences[startSentence] as Sentence).tokens;
  const before = startTokens.filter((t) => t.end <= first[0] && !inPiece(t));
  const opensSentence = !before.some(isWordLike);
  return {
    gap: null,
    after: attributionAfterQuote(cutAtNextQuote(after), endSentence),
    before: attributionBeforeQuote(before, startSentence),
    opens: opensSentence,
  };
}

/** "Rubio responded on Friday, stating, “…”": a participle's speaker is the subject of the verb before it. */
export function participleSubject(tokens: Token[], v: number): Mention | null {
  for (let j = v - 2; j >= 0; j--) {
    if ((tokens[j] as Token).pos !== 'VERB') continue;
    const mention = mentionBefore(tokens, j);
    if (mention) return mention;
  }
  return subjectOf(tokens);
}

function isWordLike(t: Token): boolean {
  return /[\p{L}\p{N}]/u.test(t.text);
}

/**
 * The first speaker-like phrase of a clause: its subject, in the usual news order, after an opening
 * phrase ("In a Sunday interview, Waltz …"); or the agent of a passive ("was rejected by Ushakov").
 */
function subjectOf(tokens: Token[]): Mention | null {
  const by = tokens.findIndex((t, i) => t.lower === 'by' && tokens[i - 1]?.pos === 'VERB');
  if (by >= 0) {
    const agent = mentionAfter(tokens, by + 1);
    if (agent?.kind === 'name') return agent;
  }
  const comma = tokens.findIndex((t) => t.text === ',');
  const from = tokens[0]?.pos === 'ADP' || tokens[0]?.pos === 'SCONJ' ? comma + 1 : 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX') return null;
    if (t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'NOUN') {
      const mention = mentionAfter(tokens, i);
      if (mention) return mention;
    }
  }
  return null;
}

/** True when nothing but punctuation surrounds the quotation in its sentences. */
export function standsAlone(
  article: SegmentedArticle,
  parts: Piece[],
  inPiece: (t: Token) => boolean,
): boolean {
  const first = parts[0] as Piece;
  const last = parts[parts.length - 1] as Piece;
  const s = article.sentences[sentenceAt(article.sentences, first[0])] as Sentence;
  const e = article.sentences[sentenceAt(article.sentences, last[1])] as Sentence;
  const outside = [
    ...s.tokens.filter((t) => t.end <= first[0]),
    ...e.tokens.filter((t) => t.start >= last[1]),
  ];
  return !outside.some((t) => !inPiece(t) && isWordLike(t));
}

/** Tokens after a quotation up to the next quote mark, which starts someone else's words. */
function cutAtNextQuote(tokens: Token[]): Token[] {
  const stop = tokens.findIndex((t) => t.text === '“');
  return (stop < 0 ? tokens : tokens.slice(0, stop)).slice(0, afterReach + 6);
}

/** `,” Leavitt said` · `,” said Leavitt` · `,” according to officials` · `,” she told reporters`. */
function attributionAfterQuote(tokens: Token[], sentence: number): Attribution | null {
  for (let v = 0; v < Math.min(tokens.length, afterReach); v++) {
    const t = tokens[v] as Token;
    if (isPhraseCue(tokens, v)) {
      const mention = mentionAfter(tokens, v + 2);
      return mention ? { mention, cue: 'according to', sentence } : null;
    }
    // "…as “fantastic,” telling reporters": a participle's speaker is the subject before the quote.
    if (!isCueVerb(t, tokens[v - 1]) || t.lower.endsWith('ing')) continue;
    const words = tokens.slice(0, v).filter(isWordLike);
    const mention = words.length === 0 ? mentionAfter(tokens, v + 1) : mentionBefore(tokens, v);
    if (mention) return { mention, cue: t.text, sentence };
  }
  return null;
}

/** `Trump told Fox News: “…”` · `Brafman said, “…”` · `Trump said the talks were “positive”`: the nearest cue before. */
export function attributionBeforeQuote(tokens: Token[], sentence: number): Attribution | null {
  for (let v = tokens.length - 1; v >= 0; v--) {
    const t = tokens[v] as Token;
    if (isPhraseCue(tokens, v)) {
      const mention = mentionAfter(tokens, v + 2);
      if (mention) return { mention, cue: 'according to', sentence };
    }
    if (!isCueVerb(t, tokens[v - 1])) continue;
    // `, said Sanders: “…”`: inverted only right after punctuation or at the start.
    const afterPunctuation = v === 0 || tokens[v - 1]?.type === 'punctuation';
    const inverted = afterPunctuation && tokens[v + 1]?.pos === 'PROPN' ? mentionAfter(tokens, v + 1) : null;
    // "…, saying “…”" and "went on to say “…”": the speaker is the subject of the verb before.
    const dependent =
      (tokens[v - 1]?.text === ',' && t.lower.endsWith('ing')) || tokens[v - 1]?.lower === 'to';
    const mention = dependent ? participleSubject(tokens, v) : (mentionBefore(tokens, v) ?? inverted);
    if (mention) return { mention, cue: t.text, sentence };
  }
  return null;
}

/**
 * The attribution of a quotation that stands alone in sentence `s`: the sentence before it
 * introduces it ("Rubio told reporters on Tuesday:") or says what the speaker said before.
 */
function introductionBefore(
  article: SegmentedArticle,
  s: number,
  inPiece: (t: Token) => boolean,
): Attribution | null {
  const before = article.sentences[s - 1];
  if (!before) return null;
  const tokens = before.tokens.filter((t) => !inPiece(t));
  const endsWithColon = tokens[tokens.length - 1]?.text === ':';
  const quoted = before.tokens.some(inPiece);
  if (!endsWithColon && quoted) return null;
  return attributionBeforeQuote(tokens, s - 1);
}
