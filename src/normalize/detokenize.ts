// Undoes Penn-Treebank-style tokenisation ("Mr So ." / "do n't" / "<QUOTE> the witness <QUOTE>"),
// as research corpora such as MSRP ship their sentences.

/**
 * Rejoins punctuation and clitics to their words and turns quote tokens into curly quotes:
 * `He said <QUOTE> we do n't know <QUOTE> , and left .` → `He said “we don't know”, and left.`
 * Text that is not tokenised comes back unchanged (its punctuation already touches its words).
 */
export function detokenize(text: string): string {
  let quoteOpen = false;
  const withQuotes = text.replace(/<QUOTE>|``|''|(?<=\s|^)"(?=\s|$)/g, () => {
    quoteOpen = !quoteOpen;
    return quoteOpen ? ' “' : '” ';
  });
  return withQuotes
    .replace(/“\s+/g, '“')
    .replace(/\s+”/g, '”')
    .replace(/\s+(n't|'s|'re|'ve|'ll|'d|'m|')(?=\s|$)/gi, '$1')
    .replace(/\s+([.,;:?!%)\]}])/g, '$1')
    .replace(/([([{$£€])\s+/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
