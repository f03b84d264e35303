/** The stylish format, after ESLint's: the file, then one line per finding, then a summary. */
import type { FileResult } from '../results';

const useColour = (): boolean => Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

/** Formats results for a terminal. */
export function formatStylish(results: readonly FileResult[]): string {
  const colour = useColour();
  const paint = (code: number, text: string): string => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0 && !result.fatal) continue;
    out.push(paint(4, result.filePath));
    if (result.fatal) out.push(`  ${paint(31, 'error')}  ${result.fatal}`);
    const rows = result.messages.map((m) => [
      `${m.line}:${m.column}`,
      m.severity === 2 ? paint(31, 'error') : paint(33, 'warning'),
      m.message,
      paint(90, `${m.ruleId} (${m.guideline})`),
    ]);
    const width = Math.max(0, ...rows.map((r) => r[0].length));
    for (const row of rows) out.push(`  ${row[0].padEnd(width)}  ${row[1].padEnd(colour ? 16 : 7)}  ${row[2]}  ${row[3]}`);
    out.push('');
    // A file that could not be linted counts as one error already (lint-file.ts).
    errors += result.errorCount;
    warnings += result.warningCount;
  }
  const total = errors + warnings;
  if (total > 0) {
    out.push(paint(errors ? 31 : 33, `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`));
  }
  return out.join('\n');
}
