// The quotes part of the terminal summary: each alteration as a word diff, discrepancies, additions.
import type pc from 'picocolors';
import type { DiffPart } from '../quotes/index.ts';
import { changeLabel, notableSingles, type StoryQuotes, singleLabel } from './quote-lines.ts';

type Colors = ReturnType<typeof pc.createColors>;

/** Lines for one story's quotations, indented under the story; none when there is nothing to say. */
export function quoteLines(found: StoryQuotes, c: Colors): string[] {
  const lines: string[] = [];
  const { derivation, independent } = found.agreeing;
  if (found.changes.length === 0 && found.singles.length === 0 && derivation + independent === 0)
    return lines;
  lines.push(
    `  quotations: ${found.changes.length} changed; kept as in the source ${derivation} time(s) in copies, ` +
      `${independent} time(s) between independent reports`,
  );
  for (const change of found.changes) {
    const who = change.variant.speaker ?? 'unattributed';
    const label =
      change.variant.context === 'derivation' ? c.red(changeLabel(change)) : c.yellow(changeLabel(change));
    lines.push(`    ${label} — ${who}: “${diffText(change.variant.diff, c)}”`);
  }
  for (const single of notableSingles(found))
    lines.push(
      `    ${c.cyan(singleLabel(single))} — ${single.quote.speaker ?? 'unattributed'}: “${single.quote.text}”`,
    );
  for (const { quote, article } of found.indirect)
    lines.push(
      `    ${c.cyan(`turned into indirect speech in ${article}`)} — ${quote.speaker ?? 'unattributed'}: “${quote.text}”`,
    );
  const others = found.singles.length - notableSingles(found).length;
  if (others > 0) lines.push(c.dim(`    ${others} other quotation(s) appear in one article only`));
  return lines;
}

/** A word diff as text: removed words [-struck-], inserted {+added+}, coloured when colours are on. */
export function diffText(diff: DiffPart[], c: Colors): string {
  return diff
    .map(([op, text]) => {
      const trimmed = text.trim();
      const space = text.endsWith(' ') ? ' ' : '';
      if (op === '=') return text;
      return (op === '-' ? c.red(`[-${trimmed}-]`) : c.green(`{+${trimmed}+}`)) + space;
    })
    .join('')
    .trim();
}
