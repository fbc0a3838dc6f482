// Tells documentation files (a folder's README, notes with lists and tables) from articles.

/** File names that are documentation wherever they appear: skipped when a folder is walked. */
const documentationNames =
  /^(readme|changelog|changes|license|licence|contributing|notice|authors|copying)(\.[a-z]+)?$/i;

/** True for README.md, LICENSE.txt and the like. */
export function isDocumentationName(fileName: string): boolean {
  return documentationNames.test(fileName);
}

/**
 * Why a Markdown text is documentation rather than an article, or undefined: articles are prose,
 * so when over a third of the non-empty lines are list items, table rows, code fences or
 * `#` headings, the text is notes or documentation.
 */
export function documentationReason(text: string): string | undefined {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 3) return undefined;
  const structural = lines.filter((l) => /^\s*(?:[-*+] |\d+[.)] |\||```|#{1,6} )/.test(l)).length;
  if (structural * 3 <= lines.length) return undefined;
  return `${structural} of ${lines.length} lines are Markdown lists, tables, code or headings`;
}
