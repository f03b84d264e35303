/** The CLI's per-file results, in the JSON shape others script against (ESLint's conventions). */
import { LineIndex } from '../engine/line-index';
import type { Finding, Fix, Language, OverBudgetRule, Severity, UncheckedBlock } from '../engine/types';

/** One finding as the CLI reports it: 1-based line and column, UTF-16 columns, end exclusive. */
export interface CliMessage {
  ruleId: string;
  guideline: string;
  /** 1 = warning or info, 2 = error, as in ESLint (which has no info level): read `severityName` to tell info from warning. */
  severity: 1 | 2;
  /** The finding's own level: `error`, `warning` or `info`. */
  severityName: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Fixes with edits in UTF-16 offsets into the file. */
  fixes: Fix[];
  /** What each part of a pattern matched; pattern rules only. */
  matched?: Record<string, string>;
}

/** The findings of one file. */
export interface FileResult {
  filePath: string;
  messages: CliMessage[];
  errorCount: number;
  /** Warning-level findings (info-level ones are not warnings: see `infoCount`). */
  warningCount: number;
  /** Info-level findings. */
  infoCount: number;
  /** The language the file was linted in (its front matter's, the setting's, or detected). */
  language?: Language;
  /** A problem that stopped this file from being linted (unreadable, binary, a language the pack lacks, an internal error). */
  fatal?: string;
  /** Rules that threw on this file and were skipped for it; each counts as one error. */
  ruleErrors?: RuleError[];
  /** Blocks that could not be checked (an internal error); each counts as one error. */
  unchecked?: UncheckedMessage[];
  /** Why `--fix` left the file as it was (not valid UTF-8); counts as one error. */
  fixRefused?: string;
  /** Rules skipped for this file because they ran over their time budget (`ruleBudgetMs`); information, not errors. */
  overBudget?: OverBudgetRule[];
  /** Set when a Markdown file was linted as plain text (a shape the Markdown parser is too slow on), with why; information. */
  plainText?: string;
}

/** One line about a rule over its budget: `rule X took N ms, over its budget of M ms, and was skipped`. */
export function overBudgetText(over: OverBudgetRule): string {
  return `rule ${over.ruleId} took ${over.elapsedMs} ms, over its budget of ${over.budgetMs} ms, and was skipped`;
}

/** A rule that failed on a file: its id and the error, `Error: message`. */
export interface RuleError {
  ruleId: string;
  message: string;
}

/** A block that could not be checked, located as messages are. */
export interface UncheckedMessage {
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Converts engine findings on `text` to a file result. Rule errors and unchecked blocks are
 * errors (CI must not pass a post that was not fully checked), reported with `--quiet` too.
 */
export function toFileResult(filePath: string, text: string, findings: readonly Finding[], quiet: boolean, failures: { ruleErrors?: readonly RuleError[]; unchecked?: readonly UncheckedBlock[]; fixRefused?: string; overBudget?: readonly OverBudgetRule[]; plainText?: string } = {}): FileResult {
  const lines = new LineIndex(text);
  const messages = findings
    .filter((f) => !quiet || f.severity === 'error')
    .map((f): CliMessage => {
      const start = lines.position(f.start);
      const end = lines.position(f.end);
      return {
        ruleId: f.ruleId,
        guideline: f.guideline,
        severity: f.severity === 'error' ? 2 : 1,
        severityName: f.severity,
        message: f.message,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        fixes: f.fixes,
        ...(f.matched ? { matched: f.matched } : {}),
      };
    });
  const count = (level: Severity): number => messages.filter((m) => m.severityName === level).length;
  const ruleErrors = failures.ruleErrors ?? [];
  const unchecked = (failures.unchecked ?? []).map((block): UncheckedMessage => {
    const start = lines.position(block.start);
    const end = lines.position(block.end);
    return { message: `could not be checked (internal error: ${block.reason}); the rest of the file was`, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  });
  return {
    filePath, messages,
    errorCount: count('error') + ruleErrors.length + unchecked.length + (failures.fixRefused ? 1 : 0), warningCount: count('warning'), infoCount: count('info'),
    ...(ruleErrors.length ? { ruleErrors: [...ruleErrors] } : {}),
    ...(unchecked.length ? { unchecked } : {}),
    ...(failures.fixRefused ? { fixRefused: failures.fixRefused } : {}),
    ...(failures.overBudget?.length ? { overBudget: [...failures.overBudget] } : {}),
    ...(failures.plainText ? { plainText: failures.plainText } : {}),
  };
}
