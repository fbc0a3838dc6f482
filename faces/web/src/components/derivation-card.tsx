// One derivation seen from one of its articles: the other article, method, coverage, confidence,
// the evidence for the verdict and its direction, and the passages taken.
import type { Derivation } from '../api/types.ts';
import { Link } from '../routing/link.tsx';
import { articlePath, comparePath } from '../routing/route.ts';
import { EvidenceList } from './evidence-list.tsx';
import { derivationName, percent } from './format.ts';

/**
 * `from="copy"` shows the derivation on the copy's page (its source named), `from="original"` on
 * the original's (the copy named). `sentences` (as `Sources.sentences`) gives the passages' first
 * sentences; `comparable` is false for an article that is not indexed (nothing to compare with).
 */
export function DerivationCard({
  derivation: d,
  from,
  sentences,
  comparable = true,
}: {
  derivation: Derivation;
  from: 'copy' | 'original';
  sentences: Record<string, string[]>;
  comparable?: boolean;
}) {
  const other = from === 'copy' ? d.original : d.copy;
  return (
    <article className={`derivation-card ${d.method}`}>
      <h3>
        {from === 'copy' ? 'From ' : 'Copied by '}
        <Link to={articlePath(other)}>{other}</Link>
        <span className={`method ${d.method}`}>{derivationName(d)}</span>
      </h3>
      <p className="figures">
        {percent(d.copyCoverage)} of the copy from the original · {percent(d.originalCoverage)} of the
        original reused · confidence {d.confidence.toFixed(2)} (derived {d.derivedProbability.toFixed(2)},
        direction {d.directionConfidence.toFixed(2)})
        {comparable && (
          <>
            {' · '}
            <Link to={comparePath(d.original, d.copy)} className="compare-link">
              compare side by side
            </Link>
          </>
        )}
      </p>
      <EvidenceList evidence={d.evidence} />
      {d.passages.length > 0 && (
        <details className="passages">
          <summary>{d.passages.length === 1 ? '1 passage' : `${d.passages.length} passages`} aligned</summary>
          <table>
            <thead>
              <tr>
                <th>original {d.original}</th>
                <th>copy {d.copy}</th>
              </tr>
            </thead>
            <tbody>
              {d.passages.map((p) => (
                <tr key={`${p.original[0]}-${p.copy[0]}`} className={p.method}>
                  <td>
                    <span className="n">{range(p.original)}</span>{' '}
                    {sentences[d.original]?.[p.original[0]] ?? ''}
                  </td>
                  <td>
                    <span className="n">{range(p.copy)}</span> {sentences[d.copy]?.[p.copy[0]] ?? ''}{' '}
                    <span className="score">
                      {p.method} {p.similarity.toFixed(2)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </article>
  );
}

/** Sentences 3–7 of a passage, as numbered beside them. */
const range = ([first, last]: [number, number]) => (first === last ? `${first}` : `${first}–${last}`);
