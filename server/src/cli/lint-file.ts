/** Lints one file's text for the CLI: the unit of work that the main thread or a worker runs. */
import { lint } from '../engine/lint';
import { rules } from '../../../rules/index';
import { applyFixes, safeFixRuleIds } from '../engine/fixes';
import type { Finding, Language, Settings } from '../engine/types';
import { formatOf } from './files';
import { toFileResult, type FileResult } from './results';

/** Above this size a file is not linted: no post is that long, and it would stall the run. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** What the CLI needs to lint a file. */
export interface FileJob {
  filePath: string;
  /** The name whose extension gives the format (differs for stdin). */
  formatName: string;
  text: string;
  settings: Settings;
  language: Language | undefined;
  quiet: boolean;
  fix: boolean;
}

/** The result of a job, with the fixed text when fixes were applied. */
export interface FileOutcome {
  result: FileResult;
  fixedText?: string;
}

/** Why `text` cannot be linted, or undefined when it can. */
export function unlintableReason(text: string, bytes: number): string | undefined {
  if (bytes > MAX_FILE_BYTES) return `skipped: file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`;
  if (text.slice(0, 8192).includes('\u0000')) return 'skipped: file looks binary (it contains NUL bytes)';
  return undefined;
}

/** Lints a job; with `fix`, applies safe fixes and reports what remains. */
export function lintFile(job: FileJob): FileOutcome {
  const reason = unlintableReason(job.text, Buffer.byteLength(job.text));
  if (reason) return { result: { filePath: job.filePath, messages: [], errorCount: 1, warningCount: 0, fatal: reason } };
  const options = { format: formatOf(job.formatName), language: job.language, settings: job.settings };
  let text = job.text;
  let findings: Finding[] = lint(text, options);
  let fixedText: string | undefined;
  if (job.fix) {
    const safe = findings.filter((f) => f.fixes.length > 0 && isSafe(f));
    if (safe.length > 0) {
      text = applyFixes(text, safe);
      fixedText = text;
      findings = lint(text, options);
    }
  }
  return { result: toFileResult(job.filePath, text, findings, job.quiet), fixedText };
}

/** Rules whose fixes may be applied unattended; see the rule's `fix` metadata. */
const safeRules = safeFixRuleIds(rules);

function isSafe(finding: Finding): boolean {
  return safeRules.has(finding.ruleId);
}
