// Changes the case of a sentence's first letter when a rewrite moves words to or from its start.

/**
 * `text` with its first letter, after an opening quote if any, in uppercase.
 * @example capitalise('“we will”') // '“We will”'
 */
export function capitalise(text: string): string {
  return text.replace(
    /^([“"]?)(\p{Ll})/u,
    (_, quote: string, letter: string) => quote + letter.toUpperCase(),
  );
}

/**
 * `text` with its first letter in lowercase, unless its first word is a name in `names`, "I", an
 * acronym or a quotation.
 * @example decapitalise('The levy rose', new Set()) // 'the levy rose'
 */
export function decapitalise(text: string, names: Set<string>): string {
  const first = /^\p{L}+/u.exec(text)?.[0];
  if (first === undefined || first === 'I' || names.has(first) || /^\p{Lu}{2,}$/u.test(first)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
