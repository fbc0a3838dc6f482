// Which URLs from the API may become a link: only http: and https: ones (never javascript:, data:…).

/** The URL, normalised, when it is an absolute http: or https: URL; undefined otherwise. */
export function webUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
