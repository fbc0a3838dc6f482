// The people a quotation may belong to: every mention near it, each described by features a ranker weighs.
import type { SegmentedArticle, Sentence, Token } from '../segment/types.ts';
import { participleSubject, type RuleHints } from './attribution-rules.ts';
import { isCueVerb, isPhraseCue } from './cues.ts';
import {
  type Mention,
  mentionAfter,
  mentionBefore,
  possessivePronouns,
  pronounMention,
  relativePronouns,
} from './mentions.ts';
import type { Piece } from './pieces.ts';

/** An attribution found in the text: who, with which cue, where. */
export interface Attribution {
  mention: Mention;
  cue: string | null;
  sentence: number;
}

/** A mention that may be a quotation's speaker, with its features (`candidateFeatures` order). */
export interface SpeakerCandidate {
  attribution: Attribution;
  features: number[];
  /** The candidate is the previous quotation's speaker mention (continued speech). */
  previous: boolean;
}

/** What is known about the quotation when its candidates are built. */
export interface QuoteContext {
  article: SegmentedArticle;
  parts: Piece[];
  startSentence: number;
  endSentence: number;
  inPiece: (t: Token) => boolean;
  /** The hand-written rules' choice (attribution-rules.ts), a strong hint. */
  rule: Attribution | null;
  /** The previous quotation's attribution, when it had one. */
  previous: Attribution | null;
  /** What each rule found, for features. */
  hints: Pick<RuleHints, 'gap' | 'after' | 'before' | 'subject' | 'introduced'>;
  fragment: boolean;
  standsAlone: boolean;
  opensSentence: boolean;
}

/** Feature names, in the order of `SpeakerCandidate.features`. */
export const candidateFeatures = [
  'rule',
  'ruleOverlap',
  'noRule',
  'previous',
  'name',
  'multiWordName',
  'pronoun',
  'personalPronoun',
  'description',
  'sentenceBack2',
  'sentenceBack1',
  'sameSentence',
  'sentenceNext',
  'before',
  'after',
  'between',
  'tokenDistance',
  'cueRightAfter',
  'cueRightBefore',
  'accordingTo',
  'objectOfVerb',
  'firstInSentence',
  'possessive',
  'colonBeforeQuote',
  'otherQuoteBetween',
  'cuesBetween',
  'verbsBetween',
  'opensSentence',
  'standsAlone',
  'fragment',
  'mentionLength',
  'personHead',
  'nearestBefore',
  'nearestAfter',
  'nearestPersonBefore',
  'sameParagraph',
  'candidates',
  'mentionsBetween',
  'quoteWords',
  'speechCueAfter',
  'namingCueAfter',
  'hintGap',
  'hintAfter',
  'hintBefore',
  'hintSubject',
  'hintIntroduced',
  'allCaps',
  'dateOrNumber',
  'relativePronoun',
  'possessivePronoun',
  'participleSubject',
] as const;

const months = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/** Cues of speech proper, and cues that name or label (their quotations are often one or two words). */
const speechLemmas = new Set(['say', 'tell', 'add', 'ask', 'write', 'state', 'explain', 'continue']);
const namingLemmas = new Set([
  'call',
  'describe',
  'label',
  'brand',
  'dismiss',
  'characterize',
  'characterise',
]);

/** Nouns for people a description may end in ("a White House official", "his campaign manager"). */
const personNouns = new Set(
  `official officials spokesman spokeswoman spokesperson aide aides adviser advisers advisor source sources
  president secretary senator governor leader leaders manager director chairman chairwoman candidate
  nominee lawmaker lawmakers member members people person man woman voter voters supporter supporters
  analyst analysts expert experts strategist strategists officer officers minister ambassador mayor
  reporter reporters critic critics organizer organizers activist activists resident residents worker
  workers friend friends father mother son daughter wife husband campaign committee group statement`
    .split(/\s+/)
    .filter(Boolean),
);

const personal = new Set(['he', 'she', 'they', 'i', 'we']);
/**
 * Words that open a clause whose subject follows them: "as Earnest explained", "after Trump told",
 * "although he says". A mention after one of them and before a cue speaks; it is not an object
 * (`objectOfVerb`, which objects of prepositions share). Taking these and "with X saying" out of
 * `objectOfVerb` raised the ranker's 5-fold CV from 0.9064 to 0.9083.
 */
const subordinators = new Set(
  'as after although though while when because since before until once if unless whereas'.split(' '),
);
/** Words between a subject and its verb that do not break the link ("Trump also said"). */
const skipPos = new Set(['ADV', 'AUX', 'PART']);
/** How far back and forward (sentences) a speaker is looked for. */
const back = 2;
const forward = 1;

