// The two figures the benchmarks print for repeated runs: the best run (least disturbed by other work on the
// machine) and the median (the typical run).
export const min = (values: number[]) => Math.min(...values);

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
