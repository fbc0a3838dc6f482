// The stories page (/): the index's stories, newest first, searched and filtered by date, a page at a time.
import { type FormEvent, useState } from 'react';
import { ApiError, apiUrl, fetchJson } from '../api/client.ts';
import type { StoriesAnswer, StoryListing } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ApiView, ErrorMessage, Loading } from '../components/api-view.tsx';
import { usePageTitle } from '../components/page-title.ts';
import { StoryCard } from '../components/story-card.tsx';
import { navigate } from '../routing/navigation.ts';
import { storiesPath } from '../routing/route.ts';

/** Stories asked for per request. */
const pageSize = 20;

export function StoriesPage({ q, since }: { q: string; since: string }) {
  usePageTitle(q ? `Stories: ${q}` : 'Stories');
  return (
    <>
      <h1>Stories</h1>
      <StoryFilters key={`filters\u0000${q}\u0000${since}`} q={q} since={since} />
      <StoryResults key={`results\u0000${q}\u0000${since}`} q={q} since={since} />
    </>
  );
}

/** The search box and date filter; submitting puts them in the address. */
function StoryFilters({ q, since }: { q: string; since: string }) {
  const [text, setText] = useState(q);
  const [date, setDate] = useState(since);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(storiesPath({ q: text.trim(), since: date }));
  };
  return (
    <form className="filters" onSubmit={submit}>
      <label>
        Search{' '}
        <input
          type="search"
          name="q"
          value={text}
          placeholder="words of a title, an id or a publisher"
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <label>
        Since{' '}
        <input type="date" name="since" value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      <button type="submit">Show</button>
      {(q || since) && (
        <button type="button" className="secondary" onClick={() => navigate(storiesPath())}>
          Clear
        </button>
      )}
    </form>
  );
}

/** The first page of results, then further pages appended by "More stories". */
function StoryResults({ q, since }: { q: string; since: string }) {
  const first = useApi<StoriesAnswer>(apiUrl('/api/stories', { q, since, limit: pageSize }));
  const [later, setLater] = useState<StoryListing[]>([]);
  const [next, setNext] = useState<string | null>();
  const [paging, setPaging] = useState<'idle' | 'loading' | Error>('idle');
  return (
    <ApiView state={first} what="stories">
      {(answer) => {
        const stories = [...answer.stories, ...later];
        const cursor = next === undefined ? answer.next : next;
        const more = async () => {
          setPaging('loading');
          try {
            const page = await fetchJson<StoriesAnswer>(
              apiUrl('/api/stories', { q, since, limit: pageSize, cursor: cursor ?? undefined }),
            );
            setLater((seen) => [...seen, ...page.stories]);
            setNext(page.next);
            setPaging('idle');
          } catch (error) {
            setPaging(error instanceof Error ? error : new ApiError(0, String(error)));
          }
        };
        if (stories.length === 0)
          return (
            <p className="empty">{q || since ? 'No story matches.' : 'The index holds no story yet.'}</p>
          );
        return (
          <>
            <ul className="stories">
              {stories.map((story) => (
                <StoryCard key={story.story} story={story} />
              ))}
            </ul>
            {paging === 'loading' && <Loading what="more stories" />}
            {paging instanceof Error && <ErrorMessage what="more stories" error={paging} />}
            {cursor && paging !== 'loading' && (
              <button type="button" className="more" onClick={more}>
                More stories
              </button>
            )}
          </>
        );
      }}
    </ApiView>
  );
}
