/** The JSON format: the array of file results, as documented in the README. */
import type { FileResult } from '../results';

/** Formats results as JSON (one line, like ESLint's). */
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results.map(({ fatal, ...result }) => (fatal ? { ...result, fatal } : result)));
}
