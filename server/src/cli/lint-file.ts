/** Lints one file's text for the CLI: the unit of work that the main thread or a worker runs. */
import { lint } from '../engine/lint';
import { mergeSettings } from '../config/config-file';
import { loadConfig, type EffectiveConfig } from '../config/resolve';
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
  /** The config file that applies (found by walking up from the file, or `--config`). */
  configFile: string | undefined;
  /** Settings from the command line, over the config file's. */
  flags: Settings;
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

/** Lints a job; with `fix`, applies safe fixes and reports what remains. */
export function lintFile(job: FileJob): FileOutcome {
  const reason = unlintableReason(job.text, Buffer.byteLength(job.text));
  if (reason) return { result: { filePath: job.filePath, messages: [], errorCount: 1, warningCount: 0, fatal: reason } };
  const config = runConfig(job.configFile);
  const { pack } = config;
  const options = { pack, format: formatOf(job.formatName), language: job.language ?? config.language, settings: mergeSettings(config.settings, job.flags) };
  let text = job.text;
  let findings: Finding[] = lint(text, options);
  let fixedText: string | undefined;
  if (job.fix) {
    const safeRules = safeFixRuleIds(pack.rules);
    const safe = findings.filter((f) => f.fixes.length > 0 && safeRules.has(f.ruleId));
    if (safe.length > 0) {
      text = applyFixes(text, safe);
      fixedText = text;
      findings = lint(text, options);
    }
  }
  return { result: toFileResult(job.filePath, text, findings, job.quiet), fixedText };
}
