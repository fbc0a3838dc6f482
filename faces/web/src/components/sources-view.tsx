// Where an article comes from and who took from it (the API's Sources): derivations each way,
// kinships and the independent reports of its story.
import type { Sources } from '../api/types.ts';
import { Link } from '../routing/link.tsx';
import { articlePath } from '../routing/route.ts';
import { DerivationCard } from './derivation-card.tsx';
import { KinshipList } from './kinship-list.tsx';

/** `indexed` is false for a pasted text: its derivations cannot be compared, it has no copies. */
export function SourcesView({ sources, indexed = true }: { sources: Sources; indexed?: boolean }) {
  return (
    <>
      <section className="sources">
        <h2>Sources</h2>
        {sources.derivedFrom.length === 0 ? (
          <p className="empty">
            {indexed
              ? 'No indexed source: this article is not derived from another in the index.'
              : 'No indexed source: no indexed article was found that this text is derived from.'}
          </p>
        ) : (
          sources.derivedFrom.map((d) => (
            <DerivationCard
              key={d.original}
              derivation={d}
              from="copy"
              sentences={sources.sentences}
              comparable={indexed}
            />
          ))
        )}
      </section>
      {indexed && (
        <section className="copies">
          <h2>Copies</h2>
          {sources.copiedBy.length === 0 ? (
            <p className="empty">No indexed article is derived from this one.</p>
          ) : (
            sources.copiedBy.map((d) => (
              <DerivationCard key={d.copy} derivation={d} from="original" sentences={sources.sentences} />
            ))
          )}
        </section>
      )}
      {sources.kinships.length > 0 && (
        <section>
          <h2>Related through a third</h2>
          <KinshipList kinships={sources.kinships} />
        </section>
      )}
      {sources.independent.length > 0 && (
        <section>
          <h2>Independent reports of the same story</h2>
          <ul className="independent">
            {sources.independent.map((id) => (
              <li key={id}>
                <Link to={articlePath(id)}>{id}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
