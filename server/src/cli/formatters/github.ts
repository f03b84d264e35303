/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding, which
 * GitHub shows as an annotation on the pull request's diff, at the finding's line and column.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { Severity } from '../../engine/types';
import type { FileResult } from '../results';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A command's message: `%`, CR and LF are escaped, or the runner would cut the line there. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (file, title): `:` and `,` separate properties, so they are escaped too. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, properties: Record<string, string | number>, message: string): string {
  const list = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${name} ${list}::${escapeData(message)}`;
}

/** Formats results as workflow commands, one per line; files that could not be checked are errors on the file. */
export function formatGithub(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = result.filePath.replace(/\\/g, '/');
    for (const problem of [result.fatal, result.fixRefused]) if (problem) lines.push(command('error', { file, title: 'guidelint' }, problem));
    for (const failure of result.ruleErrors ?? []) lines.push(command('error', { file, title: `guidelint: ${failure.ruleId}` }, `rule ${failure.ruleId} failed and was skipped: ${failure.message}`));
    for (const block of result.unchecked ?? []) {
      lines.push(command('error', { file, line: block.line, col: block.column, endLine: block.endLine, endColumn: block.endColumn, title: 'guidelint' }, block.message));
    }
    for (const m of result.messages) {
      const position: Record<string, number> = m.line === m.endLine ? { line: m.line, col: m.column, endColumn: m.endColumn } : { line: m.line, col: m.column, endLine: m.endLine };
      lines.push(command(COMMAND[m.severityName], { file, ...position, title: `${m.ruleId} (${m.guideline})` }, m.message));
    }
  }
  return lines.join('\n');
}
