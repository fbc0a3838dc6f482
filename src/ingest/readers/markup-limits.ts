// Counts the elements and nesting of HTML or XML with one fast scan, before any parser or Readability sees it.
import { type Diagnostic, diagnostic } from '../../errors.ts';
import { maxCharacterReferences, maxElements, maxNestingDepth } from '../limits.ts';

/** Elements that never hold others (HTML void elements): they open no level. */
const voidElements = new Set(
  'area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen'.split(
    ' ',
  ),
);

/**
 * Elements whose end tag HTML lets a page leave out (p, li, td…): the parser closes them itself, so
 * counting them as open would take sloppy pages for deep ones. They count as elements, not levels.
 */
const impliedEnd = new Set(
  'p li dt dd option optgroup tr td th thead tbody tfoot colgroup rb rt rp'.split(' '),
);

/** Elements whose content is text, not markup: a `<` inside is no tag. */
const rawText = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed']);

/** How many elements markup opens and how deep they nest (the deepest level reached), counted leniently. */
export interface MarkupShape {
  elements: number;
  depth: number;
  /** Character references (`&amp;`, `&#8217;`): linkedom and Readability take some 10 µs over each. */
  references: number;
}

const tagName = /<(\/?)([A-Za-z][\w:.-]*)/y;

/**
 * Scans markup once: start tags count as elements and open a level (unless void, self-closed or
 * with an end tag HTML implies), end tags close one; comments, CDATA, declarations and raw-text
 * elements' content are skipped. Linear in the text's length; stops as soon as `maxElements` or
 * `maxNestingDepth` is passed, so the counts are then one over the limit.
 */
export function markupShape(text: string, html = true): MarkupShape {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      i = end < 0 ? -1 : text.indexOf('<', end + 3);
      continue;
    }
    if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i + 9);
      i = end < 0 ? -1 : text.indexOf('<', end + 3);
      continue;
    }
    tagName.lastIndex = i;
    const m = tagName.exec(text);
    if (!m) {
      // A stray `<` costs the parser as a tag does (2 million took minutes): it counts as an element.
      if (++elements > maxElements) break;
      i = text.indexOf('<', i + 1);
      continue;
    }
    const close = text.indexOf('>', tagName.lastIndex);
    if (close < 0) break;
    const name = (m[2] as string).toLowerCase();
    if (m[1]) {
      if (!(html && (voidElements.has(name) || impliedEnd.has(name))) && depth > 0) depth--;
      i = text.indexOf('<', close + 1);
      continue;
    }
    elements++;
    const selfClosed = text[close - 1] === '/';
    if (!selfClosed && !(html && (voidElements.has(name) || impliedEnd.has(name)))) {
      depth++;
      if (depth > deepest) deepest = depth;
    }
    // Past a limit the input is refused whatever follows: stop (20 MB of tags would take seconds).
    if (elements > maxElements || deepest > maxNestingDepth) break;
    if (html && !selfClosed && rawText.has(name)) {
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = close + 1;
      i = end.exec(text)?.index ?? -1;
      continue;
    }
    i = text.indexOf('<', close + 1);
  }
  return { elements, depth: deepest, references: countReferences(text) };
}

/** How many `&` start a character reference (`&` then `#` or a letter); counted, not collected. */
function countReferences(text: string): number {
  let n = 0;
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    const next = text.charCodeAt(i + 1) | 0x20;
    if (next === 0x23 || (next >= 0x61 && next <= 0x7a)) n++;
  }
  return n;
}

/**
 * NT_INGEST_TOO_COMPLEX when markup nests deeper than `maxNestingDepth`, holds more than `maxElements`
 * elements or more than `maxCharacterReferences` character references (limits.ts), naming the input
 * and the limit; undefined when within all three.
 */
export function markupTooComplex(
  text: string,
  input: string,
  source: string,
  html = true,
): Diagnostic | undefined {
  const shape = markupShape(text, html);
  if (shape.depth > maxNestingDepth)
    return diagnostic('NT_INGEST_TOO_COMPLEX', source, input, `elements nested over ${maxNestingDepth} deep`);
  if (shape.elements > maxElements)
    return diagnostic('NT_INGEST_TOO_COMPLEX', source, input, `over ${maxElements} elements`);
  if (shape.references > maxCharacterReferences)
    return diagnostic(
      'NT_INGEST_TOO_COMPLEX',
      source,
      input,
      `${shape.references} character references (&…;); at most ${maxCharacterReferences}`,
    );
  return undefined;
}
