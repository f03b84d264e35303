/** The stylish format, after ESLint's: the file, then one line per finding, then a summary. */
import type { Severity } from '../../engine/types';
import { overBudgetText, type FileResult } from '../results';

const useColour = (): boolean => Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

/** Formats results for a terminal. */
export function formatStylish(results: readonly FileResult[]): string {
  const colour = useColour();
  const paint = (code: number, text: string): string => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const result of results) {
    if (result.messages.length === 0 && !result.fatal && !result.ruleErrors && !result.unchecked && !result.fixRefused && !result.overBudget && !result.plainText) continue;
    out.push(paint(4, result.filePath));
    if (result.fatal) out.push(`  ${paint(31, 'error')}  ${result.fatal}`);
    if (result.fixRefused) out.push(`  ${paint(31, 'error')}  ${result.fixRefused}`);
    for (const failure of result.ruleErrors ?? []) out.push(`  ${paint(31, 'error')}  rule \`${failure.ruleId}\` failed and was skipped: ${failure.message}`);
    for (const over of result.overBudget ?? []) out.push(`  ${paint(36, 'info')}  ${overBudgetText(over)}`);
    if (result.plainText) out.push(`  ${paint(36, 'info')}  linted as plain text: ${result.plainText}`);
    const rows = [
      ...(result.unchecked ?? []).map((u) => [`${u.line}:${u.column}`, label('error', paint), u.message, paint(90, 'guidelint')]),
      ...result.messages.map((m) => [
        `${m.line}:${m.column}`,
        label(m.severityName, paint),
        m.message,
        paint(90, `${m.ruleId} (${m.guideline})`),
      ]),
    ];
    const width = rows.reduce((max, r) => Math.max(max, r[0].length), 0);
    for (const row of rows) out.push(`  ${row[0].padEnd(width)}  ${row[1].padEnd(colour ? 16 : 7)}  ${row[2]}  ${row[3]}`);
    out.push('');
    // A file that could not be linted, a failed rule and an unchecked block count as errors already (results.ts).
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
  }
  const total = errors + warnings + infos;
  if (total > 0) {
    const counts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos ? [plural(infos, 'info')] : [])].join(', ');
    out.push(paint(errors ? 31 : warnings ? 33 : 36, `✖ ${plural(total, 'problem')} (${counts})`));
  }
  return out.join('\n');
}

/** `1 warning`, `2 warnings`; `info` is a mass noun (`3 info`), as in other linters' summaries. */
function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 || noun === 'info' ? '' : 's'}`;
}

/** A finding's level as printed: red error, yellow warning, cyan info. */
function label(level: Severity, paint: (code: number, text: string) => string): string {
  if (level === 'error') return paint(31, 'error');
  if (level === 'warning') return paint(33, 'warning');
  return paint(36, 'info');
}