/** Every mention within two sentences before and one after the quotation, with its features. */
export function speakerCandidates(ctx: QuoteContext): SpeakerCandidate[] {
  const { article, parts, startSentence, endSentence } = ctx;
  const first = parts[0] as Piece;
  const last = parts[parts.length - 1] as Piece;
  const from = Math.max(0, startSentence - back);
  const to = Math.min(article.sentences.length - 1, endSentence + forward);
  // One token list over the window, so distances and "between" can be counted across sentences.
  const window: Token[] = article.sentences.slice(from, to + 1).flatMap((s) => s.tokens);
  const position = new Map(window.map((t, i) => [t, i]));
  /** A token's index in the window, -1 outside it (a mention from a sentence beyond it). */
  const at = (t: Token | undefined) => (t ? (position.get(t) ?? -1) : -1);
  const qStart = window.findIndex((t) => t.start >= first[0]);
  const qEnd = lastIndex(window, (t) => t.end <= last[1]);
  const attributions: Attribution[] = [];
  for (let s = from; s <= to; s++)
    attributions.push(...mentionsOf(article.sentences[s] as Sentence, ctx.inPiece));
  // The rules' and the previous quotation's attributions replace the same mention found by scanning,
  // so their cues are kept.
  const { gap: hGap, after: hAfter, before: hBefore, subject: hSubject, introduced: hIntroduced } = ctx.hints;
  const participle = participleAttribution(ctx);
  for (const extra of [ctx.rule, ctx.previous, hGap, hAfter, hBefore, hSubject, hIntroduced, participle]) {
    if (!extra) continue;
    const same = attributions.findIndex((a) => sameSpan(a.mention, extra.mention));
    if (same >= 0) attributions[same] = extra;
    else attributions.push(extra);
  }
  const firstOfSentence = new Map<number, number>();
  for (const a of attributions) {
    const start = (a.mention.tokens[0] as Token).start;
    firstOfSentence.set(a.sentence, Math.min(firstOfSentence.get(a.sentence) ?? start, start));
  }
  const startOf = (a: Attribution) => at(a.mention.tokens[0]);
  const endOf = (a: Attribution) => at(a.mention.tokens[a.mention.tokens.length - 1]);
  const beforeQuote = attributions.filter((a) => endOf(a) >= 0 && endOf(a) < qStart);
  const afterQuote = attributions.filter((a) => startOf(a) > qEnd);
  const nearest = (xs: Attribution[], key: (a: Attribution) => number) =>
    xs.reduce<Attribution | null>((best, a) => (best === null || key(a) > key(best) ? a : best), null);
  const nearestBefore = nearest(beforeQuote, endOf);
  const nearestAfter = nearest(afterQuote, (a) => -startOf(a));
  const nearestPerson = nearest(
    beforeQuote.filter((a) => a.mention.kind !== 'description'),
    endOf,
  );
  const quoteParagraph = article.sentences[startSentence]?.paragraph;
  /** True when window index `i` lies between the mention [mStart, mEnd] and the quotation. */
  const isBetween = (i: number, mStart: number, mEnd: number) =>
    i >= 0 && ((mEnd < qStart && i > mEnd && i < qStart) || (mStart > qEnd && i > qEnd && i < mStart));
  const quoteWords = Math.log1p(
    parts.reduce((n, [x, y]) => n + article.text.slice(x, y).split(/\s+/).length, 0),
  );
  return attributions.map((a) => {
    const tokens = a.mention.tokens;
    const mStart = startOf(a);
    const mEnd = endOf(a);
    const before = mEnd >= 0 && mEnd < qStart;
    const after = mStart > qEnd;
    const gap = before ? window.slice(mEnd + 1, qStart) : after ? window.slice(qEnd + 1, mStart) : [];
    const next = nextWord(window, mEnd);
    const prev = window[mStart - 1];
    const delta = before ? a.sentence - startSentence : after ? a.sentence - endSentence : 0;
    const kindName = a.mention.kind === 'name';
    // "…, with Trump saying, “…”" (an absolute phrase) and "as Earnest explained": the mention is
    // the subject of the cue after it, though a preposition or conjunction precedes it.
    const cueAfter = next !== undefined && isCueVerb(next, window[at(next) - 1]);
    const clauseSubject =
      cueAfter &&
      prev !== undefined &&
      (prev.lower === 'with' ? isParticiple(next) : subordinators.has(prev.lower));
    const pronoun = a.mention.kind === 'pronoun';
    const f: Record<(typeof candidateFeatures)[number], number> = {
      rule: ctx.rule && sameSpan(a.mention, ctx.rule.mention) ? 1 : 0,
      ruleOverlap: ctx.rule && overlaps(a.mention, ctx.rule.mention) ? 1 : 0,
      noRule: ctx.rule ? 0 : 1,
      previous: ctx.previous && sameSpan(a.mention, ctx.previous.mention) ? 1 : 0,
      name: kindName ? 1 : 0,
      multiWordName: kindName && (a.mention.name ?? '').includes(' ') ? 1 : 0,
      pronoun: pronoun ? 1 : 0,
      personalPronoun: pronoun && personal.has((tokens[0] as Token).lower) ? 1 : 0,
      description: a.mention.kind === 'description' ? 1 : 0,
      sentenceBack2: delta <= -2 ? 1 : 0,
      sentenceBack1: delta === -1 ? 1 : 0,
      sameSentence: delta === 0 ? 1 : 0,
      sentenceNext: delta >= 1 ? 1 : 0,
      before: before ? 1 : 0,
      after: after ? 1 : 0,
      between: !before && !after ? 1 : 0,
      tokenDistance: Math.log1p(gap.length),
      cueRightAfter: cueAfter ? 1 : 0,
      cueRightBefore: prev && isCueVerb(prev, window[mStart - 2]) ? 1 : 0,
      accordingTo: mStart >= 2 && isPhraseCue(window, mStart - 2) ? 1 : 0,
      objectOfVerb:
        prev && (prev.pos === 'VERB' || prev.pos === 'ADP') && !isCueVerb(prev) && !clauseSubject ? 1 : 0,
      firstInSentence: firstOfSentence.get(a.sentence) === (tokens[0] as Token).start ? 1 : 0,
      possessive:
        window[mEnd + 1]?.lower === "'s" || /['’]s$/.test((tokens[tokens.length - 1] as Token).text) ? 1 : 0,
      colonBeforeQuote: window[qStart - 1]?.text === ':' || window[qStart - 2]?.text === ':' ? 1 : 0,
      otherQuoteBetween: gap.some(ctx.inPiece) ? 1 : 0,
      cuesBetween: Math.min(2, gap.filter((t, i) => !ctx.inPiece(t) && isCueVerb(t, gap[i - 1])).length),
      verbsBetween: Math.min(2, gap.filter((t) => !ctx.inPiece(t) && t.pos === 'VERB').length),
      opensSentence: ctx.opensSentence ? 1 : 0,
      standsAlone: ctx.standsAlone ? 1 : 0,
      fragment: ctx.fragment ? 1 : 0,
      mentionLength: Math.min(6, tokens.length),
      personHead:
        a.mention.kind === 'description' && personNouns.has((tokens[tokens.length - 1] as Token).lower)
          ? 1
          : 0,
      nearestBefore: a === nearestBefore ? 1 : 0,
      nearestAfter: a === nearestAfter ? 1 : 0,
      nearestPersonBefore: a === nearestPerson ? 1 : 0,
      sameParagraph: article.sentences[a.sentence]?.paragraph === quoteParagraph ? 1 : 0,
      candidates: Math.log1p(attributions.length),
      mentionsBetween: Math.min(
        3,
        attributions.filter((b) => b !== a && isBetween(startOf(b), mStart, mEnd)).length,
      ),
      quoteWords,
      speechCueAfter: next && isCueVerb(next) && speechLemmas.has(next.lemma) ? 1 : 0,
      namingCueAfter: next && isCueVerb(next) && namingLemmas.has(next.lemma) ? 1 : 0,
      hintGap: hGap && sameSpan(a.mention, hGap.mention) ? 1 : 0,
      hintAfter: hAfter && sameSpan(a.mention, hAfter.mention) ? 1 : 0,
      hintBefore: hBefore && sameSpan(a.mention, hBefore.mention) ? 1 : 0,
      hintSubject: hSubject && sameSpan(a.mention, hSubject.mention) ? 1 : 0,
      hintIntroduced: hIntroduced && sameSpan(a.mention, hIntroduced.mention) ? 1 : 0,
      // Datelines ("FLINT, Mich. —") and dates are mentions but never speakers.
      allCaps:
        tokens.every((t) => !/\p{Ll}/u.test(t.text)) && tokens.some((t) => /\p{Lu}{2}/u.test(t.text)) ? 1 : 0,
      dateOrNumber: tokens.some((t) => t.pos === 'NUM' || months.test(t.text)) ? 1 : 0,
      relativePronoun: pronoun && relativePronouns.has((tokens[0] as Token).lower) ? 1 : 0,
      possessivePronoun: pronoun && possessivePronouns.has((tokens[0] as Token).lower) ? 1 : 0,
      participleSubject: participle && sameSpan(a.mention, participle.mention) ? 1 : 0,
    };
    const cue =
      a.cue ??
      (f.accordingTo
        ? 'according to'
        : next && isCueVerb(next)
          ? next.text
          : prev && isCueVerb(prev)
            ? prev.text
            : null);
    return {
      attribution: { ...a, cue },
      features: candidateFeatures.map((k) => f[k]),
      previous: f.previous === 1,
    };
  });
}

/**
 * The speaker of a participle cue next to the quotation: "…, with Trump saying, “…”" (an absolute
 * phrase: the mention right after "with"), "Rubio answered, saying “…”" and "issued a statement
 * saying “…”" (the subject of the verb before), "… dismissed it as “…,” adding …" (after the
 * quotation: the subject of the clause before it). Only the cue nearest the quotation counts; null
 * when it is not a participle. As the feature `participleSubject`: in PolNeAR train it marks 331
 * quotations, the right speaker in 248 (the rules' pick: 211); 5-fold CV 0.9083 → 0.9095.
 */
function participleAttribution(ctx: QuoteContext): Attribution | null {
  const { article, parts, inPiece, startSentence, endSentence } = ctx;
  const first = parts[0] as Piece;
  const last = parts[parts.length - 1] as Piece;
  const before = (article.sentences[startSentence] as Sentence).tokens.filter(
    (t) => t.end <= first[0] && !inPiece(t),
  );
  const v = lastIndex(before, (t, i) => isCueVerb(t, before[i - 1]));
  const cue = before[v];
  if (cue) {
    if (!isParticiple(cue)) return null;
    const right = mentionBefore(before, v);
    const absolute =
      right && before[before.indexOf(right.tokens[0] as Token) - 1]?.lower === 'with' ? right : null;
    const mention = absolute ?? participleSubject(before, v);
    return mention ? { mention, cue: cue.text, sentence: startSentence } : null;
  }
  const next = (article.sentences[endSentence] as Sentence).tokens.find(
    (t) => t.start >= last[1] && !inPiece(t) && /[\p{L}\p{N}]/u.test(t.text),
  );
  if (!next || !isParticiple(next) || !isCueVerb(next)) return null;
  const mention = participleSubject(before, before.length + 1);
  return mention ? { mention, cue: next.text, sentence: startSentence } : null;
}

/** The mentions of one sentence outside quotations: names, pronouns and noun phrases. */
function mentionsOf(sentence: Sentence, inPiece: (t: Token) => boolean): Attribution[] {
  const tokens = sentence.tokens.filter((t) => !inPiece(t) && !t.quoted);
  const found: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!/[\p{L}]/u.test(t.text)) continue;
    if (possessivePronouns.has(t.lower)) {
      found.push({ mention: pronounMention(t), cue: null, sentence: sentence.index });
      continue;
    }
    const mention = mentionAfter(tokens, i);
    if (!mention) continue;
    found.push({ mention, cue: null, sentence: sentence.index });
    i = tokens.indexOf(mention.tokens[mention.tokens.length - 1] as Token);
  }
  return found;
}

function sameSpan(a: Mention, b: Mention): boolean {
  return a.tokens[0] === b.tokens[0] && a.tokens[a.tokens.length - 1] === b.tokens[b.tokens.length - 1];
}

function overlaps(a: Mention, b: Mention): boolean {
  const [as, ae] = [(a.tokens[0] as Token).start, (a.tokens[a.tokens.length - 1] as Token).end];
  const [bs, be] = [(b.tokens[0] as Token).start, (b.tokens[b.tokens.length - 1] as Token).end];
  return as < be && bs < ae;
}

/** The next word token after index `i`, skipping adverbs and auxiliaries ("Trump also said"). */
function nextWord(tokens: Token[], i: number): Token | undefined {
  let j = i + 1;
  while (j < tokens.length && skipPos.has((tokens[j] as Token).pos)) j++;
  return tokens[j];
}

function isParticiple(t: Token): boolean {
  return t.lower.endsWith('ing');
}

function lastIndex<T>(xs: T[], test: (x: T, i: number) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (test(xs[i] as T, i)) return i;
  return -1;
}
