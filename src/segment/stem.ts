// Porter stems of word forms. wink stems every token afresh and stemming is the costliest part of
// reading a text (more than tagging it), while news repeats its words: each form is stemmed once.
import model from 'wink-eng-lite-web-model';
import { setBounded } from '../bounded-map.ts';

const porter = model.addons.stem as (word: string) => string | undefined;

/** Forms remembered before the memory starts afresh: a bound, since a corpus's vocabulary keeps growing. */
const maxForms = 200_000;
const stems = new Map<string, string>();

/** The stem of a token as written, apostrophes as `'`; a form wink cannot stem ("didnt") is its own stem. */
export function stemOf(form: string): string {
  let stem = stems.get(form);
  if (stem === undefined) {
    stem = (porter(form) ?? form.toLowerCase()).replace(/[’‘]/g, "'");
    setBounded(stems, form, stem, maxForms);
  }
  return stem;
}
