// Resolves speaker mentions through the article: surnames and pronouns to the full name, "the official" to "a … official".
import type { Sentence, Token } from '../segment/types.ts';
import { type Mention, mentionBefore, nameIn, relativePronouns } from './mentions.ts';

/** A speaker as resolved at one point of the article. */
interface Resolved {
  speaker: string;
  sentence: number;
}

/** How far back (sentences) a pronoun may reach for the last speaker before falling back to the last name. */
const pronounReach = 4;
/** How far back a pronoun may look for a named subject at all. */
const subjectReach = 6;

/** Resolution state for one article, fed in text order. */
export class SpeakerResolver {
  private lastSpeaker: Resolved | null = null;
  private readonly descriptions: string[] = [];

  /**
   * @param reportedSpeaker the named speaker of a reporting verb outside quotes in a sentence
   *   ("Marsh said the port expected losses"), so that a pronoun after it refers to that speaker.
   */
  constructor(
    private readonly sentences: Sentence[],
    private readonly reportedSpeaker: (sentence: number) => Mention | null = () => null,
  ) {}

  /** The speaker a mention at sentence `at` refers to, and remembers it as the latest speaker. */
  resolve(mention: Mention, at: number): string {
    const speaker = this.lookUp(mention, at);
    this.lastSpeaker = { speaker, sentence: at };
    return speaker;
  }

  /** The latest speaker, if it was set within `within` sentences of `at`. */
  private recentSpeaker(at: number, within: number): string | null {
    const last = this.lastSpeaker;
    return last && at - last.sentence <= within ? last.speaker : null;
  }

  private lookUp(mention: Mention, at: number): string {
    if (mention.kind === 'name' && mention.name) return this.fullName(mention.name, at);
    if (mention.kind === 'pronoun' && relativePronouns.has((mention.tokens[0] as Token).lower)) {
      const antecedent = this.antecedent(mention.tokens[0] as Token, at);
      if (antecedent) return this.lookUp(antecedent, at);
    }
    if (mention.kind === 'pronoun') {
      const since = Math.max(this.lastSpeaker?.sentence ?? -1, at - pronounReach - 1);
      for (let s = at - 1; s > since; s--) {
        const reported = this.reportedSpeaker(s);
        if (reported?.name) return this.fullName(reported.name, s);
      }
      const recent = this.recentSpeaker(at, pronounReach);
      if (recent) return recent;
      const subject = this.lastNamedSubject(at, mention.tokens[0] as Token);
      return subject ?? this.lastSpeaker?.speaker ?? (mention.tokens[0] as Token).text;
    }
    const text = describe(mention.text);
    const head = text.split(' ').pop() ?? text;
    // "the official" after "a White House official": the same person.
    if (/^the /.test(text)) {
      const earlier = [...this.descriptions].reverse().find((d) => d.split(' ').pop() === head);
      if (earlier) return earlier;
    }
    this.descriptions.push(text);
    return text;
  }

  /** "Beck, who …": the phrase right before a relative pronoun, in its sentence. */
  private antecedent(pronoun: Token, at: number): Mention | null {
    const sentence =
      this.sentences.find((s) => s.start <= pronoun.start && pronoun.end <= s.end) ?? this.sentences[at];
    if (!sentence) return null;
    const tokens = sentence.tokens.filter((t) => !t.quoted);
    let i = tokens.indexOf(pronoun);
    if (tokens[i - 1]?.text === ',') i--;
    return i > 0 ? mentionBefore(tokens, i) : null;
  }

  /**
   * A one-word name is the full name introduced earlier with that last word ("Leavitt" → "Karoline
   * Leavitt"); failing that, one introduced later (a headline may use the surname first).
   */
  private fullName(name: string, at: number): string {
    if (name.includes(' ')) return name;
    const order = [...this.sentences.slice(0, at + 1).reverse(), ...this.sentences.slice(at + 1)];
    for (const sentence of order) {
      const full = fullNameIn(sentence.tokens, name);
      if (full) return full;
    }
    return name;
  }

  /** The first name in the nearest sentence before `pronoun` that has one (the likely subject). */
  private lastNamedSubject(at: number, pronoun: Token): string | null {
    for (let s = at; s >= 0 && at - s <= subjectReach; s--) {
      const sentence = this.sentences[s] as Sentence;
      // In the pronoun's own sentence the nearest name before it; in earlier ones the first (the subject).
      const here = s === at && sentence.start <= pronoun.start && pronoun.end <= sentence.end;
      const tokens = sentence.tokens.filter((t) => !t.quoted && (!here || t.end <= pronoun.start));
      const name = here ? names(tokens).pop() : names(tokens)[0];
      if (name) return this.fullName(name, s);
    }
    return null;
  }
}

/** The full form of a one-word `surname` in these tokens: the capitalised run ending in it, without titles. */
function fullNameIn(tokens: Token[], surname: string): string | null {
  for (let i = 1; i < tokens.length; i++) {
    if ((tokens[i] as Token).text !== surname || tokens[i - 1]?.text === '.') continue;
    const name = nameIn(tokens.slice(Math.max(0, i - 4), i + 1));
    if (name?.includes(' ')) return name;
  }
  return null;
}

/** The names in a run of tokens, in order: each run of proper nouns, without titles. */
function names(tokens: Token[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).pos !== 'PROPN') continue;
    let j = i;
    while (j < tokens.length && (tokens[j] as Token).pos === 'PROPN') j++;
    const name = nameIn(tokens.slice(i, j));
    if (name) found.push(name);
    i = j;
  }
  return found;
}

/** A description as a speaker: its words, with a capitalised article at a sentence start lowered. */
export function describe(text: string): string {
  return text.replace(/^(A|An|The|Some|Two|Three|Several|Many)\b/, (d) => d.toLowerCase());
}
