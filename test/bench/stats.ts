/** Small statistics and timing helpers for the bench. */
import { performance } from 'node:perf_hooks';

/** The value at quantile `q` (0–1) of `values`, nearest rank; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** The median: the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds that `work` takes. */
export function timeMs(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/**
 * Runs each measurement `runs` times, reversing their order on every other run, so that machine
 * drift (other load, thermal throttling, GC left by the previous one) hits all alike (issue 5).
 * Returns one array of results per measurement.
 */
export async function alternate<T>(runs: number, ...measurements: Array<() => T | Promise<T>>): Promise<T[][]> {
  const results: T[][] = measurements.map(() => []);
  for (let run = 0; run < runs; run++) {
    const order = measurements.map((_, index) => index);
    if (run % 2 === 1) order.reverse();
    for (const index of order) results[index].push(await measurements[index]());
  }
  return results;
}

/** Words as `wc -w` counts them: runs of non-space characters. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
