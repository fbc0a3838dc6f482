// One line saying what an article brings to its story: "adds 3 sentences (2 filler), 1 quotation;
// names: Met Office; first with 2 shared facts".
import type { Contribution } from '../coverage/types.ts';

/** Names and numbers listed per line before "+N more" (the JSON has them all). */
const listed = 5;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const list = (items: string[]) =>
  items.length <= listed
    ? items.join(', ')
    : `${items.slice(0, listed).join(', ')} +${items.length - listed} more`;

/** What the article adds and the shared facts it reported first, as one phrase. */
export function coveragePhrase(c: Contribution): string {
  const { sentences, quotes, names, numbers, filler } = c.adds;
  const parts: string[] = [];
  if (sentences.length > 0) {
    const bare = filler && filler.length > 0 ? ` (${filler.length} filler: no name or number)` : '';
    parts.push(count(sentences.length, 'sentence', 'sentences') + bare);
  }
  if (quotes.length > 0) parts.push(count(quotes.length, 'quotation', 'quotations'));
  const adds = parts.length > 0 ? `adds ${parts.join(', ')}` : 'adds nothing the others lack';
  const facts = [
    names.length > 0 ? `names: ${list(names)}` : '',
    numbers.length > 0 ? `numbers: ${list(numbers)}` : '',
    c.firstWith.length > 0 ? `first with ${count(c.firstWith.length, 'shared fact', 'shared facts')}` : '',
  ].filter(Boolean);
  return [adds, ...facts].join('; ');
}
