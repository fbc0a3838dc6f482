// The web UI's frame: the header with its navigation, and the page the address names.
import { ArticlePage } from './pages/article-page.tsx';
import { CheckPage } from './pages/check-page.tsx';
import { ComparePage } from './pages/compare-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { QuotesPage } from './pages/quotes-page.tsx';
import { StoriesPage } from './pages/stories-page.tsx';
import { StoryPage } from './pages/story-page.tsx';
import { Link } from './routing/link.tsx';
import { useAddress } from './routing/navigation.ts';
import { checkPath, comparePath, parseRoute, quotesPath, type Route, storiesPath } from './routing/route.ts';

export function App() {
  const { pathname, search } = useAddress();
  const route = parseRoute(pathname, search);
  return (
    <>
      <header className="top">
        <Link to={storiesPath()} className="brand">
          newstrace
        </Link>
        <nav>
          <Link to={storiesPath()} className={route.page === 'stories' ? 'active' : undefined}>
            Stories
          </Link>
          <Link to={quotesPath()} className={route.page === 'quotes' ? 'active' : undefined}>
            Quotations
          </Link>
          <Link to={comparePath('', '')} className={route.page === 'compare' ? 'active' : undefined}>
            Compare
          </Link>
          <Link to={checkPath()} className={route.page === 'check' ? 'active' : undefined}>
            Where does it come from?
          </Link>
        </nav>
      </header>
      <main>
        <Page route={route} />
      </main>
    </>
  );
}

/** The page of a route; a key per page so its state starts afresh when another one is opened. */
function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'stories':
      return <StoriesPage q={route.q} since={route.since} />;
    case 'story':
      return <StoryPage key={route.id} id={route.id} />;
    case 'article':
      return <ArticlePage key={route.id} id={route.id} />;
    case 'compare':
      return <ComparePage a={route.a} b={route.b} />;
    case 'quotes':
      return <QuotesPage speaker={route.speaker} />;
    case 'check':
      return <CheckPage />;
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}
