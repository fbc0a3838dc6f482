// Articles of a family that share text only through another member, one line per way of being
// related: "siblings, sharing text only through X: a, b, c" (copies of one source), or a chain's ends.
import type { Kinship } from '../api/types.ts';
import { Link } from '../routing/link.tsx';
import { articlePath } from '../routing/route.ts';
import { groupKinships } from './kinship-groups.ts';

export function KinshipList({ kinships }: { kinships: Kinship[] }) {
  if (kinships.length === 0) return null;
  return (
    <ul className="kinships">
      {groupKinships(kinships).map((g) => (
        <li key={`${g.relation}\u0000${g.via.join('\u0000')}`}>
          {g.relation === 'siblings' ? 'Siblings' : 'Related indirectly'}, sharing text only through{' '}
          <Ids ids={g.via} separator=" → " />: <Ids ids={g.members} separator=", " />
        </li>
      ))}
    </ul>
  );
}

function Ids({ ids, separator }: { ids: string[]; separator: string }) {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && separator}
          <Link to={articlePath(id)}>{id}</Link>
        </span>
      ))}
    </>
  );
}
