// Reads PolNeAR (articles + brat standoff attribution annotations) and derives its gold direct quotes.
//
// Layout: `<part>/text/<name>.txt` and `<part>/attributions/<name>_<annotator>.ann`. A few texts were
// annotated by more than one annotator (16 in train, 2 in dev, for agreement checks); we use the
// alphabetically first .ann of each text, so every text counts once and the choice is reproducible.
//
// Offsets: brat offsets here are JS string (UTF-16) offsets into the .txt as read. Checked on train
// and dev: slicing the text with every span's offsets gives its annotated text (88,051 + 9,095 spans);
// the files have no BOM, no CR and no characters outside the BMP, so code points and UTF-16 units
// coincide anyway. `readPolnear` re-checks every span and throws if one does not match.
//
// Gold quotes ("Content spans that are quotations in quote marks"): within each Content span, taking
// its fragments in order, each maximal run of text between an opening and a closing double quotation
// mark, without the marks and with surrounding whitespace trimmed. Curly marks say which they are (“
// opens, ” closes); straight marks (") alternate open/close from the start of their paragraph
// (a line of the text), except that a straight mark closes a quotation a curly mark opened (`“…,"`
// occurs in the corpus); two apostrophes are a straight mark, as the corpus's New York Times texts
// write quotations (`''…''`, in 123 of the 924 texts; see `quoteMarks`). A mark opened but not closed before the Content span ends runs to the span's
// end. Choices the definition leaves open, made so gold pieces are comparable with the extractor's
// `parts` (one per contiguous quoted piece, split at paragraph breaks):
// - a run is also cut where a fragment of a discontinuous span ends and resumes where the next one
//   starts (the cue between fragments is not quoted text), unless only whitespace lies between them
//   (a quotation selected sentence by sentence); and it ends at a line break (a quotation running
//   over paragraphs reopens with a mark in each paragraph by newspaper convention);
// - a fragment that starts right after an opening mark (spaces aside) is quoted from its start: the
//   annotator left the mark out of the span (24 more gold quotes in train, e.g. the second part of a
//   quotation split by "he said");
// - an opening mark inside an open run ends that run and starts a new one (a missing closing mark);
//   a closing mark outside a run is ignored;
// - runs that are empty after trimming are dropped, and a run given by two Content spans counts once.
// Each gold quote keeps the Source span(s) of its attribution: null for Attribution-no-source, for a
// Content linked to no relation, or when the relation links no Source. Content2 (a second content of
// one attribution) counts as a Content. This gives 8,420 gold quotes in train (840 articles) and 907
// in dev (84 articles); before two apostrophes were read as a mark, 6,766 and 800.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** [start, end) in JS string offsets, end exclusive. */
export type Span = [number, number];

/** One text-bound annotation (`T<n>`): its type (Source, Cue, Content, …) and fragments in file order. */
export interface BratSpan {
  id: string;
  type: string;
  fragments: Span[];
  /** The annotated text as the .ann gives it: fragments joined by one space. */
  text: string;
}

/** One relation (`E<n>`): its type and its arguments as [role, span id] (roles Attribution, Content, Cue, Source, Content2). */
export interface BratRelation {
  id: string;
  type: string;
  args: Array<[string, string]>;
}

export interface BratAnnotations {
  spans: Map<string, BratSpan>;
  relations: BratRelation[];
}

/** A direct quote of the gold annotation. */
export interface GoldQuote {
  start: number;
  end: number;
  /** The Source spans (speaker mention) of its attribution; null when it has none. */
  sources: Span[] | null;
  /** The relation (`E<n>`) it belongs to, or the Content span's id when no relation links it. */
  attribution: string;
}

/** One PolNeAR article with its gold quotes. */
export interface PolnearDoc {
  /** The text file's name without `.txt`. */
  name: string;
  path: string;
  /** The .txt as read (UTF-8). */
  text: string;
  /** The annotator code of the .ann used (`d473`). */
  annotator: string;
  quotes: GoldQuote[];
  /** Every fragment of every Content span, quoted or not, in text order (for error analysis). */
  contents: Span[];
}

