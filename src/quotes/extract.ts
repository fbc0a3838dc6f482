// Extracts an article's direct quotations with their speakers and cues.
import { toOriginalOffset } from '../normalize/index.ts';
import { isContentToken, termOf } from '../represent/terms.ts';
import { paragraphs } from '../segment/paragraphs.ts';
import type { SegmentedArticle, Sentence, Token } from '../segment/types.ts';
import { isCueVerb, isPhraseCue, looksLikeAttribution } from './cues.ts';
import { type Mention, mentionAfter, mentionBefore } from './mentions.ts';
import { type Piece, quotations } from './pieces.ts';
import { SpeakerResolver } from './resolve.ts';
import { type Attribution, type SpeakerCandidate, speakerCandidates } from './speaker-candidates.ts';
import { bundledRanker, chooseSpeaker, type SpeakerRanker } from './speaker-ranker.ts';
import type { Quote } from './types.ts';

/** Quotations of at most this many words are fragments (scare quotes, a word taken from a speaker). */
const fragmentWords = 2;
/** How many tokens after a quotation its attribution may start (`,” the White House press secretary said`). */
const afterReach = 16;
/** How many sentences back a quotation standing alone may inherit the last speaker (continued speech). */
const continuedSpeech = 2;

/** A quotation with what comparing it needs: its content terms (stems) and the sentences it spans. */
export interface FoundQuote {
  quote: Quote;
  terms: string[];
  sentences: [number, number];
}

/** Every direct quotation of the article, in text order, attributed where the text allows. */
export function extractQuotes(article: SegmentedArticle): Quote[] {
  return findQuotes(article).map((f) => f.quote);
}

/** How speakers are chosen; the defaults serve users, the others training and tests. */
export interface FindOptions {
  /** The candidate ranker: the bundled one by default; null for the hand-written rules alone. */
  ranker?: SpeakerRanker | null;
  /** Sees every quotation's speaker candidates (for training the ranker). */
  onCandidates?: (parts: Piece[], candidates: SpeakerCandidate[]) => void;
}

/** `extractQuotes` with each quotation's content terms and sentence range. */
export function findQuotes(article: SegmentedArticle, options: FindOptions = {}): FoundQuote[] {
  const groups = quotations(article.text, paragraphs(article.text), looksLikeAttribution);
  const inAnyPiece = pieceTest(groups.flat());
  const resolver = new SpeakerResolver(article.sentences, (s) => {
    const tokens = (article.sentences[s] as Sentence).tokens.filter((t) => !inAnyPiece(t));
    const found = attributionBeforeQuote(tokens, s);
    return found?.mention.kind === 'name' ? found.mention : null;
  });
  const quotes: FoundQuote[] = [];
  // The rules' attribution of the previous quotation (what the ranker was trained with) and its speaker.
  type Heard = { attribution: Attribution | null; speaker: string | null; end: number };
  let previous: Heard | null = null;
  for (const parts of groups) {
    const first = parts[0] as Piece;
    const last = parts[parts.length - 1] as Piece;
    const s = sentenceAt(article.sentences, first[0]);
    const words = parts.reduce(
      (n, [a, b]) => n + (article.text.slice(a, b).match(/[\p{L}\p{N}]+/gu) ?? []).length,
      0,
    );
    if (words === 0) continue;
    const fragment = words <= fragmentWords;
    const alone = standsAlone(article, parts, inAnyPiece);
    const heard: Heard | null = fragment ? null : recentlyHeard(previous as Heard | null, s);
    const rules = ruleAttribution(article, parts, inAnyPiece, { fragment, alone, heard });
    let attribution = rules.pick;
    let inherited: boolean = attribution !== null && attribution === heard?.attribution;
    const ranker = options.ranker === undefined ? bundledRanker() : options.ranker;
    if (ranker || options.onCandidates) {
      const candidates = speakerCandidates({
        article,
        parts,
        startSentence: s,
        endSentence: sentenceAt(article.sentences, last[1]),
        inPiece: inAnyPiece,
        rule: attribution,
        hints: rules.hints,
        previous: heard?.attribution ?? null,
        fragment,
        standsAlone: alone,
        opensSentence: rules.hints.opens,
      });
      options.onCandidates?.(parts, candidates);
      if (ranker) {
        const best = chooseSpeaker(ranker, candidates);
        attribution = best?.attribution ?? null;
        inherited = best?.previous ?? false;
      }
    }
    const speaker: string | null = !attribution
      ? null
      : inherited && heard?.speaker
        ? heard.speaker
        : resolver.resolve(attribution.mention, s);
    const original = (at: number) => toOriginalOffset(article.offsets, at) + (article.bodyStart ?? 0);
    const mentionTokens = attribution?.mention.tokens;
    const quote: Quote = {
      id: `${article.id}#q${quotes.length + 1}`,
      article: article.id,
      text: parts
        .map(([a, b]) =>
          article.original.slice(toOriginalOffset(article.offsets, a), toOriginalOffset(article.offsets, b)),
        )
        .join(' '),
      speaker,
      speakerMention: attribution ? attribution.mention.text : null,
      speakerSpan: mentionTokens
        ? [
            original((mentionTokens[0] as Token).start),
            original((mentionTokens[mentionTokens.length - 1] as Token).end),
          ]
        : null,
      cue: attribution?.cue ?? null,
      sentence: s,
      start: original(first[0]),
      end: original(last[1]),
      parts: parts.map(([a, b]) => [original(a), original(b)]),
      fragment,
    };
    const inside = (t: Token) => parts.some(([a, b]) => t.start >= a && t.end <= b);
    const spanned = article.sentences.slice(s, sentenceAt(article.sentences, last[1]) + 1);
    const terms = spanned.flatMap((x) => x.tokens.filter((t) => inside(t) && isContentToken(t)).map(termOf));
    quotes.push({ quote, terms, sentences: [s, s + spanned.length - 1] });
    if (!fragment) previous = { attribution: rules.pick, speaker, end: last[1] };
  }
  return quotes;

  function recentlyHeard(heard: Heard | null, at: number): Heard | null {
    if (!heard?.speaker) return null;
    return at - sentenceAt(article.sentences, heard.end) <= continuedSpeech ? heard : null;
  }
}

