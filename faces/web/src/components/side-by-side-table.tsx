// Two articles side by side: aligned sentences on one row coloured by method (changed words marked
// for verbatim and edited ones), the copy's additions and the original's omissions alone.
import type { ReactNode } from 'react';
import { wordDiff } from '../../../../src/report/word-diff.ts';
import type { ComparedArticle, SideBySideRow } from '../api/types.ts';
import { WordDiffText } from './word-diff-text.tsx';

/** `original` and `copy` are the sides the rows' sentence indexes refer to. */
export function SideBySideTable({
  rows,
  original,
  copy,
}: {
  rows: SideBySideRow[];
  original: ComparedArticle;
  copy: ComparedArticle;
}) {
  const left = (i: number) => original.sentences[i] ?? '';
  const right = (i: number) => copy.sentences[i] ?? '';
  return (
    <table className="side-by-side">
      <thead>
        <tr>
          <th>{original.id}</th>
          <th>{copy.id}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          if (row.kind === 'added')
            return (
              <tr key={`c${row.copy}`} className="added">
                <td />
                <td>
                  <Numbered n={row.copy}>{right(row.copy)}</Numbered>
                </td>
              </tr>
            );
          if (row.kind === 'omitted')
            return (
              <tr key={`o${row.original}`} className="omitted">
                <td>
                  <Numbered n={row.original}>{left(row.original)}</Numbered>
                </td>
                <td />
              </tr>
            );
          const before = row.original.map(left).join(' ');
          const after = right(row.copy);
          // A paraphrase changes most words: a diff of it would mark nearly everything.
          const diff = row.method === 'paraphrased' ? undefined : wordDiff(before, after);
          return (
            <tr key={`c${row.copy}`} className={row.method}>
              <td>
                <Numbered n={row.original.join(',')}>
                  {diff ? <WordDiffText diff={diff} side="-" /> : before}
                </Numbered>
              </td>
              <td>
                <Numbered n={row.copy}>{diff ? <WordDiffText diff={diff} side="+" /> : after}</Numbered>{' '}
                <span className="score">
                  {row.method} {row.score.toFixed(2)}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Numbered({ n, children }: { n: number | string; children: ReactNode }) {
  return (
    <>
      <span className="n">{n}</span> {children}
    </>
  );
}
