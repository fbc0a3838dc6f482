// The nearest-rank quantile of timings, as the benchmarks print them (p50, p95).

/** The value below which a share `q` (0–1) of `xs` lie, by nearest rank; NaN when there are none. */
export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