/**
 * The hand-written rules' attribution: the cue around the quotation; failing that, the subject of
 * its clause ("Ushakov dismissed the idea as “…”"); for a quotation standing alone, the sentence
 * that introduces it ("Rubio told reporters:") or the speech it continues.
 */
function ruleAttribution(
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

/** Index of the sentence holding normalised offset `at` (the last one starting at or before it). */
function sentenceAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid] as Sentence).start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A test for "this token lies inside some quoted piece". */
function pieceTest(pieces: Piece[]): (t: Token) => boolean {
  const sorted = [...pieces].sort((x, y) => x[0] - y[0]);
  return (t) => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = sorted[mid] as Piece;
      if (t.end <= a) hi = mid - 1;
      else if (t.start >= b) lo = mid + 1;
      else return true;
    }
    return false;
  };
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
    after: attributionAfterQuote(cutAtNextQuote(after, article.text), endSentence),
    before: attributionBeforeQuote(before, startSentence),
    opens: opensSentence,
  };
}

/** "Rubio responded on Friday, stating, “…”": a participle's speaker is the subject of the verb before it. */
function participleSubject(tokens: Token[], v: number): Mention | null {
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
function standsAlone(article: SegmentedArticle, parts: Piece[], inPiece: (t: Token) => boolean): boolean {
  const first = parts[0] as Piece;
  const last = parts[parts.length - 1] as Piece;
  const s = article.sentences[sentenceAt(article.sentences, first[0])] as Sentence;
  const e = article.sentences[sentenceAt(article.sentences, last[1])] as Sentence;
  const outside = [
    ...s.tokens.filter((t) => t.end <= first[0]),
    ...e.tokens.filter((t) => t.start >= last[1]),
  ];
  return !outside.some((t) => !inPiece(t) && /[\p{L}\p{N}]/u.test(t.text));
}

/** Tokens after a quotation up to the next quote mark, which starts someone else's words. */
function cutAtNextQuote(tokens: Token[], _text: string): Token[] {
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
function attributionBeforeQuote(tokens: Token[], sentence: number): Attribution | null {
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
