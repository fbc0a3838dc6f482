// A word-level diff (longest common subsequence), for showing what a copy changed in a sentence.

/** `=` kept, `-` only in the first text, `+` only in the second. */
export type DiffOp = '=' | '-' | '+';

/**
 * Diffs two texts word by word, comparing words without case or surrounding punctuation. The
 * '=' and '+' runs rebuild the second text; '=' runs carry the second text's spelling.
 * `wordDiff('the war ended', 'the conflict ended')` → [['=', 'the '], ['-', 'war '], ['+', 'conflict '], ['=', 'ended']].
 */
export function wordDiff(a: string, b: string): Array<[DiffOp, string]> {
  const wa = a.match(/\S+\s*/g) ?? [];
  const wb = b.match(/\S+\s*/g) ?? [];
  const key = (w: string) =>
    w
      .toLowerCase()
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+\s*$/gu, '')
      .trim();
  const ka = wa.map(key);
  const kb = wb.map(key);
  // lengths[i][j]: LCS length of ka[i..] and kb[j..].
  const lengths = Array.from({ length: ka.length + 1 }, () => new Array<number>(kb.length + 1).fill(0));
  for (let i = ka.length - 1; i >= 0; i--) {
    for (let j = kb.length - 1; j >= 0; j--) {
      const row = lengths[i] as number[];
      row[j] =
        ka[i] === kb[j]
          ? ((lengths[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((lengths[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const out: Array<[DiffOp, string]> = [];
  const push = (op: DiffOp, text: string) => {
    const last = out[out.length - 1];
    if (last && last[0] === op) last[1] += text;
    else out.push([op, text]);
  };
  let i = 0;
  let j = 0;
  while (i < ka.length || j < kb.length) {
    if (i < ka.length && j < kb.length && ka[i] === kb[j]) {
      push('=', wb[j] as string);
      i++;
      j++;
    } else if (
      i < ka.length &&
      (j >= kb.length ||
        ((lengths[i + 1] as number[])[j] as number) >= ((lengths[i] as number[])[j + 1] as number))
    ) {
      // Removals before insertions, so a replaced word reads "- old + new".
      push('-', wa[i] as string);
      i++;
    } else {
      push('+', wb[j] as string);
      j++;
    }
  }
  return out;
}
