// A word diff shown inline: removed words struck through, inserted words marked.
import type { DiffPart } from '../../../../src/quotes/types.ts';

/**
 * Both sides in one run (`side` unset), or one side only: `side="-"` keeps what a had (kept and
 * removed words), `side="+"` what b has (kept and inserted words).
 */
export function WordDiffText({ diff, side }: { diff: DiffPart[]; side?: '-' | '+' }) {
  return (
    <>
      {diff.map(([op, text], i) => {
        const key = `${i}${op}`;
        if (op === '=') return <span key={key}>{text}</span>;
        if (side !== undefined && op !== side) return null;
        return op === '-' ? <del key={key}>{text}</del> : <ins key={key}>{text}</ins>;
      })}
    </>
  );
}
