// What each article brings to its story, as a compact table: its own sentences and quotations,
// names and numbers no other article states, a copy's filler, and the shared facts it had first.
import type { Contribution, StoryArticle } from '../api/types.ts';
import { Link } from '../routing/link.tsx';
import { articlePath } from '../routing/route.ts';
import { RoleBadge } from './role-badge.tsx';

/** Names and numbers shown per cell before "+N more". */
const listed = 6;

export function ContributionsTable({
  contributions,
  articles,
}: {
  contributions: Contribution[];
  articles: StoryArticle[];
}) {
  const byId = new Map(contributions.map((c) => [c.article, c]));
  return (
    <table className="contributions">
      <thead>
        <tr>
          <th>article</th>
          <th>role</th>
          <th title="sentences no other article has a counterpart for">own sentences</th>
          <th title="quotations no other article carries">own quotes</th>
          <th>names no other article states</th>
          <th>numbers no other article states</th>
          <th title="shared facts this report published before the others sharing them">first with</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => {
          const c = byId.get(article.id);
          return (
            <tr key={article.id}>
              <td>
                <Link to={articlePath(article.id)}>{article.id}</Link>
                {article.publisher && <div className="meta">{article.publisher}</div>}
              </td>
              <td>
                <RoleBadge role={article.role} />
              </td>
              <td className="number">
                {c ? c.adds.sentences.length : ''}
                {c?.adds.filler && c.adds.filler.length > 0 && (
                  <span className="meta" title="added sentences stating no name and no number">
                    {' '}
                    ({c.adds.filler.length} filler)
                  </span>
                )}
              </td>
              <td className="number">{c ? c.adds.quotes.length : ''}</td>
              <td>{c ? <ShortList items={c.adds.names} /> : ''}</td>
              <td>{c ? <ShortList items={c.adds.numbers} /> : ''}</td>
              <td className="number">{c && c.firstWith.length > 0 ? c.firstWith.length : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** "Met Office, Ada Quill +3 more", the full list in the tooltip. */
function ShortList({ items }: { items: string[] }) {
  if (items.length <= listed) return <>{items.join(', ')}</>;
  return (
    <span
      title={items.join(', ')}
    >{`${items.slice(0, listed).join(', ')} +${items.length - listed} more`}</span>
  );
}
