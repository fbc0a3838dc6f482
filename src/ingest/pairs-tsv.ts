// Reads sentence-pair files: MSRP's and STS-B's TSV layouts, with or without their header row.

/** One sentence pair, with its gold label when the file has one. */
export interface SentencePair {
  /** 1-based line number in the file. */
  line: number;
  a: string;
  b: string;
  /** MSRP's Quality (0/1), when present. */
  label?: number;
  /** STS-B's similarity 0–5, when present. */
  score?: number;
}

/** A row that could not be read: the pair keeps its place in the output with this reason. */
export interface PairRowError {
  line: number;
  error: string;
}

export interface PairsFile {
  layout: 'msrp' | 'stsb';
  rows: Array<SentencePair | PairRowError>;
}

interface Columns {
  layout: PairsFile['layout'];
  a: number;
  b: number;
  label?: number;
  score?: number;
  header: boolean;
}

/**
 * Parses a pairs file. With a header, the text columns are `#1 String`/`#2 String` (MSRP, label
 * `Quality`) or `sentence1`/`sentence2` (STS-B/GLUE, gold `score` or `label`); other columns are
 * ignored. Without one, a 5-column file whose first field is 0/1 is read as MSRP and a 10-column
 * file ending in a number as STS-B's original layout. A BOM (also MSRP's double-encoded one) and
 * CRLF line ends are accepted.
 * Throws an Error naming the reason when the layout is not recognised.
 */
export function parsePairsTsv(text: string): PairsFile {
  // MSRP's file starts with a BOM that was encoded twice: the bytes of "ï»¿".
  const lines = text.replace(/^(?:\uFEFF|ï»¿)+/, '').split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const first = (lines[0] ?? '').split('\t');
  const columns = headerColumns(first) ?? guessColumns(first);
  if (!columns) {
    throw new Error(
      'no "#1 String"/"#2 String" (MSRP) or "sentence1"/"sentence2" (STS-B) header, and the rows fit neither layout',
    );
  }
  const rows: PairsFile['rows'] = [];
  lines.forEach((line, i) => {
    if (i === 0 && columns.header) return;
    const fields = line.split('\t');
    const a = fields[columns.a]?.trim();
    const b = fields[columns.b]?.trim();
    if (!a || !b) {
      rows.push({
        line: i + 1,
        error: `line ${i + 1}: expected text in columns ${columns.a + 1} and ${columns.b + 1}`,
      });
      return;
    }
    const pair: SentencePair = { line: i + 1, a, b };
    const label = numberIn(columns.label === undefined ? undefined : fields[columns.label]);
    const score = numberIn(columns.score === undefined ? undefined : fields[columns.score]);
    if (!Number.isNaN(label)) pair.label = label;
    if (!Number.isNaN(score)) pair.score = score;
    rows.push(pair);
  });
  return { layout: columns.layout, rows };
}

function headerColumns(header: string[]): Columns | undefined {
  const at = (name: string) => {
    const i = header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
    return i < 0 ? undefined : i;
  };
  const [m1, m2] = [at('#1 String'), at('#2 String')];
  if (m1 !== undefined && m2 !== undefined)
    return { layout: 'msrp', a: m1, b: m2, label: at('Quality'), header: true };
  const [s1, s2] = [at('sentence1'), at('sentence2')];
  if (s1 !== undefined && s2 !== undefined) {
    return { layout: 'stsb', a: s1, b: s2, score: at('score'), label: at('label'), header: true };
  }
  return undefined;
}

function guessColumns(row: string[]): Columns | undefined {
  if (row.length === 5 && /^[01]$/.test(row[0] ?? ''))
    return { layout: 'msrp', a: 3, b: 4, label: 0, header: false };
  if (row.length === 10 && !Number.isNaN(numberIn(row[9])))
    return { layout: 'stsb', a: 7, b: 8, score: 9, header: false };
  return undefined;
}

/** The number in a cell, or NaN for a missing or blank cell (`Number('')` would say 0). */
function numberIn(cell: string | undefined): number {
  return cell === undefined || cell.trim() === '' ? Number.NaN : Number(cell);
}
