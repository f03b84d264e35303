/** Lints one file's text for the CLI: the unit of work that the main thread or a worker runs. */
import { DocumentLinter } from '../engine/lint';
import { LanguageError } from '../engine/language-tags';
import { LineIndex } from '../engine/line-index';
import { mergeSettings } from '../config/config-file';
import { loadConfig, type EffectiveConfig } from '../config/resolve';
import { applyFixes, safeFixRuleIds } from '../engine/fixes';
import { lineEndingOf, withLineEnding } from './fix-file';
import type { Language, LintOutcome, Settings } from '../engine/types';
import { formatOf } from './files';
import { describeError } from '../engine/document-linter';
import { toFileResult, type FileResult, type RuleError } from './results';

/** Above this size a file is not linted: no post is that long, and it would stall the run. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** What the CLI needs to lint a file. */
export interface FileJob {
  filePath: string;
  /** The name whose extension gives the format (differs for stdin). */
  formatName: string;
  text: string;
  /** The config file that applies (found by walking up from the file, or `--config`). */
  configFile: string | undefined;
  /** Settings from the command line, over the config file's. */
  flags: Settings;
  /** `--language`, over the config file's `language:`; a post's front matter wins over both. */
  language: Language | undefined;
  quiet: boolean;
  fix: boolean;
  /** Why `--fix` must leave this file as it is (not valid UTF-8), if it must. */
  unfixable?: string;
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

const configs = new Map<string | undefined, EffectiveConfig>();

/**
 * The configuration at `configFile`, read once per run and per thread: a CLI run lints many
 * files under one config file, which does not change while it runs.
 */
export function runConfig(configFile: string | undefined): EffectiveConfig {
  let config = configs.get(configFile);
  if (!config) configs.set(configFile, (config = loadConfig(configFile)));
  return config;
}

/** A file that cannot be linted: one error, no findings. */
function fatal(filePath: string, reason: string): FileOutcome {
  return { result: { filePath, messages: [], errorCount: 1, warningCount: 0, infoCount: 0, fatal: reason } };
}

/**
 * Lints a job; with `fix`, applies safe fixes and reports what remains. A front-matter language
 * the pack lacks makes the file fatal, and so does an internal error: one file never stops the run.
 */
export function lintFile(job: FileJob, config?: EffectiveConfig): FileOutcome {
  try {
    return lintOrThrow(job, config);
  } catch (error) {
    return fatal(job.filePath, `could not be linted: internal error (${describeError(error)}); please report it`);
  }
}

/** `config`: the job's config file's, by default; tests pass one. */
function lintOrThrow(job: FileJob, config = runConfig(job.configFile)): FileOutcome {
  const reason = unlintableReason(job.text, Buffer.byteLength(job.text));
  if (reason) return fatal(job.filePath, reason);
  const { pack } = config;
  // Each failing rule once per file, with its first error.
  const ruleErrors = new Map<string, RuleError>();
  const onRuleError = (ruleId: string, error: unknown): void => {
    if (!ruleErrors.has(ruleId)) ruleErrors.set(ruleId, { ruleId, message: describeError(error) });
  };
  const linter = new DocumentLinter({ pack, format: formatOf(job.formatName), language: job.language ?? config.language, settings: mergeSettings(config.settings, job.flags), onRuleError });
  let text = job.text;
  let outcome: LintOutcome;
  try {
    outcome = linter.check(text);
  } catch (error) {
    if (!(error instanceof LanguageError)) throw error;
    return fatal(job.filePath, `line ${new LineIndex(text).position(error.start).line + 1}: ${error.message}`);
  }
  let fixedText: string | undefined;
  const fixRefused = job.fix ? job.unfixable : undefined;
  if (job.fix && fixRefused === undefined) {
    const safeRules = safeFixRuleIds(pack.rules);
    const safe = outcome.findings.filter((f) => f.fixes.length > 0 && safeRules.has(f.ruleId));
    if (safe.length > 0) {
      text = applyFixes(text, withLineEnding(safe, lineEndingOf(text)));
      fixedText = text;
      outcome = linter.check(text);
    }
  }
  const failures = { ruleErrors: [...ruleErrors.values()], unchecked: outcome.unchecked, fixRefused, overBudget: outcome.overBudget, plainText: outcome.plainText };
  return { result: { ...toFileResult(job.filePath, text, outcome.findings, job.quiet, failures), language: outcome.language }, fixedText };
}
