// Extracts an article's direct quotations with their speakers and cues.
import { toOriginalOffset } from '../normalize/index.ts';
import { isContentToken, termOf } from '../represent/terms.ts';
import { paragraphs } from '../segment/paragraphs.ts';
import type { SegmentedArticle, Sentence, Token } from '../segment/types.ts';
import { attributionBeforeQuote, ruleAttribution, standsAlone } from './attribution-rules.ts';
import { looksLikeAttribution } from './cues.ts';
import { type Piece, quotations } from './pieces.ts';
import { SpeakerResolver } from './resolve.ts';
import { pieceTest, sentenceAt } from './sentence-index.ts';
import { type Attribution, type SpeakerCandidate, speakerCandidates } from './speaker-candidates.ts';
import { bundledRanker, chooseSpeaker, type SpeakerRanker } from './speaker-ranker.ts';
import type { Quote } from './types.ts';

/** Quotations of at most this many words are fragments (scare quotes, a word taken from a speaker). */
const fragmentWords = 2;
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
  const ranker = options.ranker === undefined ? bundledRanker() : options.ranker;
  const quotes: FoundQuote[] = [];
  // The rules' attribution of the previous quotation (what the ranker was trained with) and its speaker.
  type Heard = { attribution: Attribution | null; speaker: string | null; end: number };
  let previous: Heard | null = null;
  for (const parts of groups) {
    const first = parts[0] as Piece;
    const last = parts[parts.length - 1] as Piece;
    const s = sentenceAt(article.sentences, first[0]);
    const e = sentenceAt(article.sentences, last[1]);
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
    if (ranker || options.onCandidates) {
      const candidates = speakerCandidates({
        article,
        parts,
        startSentence: s,
        endSentence: e,
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
    const terms = article.sentences
      .slice(s, e + 1)
      .flatMap((x) => x.tokens.filter((t) => inside(t) && isContentToken(t)).map(termOf));
    quotes.push({ quote, terms, sentences: [s, e] });
    if (!fragment) previous = { attribution: rules.pick, speaker, end: last[1] };
  }
  return quotes;

  function recentlyHeard(heard: Heard | null, at: number): Heard | null {
    if (!heard?.speaker) return null;
    return at - sentenceAt(article.sentences, heard.end) <= continuedSpeech ? heard : null;
  }
}
