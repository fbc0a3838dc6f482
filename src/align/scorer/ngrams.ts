// Overlap measures on word and character sequences.

/** Dice coefficient of two multisets given as arrays: 2|A∩B| / (|A|+|B|); 1 when both are empty. */
export function diceOf<T>(a: T[], b: T[]): number {
  if (a.length + b.length === 0) return 1;
  const counts = new Map<T, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let common = 0;
  for (const y of b) {
    const n = counts.get(y) ?? 0;
    if (n > 0) {
      common++;
      counts.set(y, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** The n-grams of a sequence, joined with a space. */
export function ngrams(words: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

/** Character n-grams of the words joined by single spaces. */
export function charNgrams(words: string[], n: number): string[] {
  const text = ` ${words.join(' ')} `;
  const out: string[] = [];
  for (let i = 0; i + n <= text.length; i++) out.push(text.slice(i, i + n));
  return out;
}

/** Length of the longest common subsequence of two word sequences (O(n·m) time, O(m) memory). */
export function lcsLength(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      row[j] =
        a[i - 1] === b[j - 1]
          ? (prev[j - 1] as number) + 1
          : Math.max(prev[j] as number, row[j - 1] as number);
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/** Word-level Levenshtein distance (insertions, deletions, substitutions cost 1). */
export function editDistance(a: string[], b: string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * METEOR-style score (Banerjee & Lavie 2005) of a word alignment: recall-weighted harmonic mean of
 * precision and recall, lowered by fragmentation (`0.5 · (chunks / matches)³`), where `pairs` are
 * aligned positions (i in a, j in b) and a chunk is a run adjacent on both sides.
 */
export function meteor(pairs: Array<[number, number]>, lengthA: number, lengthB: number): number {
  const m = pairs.length;
  if (m === 0 || lengthA === 0 || lengthB === 0) return 0;
  const p = m / lengthA;
  const r = m / lengthB;
  const fmean = (10 * p * r) / (r + 9 * p);
  const sorted = [...pairs].sort((x, y) => x[0] - y[0]);
  let chunks = 1;
  for (let k = 1; k < sorted.length; k++) {
    const [i0, j0] = sorted[k - 1] as [number, number];
    const [i1, j1] = sorted[k] as [number, number];
    if (i1 !== i0 + 1 || j1 !== j0 + 1) chunks++;
  }
  return fmean * (1 - 0.5 * (chunks / m) ** 3);
}