/**
 * Parses a brat standoff file. Lines that start with neither `T`, `E`, `#`, `R`, `A` nor `N` plus an
 * id continue the previous span's text (brat writes a span's newlines as they are).
 */
export function parseBrat(ann: string): BratAnnotations {
  const spans = new Map<string, BratSpan>();
  const relations: BratRelation[] = [];
  let last: BratSpan | null = null;
  // The file's final newline ends the last line; any other empty line belongs to a span's text.
  for (const line of ann.replace(/\n$/, '').split('\n')) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/.exec(line);
    if (t) {
      const fragments = (t[3] as string).split(';').map((f): Span => {
        const [a, b] = f.trim().split(/\s+/).map(Number);
        return [a as number, b as number];
      });
      last = { id: t[1] as string, type: t[2] as string, fragments, text: t[4] as string };
      spans.set(last.id, last);
      continue;
    }
    const e = /^(E\d+)\t(.*)$/.exec(line);
    if (e) {
      const args = (e[2] as string)
        .trim()
        .split(/\s+/)
        .filter((a) => a.includes(':'))
        .map((a): [string, string] => {
          const i = a.indexOf(':');
          return [a.slice(0, i), a.slice(i + 1)];
        });
      const trigger = args[0];
      relations.push({ id: e[1] as string, type: trigger?.[0] ?? '', args });
      last = null;
      continue;
    }
    if (/^[#RAN*]\S*\t/.test(line)) last = null;
    else if (last) last.text += `\n${line}`;
  }
  return { spans, relations };
}

/** Spans whose offsets do not give their annotated text (fragments joined by a space, as brat does). */
export function mismatchedSpans(text: string, annotations: BratAnnotations): BratSpan[] {
  return [...annotations.spans.values()].filter(
    (s) => s.fragments.map(([a, b]) => text.slice(a, b)).join(' ') !== s.text,
  );
}

const straight = '"';
const curlyOpen = '“';
const curlyClose = '”';

/**
 * Every double quotation mark of `text` with whether it opens. Curly marks by their shape; a straight
 * one closes when a quotation is open on its line and opens otherwise, so straight marks alternate
 * from the start of their line (the first opens), and a straight mark can close a curly one
 * (`“…,"` occurs in the corpus). Two apostrophes are a straight double mark, as the New York Times
 * texts of the corpus write quotations (`''We're in a bubble,'' he said`); a third beside them
 * belongs to a nested quotation (`'''` closes the single then the double, or opens the double then
 * the single). A two-character mark is keyed by its character next to the quoted text (its last
 * when it opens, its first when it closes), so the text between two marks is the quotation.
 */
export function quoteMarks(text: string): Map<number, boolean> {
  const marks = new Map<number, boolean>();
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') open = false;
    else if (ch === "'") {
      let run = 1;
      while (run < 3 && text[i + run] === "'") run++;
      if (run < 2) continue;
      marks.set(open ? i + run - 2 : i + 1, !open);
      open = !open;
      i += run - 1;
    } else if (ch === curlyOpen || ch === curlyClose || (ch === straight && !open)) {
      open = ch !== curlyClose;
      marks.set(i, open);
    } else if (ch === straight) {
      open = false;
      marks.set(i, false);
    }
  }
  return marks;
}

/** Whether an opening mark comes right before `at`, whitespace aside (a span that left its mark out). */
export function afterOpening(text: string, marks: Map<number, boolean>, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return marks.get(i) === true;
}

/** `span` without whitespace at either end; may come out empty (start === end). */
export function trimSpan(text: string, [start, end]: Span): Span {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text[a] as string)) a++;
  while (b > a && /\s/.test(text[b - 1] as string)) b--;
  return [a, b];
}

/**
 * The quoted runs inside a Content span given as fragments (see the header for the rules). `marks`
 * is `quoteMarks(text)`, passed in so an article's marks are found once.
 */
