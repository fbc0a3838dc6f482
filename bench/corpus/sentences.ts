// Splits a paragraph of news text into sentences, not at titles, initials or inside quotations.

// Titles and short forms whose period does not end a sentence: "Dr. Ada Quill said." is one sentence.
const abbreviations = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Prof', 'Jr', 'Sr', 'No', 'Mt', 'Gen', 'Col']);

/**
 * Splits a paragraph into sentences at ".", "?" or "!" (optionally followed by a closing quote) when a
 * space and a capital or an opening quote follow. Does not split after Mr. Mrs. Dr. St. and the like,
 * after a single capital ("J. Smith"), or inside a quotation.
 * @example splitSentences('Dr. Ada Quill spoke. “It works.” He left.') // 3 sentences
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.?!]”?\s+(?=[“"\p{Lu}])/gu;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length;
    const before = paragraph.slice(start, end);
    const lastWord = /([\p{L}]+)\.$/u.exec(before)?.[1];
    if (lastWord !== undefined && (abbreviations.has(lastWord) || /^\p{Lu}$/u.test(lastWord))) continue;
    if (quoteDepth(before) > 0) continue;
    sentences.push(before.trim());
    start = match.index + match[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/**
 * How many quotations are open at the end of `text` (curly “ ” or straight " marks).
 * @example quoteDepth('He said “We will') // 1
 */
export function quoteDepth(text: string): number {
  let depth = 0;
  let straight = false;
  for (const char of text) {
    if (char === '“') depth++;
    else if (char === '”') depth = Math.max(0, depth - 1);
    else if (char === '"') straight = !straight;
  }
  return depth + (straight ? 1 : 0);
}
