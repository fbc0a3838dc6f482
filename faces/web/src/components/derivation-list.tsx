// A story's derivations, one line each: copy ← original, how, how much, how sure, and a compare link.
import type { Derivation } from '../api/types.ts';
import { Link } from '../routing/link.tsx';
import { articlePath, comparePath } from '../routing/route.ts';
import { derivationName, percent } from './format.ts';

export function DerivationList({ derivations }: { derivations: Derivation[] }) {
  if (derivations.length === 0)
    return <p className="empty">No article of this story is derived from another.</p>;
  return (
    <ul className="derivations">
      {derivations.map((d) => (
        <li key={`${d.original}\u0000${d.copy}`}>
          <Link to={articlePath(d.copy)}>{d.copy}</Link> ←{' '}
          <Link to={articlePath(d.original)}>{d.original}</Link>:{' '}
          <span className={`method ${d.method}`}>{derivationName(d)}</span>, {percent(d.copyCoverage)} of the
          copy from the original, {percent(d.originalCoverage)} of the original reused, confidence{' '}
          {d.confidence.toFixed(2)} · <Link to={comparePath(d.original, d.copy)}>compare</Link>
        </li>
      ))}
    </ul>
  );
}
