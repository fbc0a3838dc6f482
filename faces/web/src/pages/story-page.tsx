// A story's page (/stories/:id): its provenance graph, its articles and roles, its derivations, and
// what each article adds.
import type { StoryAnswer } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ApiView } from '../components/api-view.tsx';
import { ArticleMeta } from '../components/article-meta.tsx';
import { ContributionsTable } from '../components/contributions-table.tsx';
import { DerivationList } from '../components/derivation-list.tsx';
import { count } from '../components/format.ts';
import { KinshipList } from '../components/kinship-list.tsx';
import { usePageTitle } from '../components/page-title.ts';
import { ProvenanceGraph } from '../components/provenance-graph.tsx';
import { RoleBadge } from '../components/role-badge.tsx';
import { roleCounts, storyTitle } from '../components/story-card.tsx';
import { Link } from '../routing/link.tsx';
import { articlePath } from '../routing/route.ts';

export function StoryPage({ id }: { id: string }) {
  usePageTitle(`Story ${id}`);
  const story = useApi<StoryAnswer>(`/api/stories/${encodeURIComponent(id)}`);
  return (
    <ApiView state={story} what={`story ${id}`}>
      {(s) => <StoryView story={s} />}
    </ApiView>
  );
}

function StoryView({ story }: { story: StoryAnswer }) {
  const several = story.articles.length > 1;
  return (
    <>
      <p className="kicker">Story {story.story}</p>
      <h1>{storyTitle(story)}</h1>
      <p className="meta">
        {count(story.articles.length, 'article')}
        {several && ` — ${roleCounts(story)}`}
      </p>
      {several && (
        <section>
          <h2>Provenance</h2>
          <ProvenanceGraph
            articles={story.articles}
            derivations={story.derivationsFull}
            kinships={story.kinships}
          />
          <DerivationList derivations={story.derivationsFull} />
          <KinshipList kinships={story.kinships} />
        </section>
      )}
      <section>
        <h2>Articles</h2>
        <ul className="articles">
          {story.articles.map((a) => (
            <li key={a.id}>
              <RoleBadge role={a.role} /> <Link to={articlePath(a.id)}>{a.id}</Link>{' '}
              {a.title && <span className="title">“{a.title}”</span>}{' '}
              <ArticleMeta publisher={a.publisher} published={a.published} />
            </li>
          ))}
        </ul>
      </section>
      {story.contributions.length > 0 && (
        <section>
          <h2>What each article adds</h2>
          <p className="hint">
            What an article states that no other article of the story does (its own copies aside), and the
            shared facts an independent report published first.
          </p>
          <ContributionsTable contributions={story.contributions} articles={story.articles} />
        </section>
      )}
    </>
  );
}
