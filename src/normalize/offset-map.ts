// Maps positions in normalised text back to positions in the text as read.

/**
 * Run-length offset map: `runs[i] = [normalizedStart, originalStart]` starts a stretch in which both
 * texts advance together. Plain arrays, so it survives a JSON round trip.
 */
export type OffsetMap = Array<[number, number]>;

/** Builds an OffsetMap while normalised text is appended piece by piece. */
export class OffsetMapBuilder {
  readonly runs: OffsetMap = [];
  private length = 0;

  /** Records that `piece` (normalised) replaces the original text starting at `originalStart`. */
  push(piece: string, originalStart: number): void {
    if (piece.length === 0) return;
    const last = this.runs[this.runs.length - 1];
    if (!last || last[1] + (this.length - last[0]) !== originalStart)
      this.runs.push([this.length, originalStart]);
    this.length += piece.length;
  }
}

/** The original offset of normalised offset `at`; an offset inside a replaced piece maps into it. */
export function toOriginalOffset(map: OffsetMap, at: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((map[mid] as [number, number])[0] <= at) lo = mid;
    else hi = mid - 1;
  }
  const run = map[lo];
  return run ? run[1] + (at - run[0]) : at;
}
