// The page for an address the UI does not know.
import { usePageTitle } from '../components/page-title.ts';
import { Link } from '../routing/link.tsx';
import { storiesPath } from '../routing/route.ts';

export function NotFoundPage({ path }: { path: string }) {
  usePageTitle('Not found');
  return (
    <>
      <h1>Not found</h1>
      <p>
        No page at <code>{path}</code>. <Link to={storiesPath()}>See the stories</Link>.
      </p>
    </>
  );
}
