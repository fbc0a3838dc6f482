// Attribution cues: the verbs and phrases that tie a quotation to its speaker.
import type { Token } from '../segment/types.ts';

/**
 * Lemmas of reporting verbs, as news writing uses them around direct speech (said, told, added,
 * argued …). Kept to verbs of speaking and writing: verbs of thinking ("believe") attribute
 * opinions, not quoted words.
 */
const cueLemmas = new Set(
  `say tell add argue ask write state explain note continue insist claim declare announce warn reply
  respond answer remark recall tweet post suggest acknowledge admit complain concede contend emphasize
  emphasise stress observe comment joke quip predict promise vow assert maintain mention report urge
  caution shout yell exclaim testify confirm deny conclude wonder boast repeat told said says added
  recount describe reiterate lament plead pledge proclaim scoff retort counter mutter whisper cry
  charge allege opine posit muse tout chime interject call dismiss label brand characterize
  characterise inform indicate express echo highlight underscore imply react
  read`
    .split(/\s+/)
    .filter(Boolean),
);

const nounTaggedForms = new Set(['said', 'says', 'told', 'added', 'asked', 'wrote', 'argued', 'noted']);

/** Words before "to" that make a cue of it: "according to", "in a statement to" is not one. */
const phraseCues = new Set(['according']);

/**
 * True when the token is a reporting verb (by lemma or form, wink's lemmas miss some past forms).
 * `previous` is the token before it: wink tags some verbs after a name as nouns ("Bozell answers").
 */
export function isCueVerb(token: Token, previous?: Token): boolean {
  if (
    (token.pos === 'NOUN' || token.pos === 'ADJ') &&
    (previous?.pos === 'PROPN' || previous?.pos === 'PRON')
  )
    return nounTaggedForms.has(token.lower) || (/(?:s|ed)$/.test(token.lower) && cueForms.has(token.lower));
  // wink tags a few past forms as nouns ("officials said"); other nouns ("a phone call") are not cues.
  if (token.pos === 'NOUN') return nounTaggedForms.has(token.lower);
  // …and past forms after a name as adjectives ("Leavitt informed reporters").
  if (token.pos === 'ADJ') return token.lower.endsWith('ed') && cueForms.has(token.lower);
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false;
  return cueLemmas.has(token.lemma.toLowerCase()) || cueLemmas.has(token.lower);
}

/** True when the token opens a phrase cue ("according" followed by "to"). */
export function isPhraseCue(tokens: Token[], i: number): boolean {
  return phraseCues.has((tokens[i] as Token).lower) && tokens[i + 1]?.lower === 'to';
}

/** A text between two quoted pieces that is just an attribution: `, Leavitt said,` / `she added —`. */
export function looksLikeAttribution(gap: string): boolean {
  const words = gap.match(/[\p{L}\p{N}’'.-]+/gu) ?? [];
  if (words.length === 0 || words.length > 12) return false;
  // An attribution ends at a comma, colon or dash before the quote goes on; "…,” adding that the US
  // has “…”" leads into a new, partial quotation instead.
  if (!/[,:—-]\s*$/.test(gap) || words.some((w) => w.toLowerCase() === 'that')) return false;
  if (/[!?;]/.test(gap) || /[\p{Ll}\p{N}]\.(?:\s|$)/u.test(gap)) return false;
  return words.some((w) => cueForms.has(w.toLowerCase()));
}

/** Inflected forms of the cue lemmas, for text that is not tokenised (attribution gaps). */
const cueForms = new Set(
  [...cueLemmas]
    .flatMap((l) => {
      const stem = l.endsWith('e') ? l.slice(0, -1) : l;
      return [l, `${l}s`, `${stem}ed`, `${stem}es`, `${stem}ing`];
    })
    .concat(['said', 'says', 'told', 'wrote', 'according', 'asked', 'put']),
);
