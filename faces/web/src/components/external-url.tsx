// An article's URL as given: a link when it is http(s), plain text otherwise.
import { webUrl } from './web-url.ts';

/** Shows `url`; only an http: or https: URL is put in an href, and it opens without an opener. */
export function ExternalUrl({ url }: { url: string }) {
  const href = webUrl(url);
  if (!href) return <span className="url">{url}</span>;
  return (
    <a className="url" href={href} rel="noopener noreferrer nofollow" target="_blank">
      {url}
    </a>
  );
}