export function quotedRuns(text: string, fragments: Span[], marks: Map<number, boolean>): Span[] {
  const runs: Span[] = [];
  let openAt = -1;
  const close = (end: number) => {
    if (openAt < 0) return;
    const run = trimSpan(text, [openAt, end]);
    if (run[1] > run[0]) runs.push(run);
    openAt = -1;
  };
  // Fragments with only whitespace between them are one stretch of text: annotators often selected a
  // long quotation sentence by sentence (`3002 3093;3094 3119`), which must not cut it into pieces.
  const ordered: Span[] = [];
  for (const f of [...fragments].sort((x, y) => x[0] - y[0])) {
    const last = ordered[ordered.length - 1];
    if (last && /^\s*$/.test(text.slice(last[1], f[0]))) last[1] = Math.max(last[1], f[1]);
    else ordered.push([f[0], f[1]]);
  }
  for (const [start, end] of ordered) {
    // A run open at the end of the previous fragment resumes here; a fragment that starts right after
    // an opening mark is quoted from its start (the annotator left the mark out).
    if (openAt >= 0 || afterOpening(text, marks, start)) openAt = start;
    for (let i = start; i < end; i++) {
      if (text[i] === '\n') {
        close(i);
        continue;
      }
      const opens = marks.get(i);
      if (opens === undefined) continue;
      if (opens) {
        close(i);
        openAt = i + 1;
      } else close(i);
    }
    if (openAt >= 0) {
      const kept = openAt;
      close(end);
      openAt = kept;
    }
  }
  return runs;
}

/**
 * The gold quotes of one article: the quoted runs of every Content span, each with the Source spans
 * of the attribution that links it. Sorted by start.
 */
export function goldQuotes(text: string, annotations: BratAnnotations): GoldQuote[] {
  const marks = quoteMarks(text);
  const linked = new Map<string, { relation: string; sources: Span[] | null }>();
  for (const r of annotations.relations) {
    const sourceSpans = r.args
      .filter(([role]) => role === 'Source')
      .flatMap(([, id]) => annotations.spans.get(id)?.fragments ?? []);
    const sources = r.type === 'Attribution' && sourceSpans.length > 0 ? sourceSpans : null;
    for (const [role, id] of r.args) {
      if (role.startsWith('Content')) linked.set(id, { relation: r.id, sources });
    }
  }
  const quotes: GoldQuote[] = [];
  const seen = new Set<string>();
  for (const span of annotations.spans.values()) {
    if (span.type !== 'Content') continue;
    const link = linked.get(span.id);
    for (const [start, end] of quotedRuns(text, span.fragments, marks)) {
      const key = `${start}:${end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      quotes.push({ start, end, sources: link?.sources ?? null, attribution: link?.relation ?? span.id });
    }
  }
  return quotes.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Reads one part of PolNeAR (`folder` holds `text/` and `attributions/`): every text that has an
 * annotation file, in name order, with the alphabetically first .ann of each text. Throws when an
 * annotation's offsets do not give its text.
 */
export function readPolnear(folder: string): PolnearDoc[] {
  const annFiles = new Map<string, string>();
  for (const file of readdirSync(join(folder, 'attributions')).sort()) {
    const m = /^(.*)_([0-9a-z]+)\.ann$/.exec(file);
    if (m && !annFiles.has(m[1] as string)) annFiles.set(m[1] as string, file);
  }
  const docs: PolnearDoc[] = [];
  for (const [name, annFile] of [...annFiles].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const path = join(folder, 'text', `${name}.txt`);
    const text = readFileSync(path, 'utf8');
    const annotations = parseBrat(readFileSync(join(folder, 'attributions', annFile), 'utf8'));
    const bad = mismatchedSpans(text, annotations)[0];
    if (bad)
      throw new Error(`${annFile}: ${bad.id} at ${bad.fragments.join(';')} does not give "${bad.text}"`);
    const annotator = (/_([0-9a-z]+)\.ann$/.exec(annFile) as RegExpExecArray)[1] as string;
    const contents = [...annotations.spans.values()]
      .filter((s) => s.type === 'Content')
      .flatMap((s) => s.fragments)
      .sort((a, b) => a[0] - b[0]);
    docs.push({ name, path, text, annotator, quotes: goldQuotes(text, annotations), contents });
  }
  return docs;
}
