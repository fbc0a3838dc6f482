// Tells headlines and subheadings from body sentences.

const finalPunctuation = /[.!?…:;,”’"')\]]$/;

/** A paragraph is a heading when it is short and does not end like a sentence. */
export function isHeading(paragraph: string, words: number): boolean {
  return words > 0 && words <= 20 && !finalPunctuation.test(paragraph.trim());
}

/** The article's title: the declared one, else a first paragraph that is a heading of 3+ words. */
export function findTitle(
  declared: string | undefined,
  first: { text: string; heading: boolean; words: number } | undefined,
): string {
  if (declared) return declared;
  if (first?.heading && first.words >= 3) return first.text;
  return '';
}
