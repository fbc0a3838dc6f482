// An article's page (/articles/:id): its metadata, what it brings to its story, its sources and
// copies with the evidence, and its text.
import { coveragePhrase } from '../../../../src/report/coverage-phrase.ts';
import type { ArticleAnswer, Sources } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ApiView } from '../components/api-view.tsx';
import { ArticleMeta } from '../components/article-meta.tsx';
import { ExternalUrl } from '../components/external-url.tsx';
import { usePageTitle } from '../components/page-title.ts';
import { RoleBadge } from '../components/role-badge.tsx';
import { SourcesView } from '../components/sources-view.tsx';
import { Link } from '../routing/link.tsx';
import { storyPath } from '../routing/route.ts';

export function ArticlePage({ id }: { id: string }) {
  usePageTitle(`Article ${id}`);
  const path = `/api/articles/${encodeURIComponent(id)}`;
  const article = useApi<ArticleAnswer>(path);
  const sources = useApi<Sources>(`${path}/sources`);
  return (
    <ApiView state={article} what={`article ${id}`}>
      {(a) => (
        <>
          <ArticleHeader answer={a} />
          <ApiView state={sources} what={`the sources of ${id}`}>
            {(s) => <SourcesView sources={s} />}
          </ApiView>
          <ArticleText text={a.text} />
        </>
      )}
    </ApiView>
  );
}

function ArticleHeader({ answer }: { answer: ArticleAnswer }) {
  const { article, contribution } = answer;
  return (
    <header className="article-header">
      <p className="kicker">
        Article {article.id}
        {contribution && (
          <>
            {' '}
            <RoleBadge role={contribution.role} />
          </>
        )}
      </p>
      <h1>{article.title || article.id}</h1>
      <p>
        <ArticleMeta publisher={article.publisher} published={article.published} />
      </p>
      <dl className="facts">
        {article.url && (
          <>
            <dt>URL</dt>
            <dd>
              <ExternalUrl url={article.url} />
            </dd>
          </>
        )}
        <dt>Story</dt>
        <dd>
          <Link to={storyPath(article.story)}>{article.story}</Link>
        </dd>
        <dt>Read from</dt>
        <dd className="path">{article.path}</dd>
        <dt>Sentences</dt>
        <dd>{answer.sentences.length}</dd>
        {contribution && (
          <>
            <dt>Brings</dt>
            <dd>{coveragePhrase(contribution)}</dd>
          </>
        )}
      </dl>
    </header>
  );
}

/** The text as stored, a paragraph per line. */
function ArticleText({ text }: { text: string }) {
  const paragraphs = text.split(/\n+/).filter((p) => p.trim() !== '');
  return (
    <section className="article-text">
      <h2>Text</h2>
      {paragraphs.map((p, i) => (
        // Paragraphs have no id; their position is their identity and never changes for one text.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <p key={i}>{p}</p>
      ))}
    </section>
  );
}
