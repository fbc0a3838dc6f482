// One story in the list: its label, title, how many articles and of which roles, and when.
import type { StoryListing } from '../api/types.ts';
import { Link } from '../routing/link.tsx';
import { storyPath } from '../routing/route.ts';
import { count, formatPublished } from './format.ts';

/** The title a story goes by: its original's, else its first article's. */
export function storyTitle(story: StoryListing): string {
  const original = story.articles.find((a) => a.role === 'original');
  return (original ?? story.articles[0])?.title ?? '';
}

/** "1 original · 4 copies · 2 independent", leaving out roles nobody has. */
export function roleCounts(story: StoryListing): string {
  const n = (role: string) => story.articles.filter((a) => a.role === role).length;
  return [
    n('original') > 0 ? count(n('original'), 'original') : '',
    n('copy') > 0 ? count(n('copy'), 'copy', 'copies') : '',
    n('independent') > 0 ? `${n('independent')} independent` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

export function StoryCard({ story }: { story: StoryListing }) {
  const dates = story.articles.flatMap((a) => (a.published ? [a.published] : [])).sort();
  const publishers = [...new Set(story.articles.flatMap((a) => (a.publisher ? [a.publisher] : [])))];
  const title = storyTitle(story);
  return (
    <li className="story-card">
      <Link to={storyPath(story.story)} className="story-link">
        <span className="story-label">{story.story}</span>
        {title && <span className="story-title">{title}</span>}
      </Link>
      <div className="meta">
        {count(story.articles.length, 'article')}
        {story.articles.length > 1 && ` — ${roleCounts(story)}`}
        {dates.length > 0 && ` · latest ${formatPublished(dates[dates.length - 1] as string)}`}
        {publishers.length > 0 && ` · ${publishers.join(', ')}`}
      </div>
    </li>
  );
}
