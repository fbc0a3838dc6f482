// Which outlet an article is from, and which outlets it credits as a source.
import type { SegmentedArticle } from '../../segment/types.ts';

// An outlet name: up to five capitalised words; "U.S."-style initials keep their dots, a sentence's full stop does not.
const word = String.raw`(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}&'’-]*`;
const name = `(?:${word})(?: (?:${word})){0,4}`;

/** Datelines: "EASTBRIDGE (Eastbridge Observer) —", "WASHINGTON (AP) —", "CNN —" on its own line. */
const datelines = [
  new RegExp(String.raw`^\p{Lu}[\p{Lu} .,'’-]{1,40}\((${name})\)\s*[—-]`, 'u'),
  new RegExp(String.raw`^(${name})\s*\n?\s*—\s`, 'u'),
];

/** Phrases that credit another outlet with the reporting, or boilerplate carried over from it. */
const creditPatterns = [
  new RegExp(`(?:[Ss]ubscribe to|[Ff]ollow|©|[Cc]opyright(?: ©)?(?: \\d{4})?) (?:the )?(${name})`, 'gu'),
  new RegExp(`(?:originally|first) (?:appeared|published|ran) (?:in|on|at|by) (?:the )?(${name})`, 'gu'),
  new RegExp(`reported by (?:the )?(${name})`, 'gu'),
  new RegExp(`(?:told|according to|via|courtesy of) (?:the )?(${name})`, 'gu'),
  new RegExp(String.raw`(${name}),? (?:previously |first |earlier |originally )?reported\b`, 'gu'),
];

/** The article's own outlet: its declared publisher, else the outlet in its dateline. */
export function ownOutlet(article: SegmentedArticle): { outlet: string; how: string } | undefined {
  if (article.meta.publisher) return { outlet: article.meta.publisher, how: 'publisher' };
  return datelineOutlet(article);
}

/** The outlet named by the article's dateline, if it has one. */
function datelineOutlet(article: SegmentedArticle): { outlet: string; how: string } | undefined {
  const head = article.text.slice(0, 200);
  for (const pattern of datelines) {
    const m = pattern.exec(head);
    if (m?.[1] && m[1].split(' ').length <= 4)
      return { outlet: m[1], how: `dateline "${m[0].replace(/\s+/g, ' ').trim()}"` };
  }
  return undefined;
}

/**
 * Outlet names the article credits, with the phrase that credits each ("as previously reported by
 * CNN", "Subscribe to the Valley Herald"). A dateline naming another outlet than the declared
 * publisher is a credit too: the text was carried over with it.
 */
export function creditedOutlets(article: SegmentedArticle): Array<{ outlet: string; phrase: string }> {
  const found: Array<{ outlet: string; phrase: string }> = [];
  const dateline = datelineOutlet(article);
  if (dateline && article.meta.publisher && !isSameOutlet(dateline.outlet, article.meta.publisher)) {
    found.push({ outlet: dateline.outlet, phrase: dateline.how });
  }
  for (const pattern of creditPatterns) {
    for (const m of article.text.matchAll(pattern)) found.push({ outlet: m[1] as string, phrase: m[0] });
  }
  return found;
}

/** True when two outlet names refer to one outlet: equal, or one is the other's last words ("Observer"). */
export function isSameOutlet(x: string, y: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/^the /, '').replace(/[’']/g, "'").trim();
  const [a, b] = [norm(x), norm(y)];
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 2 && long.endsWith(` ${short}`);
}
