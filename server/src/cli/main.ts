/** The `guidelint` command: files in, findings out, exit code 0, 1 or 2. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { defaultPack } from '../../../rules/pack';
import { rules } from '../../../rules/index';
import { CONFIG_FILE_NAME, mergeSettings, parseConfigFile } from '../config/config-file';
import { SettingsError, validateSettings } from '../config/settings';
import { knownIds } from '../engine/lint';
import type { Settings } from '../engine/types';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './args';
import { expandPatterns } from './files';
import { formatJson } from './formatters/json';
import { formatStylish } from './formatters/stylish';
import type { FileJob } from './lint-file';
import { progressLine } from './progress';
import { lintJobs } from './worker-pool';

declare const GUIDELINT_VERSION: string | undefined;

/** Reads the settings: the config file, then command-line options over it. */
function loadSettings(options: CliOptions): Settings {
  const known = knownIds(rules, defaultPack);
  const configPath = options.config ?? (existsSync(CONFIG_FILE_NAME) ? CONFIG_FILE_NAME : undefined);
  let base: Settings = {};
  if (configPath) {
    if (!existsSync(configPath)) throw new UsageError(`config file \`${configPath}\` not found`);
    base = parseConfigFile(readFileSync(configPath, 'utf8'), configPath, known);
  }
  const fromFlags: Record<string, unknown> = {};
  if (Object.keys(options.rules).length > 0) fromFlags.rules = options.rules;
  if (options.platform !== undefined) fromFlags.platform = options.platform;
  if (options.audience !== undefined) fromFlags.audience = options.audience;
  return mergeSettings(base, validateSettings(fromFlags, known));
}

function readJobs(options: CliOptions, settings: Settings): FileJob[] {
  return expandPatterns(options.patterns).map((file) => {
    const fromStdin = file === '-';
    let text: string;
    try {
      text = readFileSync(fromStdin ? 0 : file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read \`${file}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const filePath = fromStdin ? options.stdinFilename ?? '<stdin>' : file;
    return { filePath, formatName: fromStdin ? options.stdinFilename ?? '' : file, text, settings, language: options.language, quiet: options.quiet, fix: options.fix && !fromStdin };
  });
}

/** Runs the CLI and returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options.help) return (process.stdout.write(`${USAGE}\n`), 0);
    if (options.version) return (process.stdout.write(`${typeof GUIDELINT_VERSION === 'string' ? GUIDELINT_VERSION : 'dev'}\n`), 0);
    const settings = loadSettings(options);
    const jobs = readJobs(options, settings);
    const progress = progressLine();
    const outcomes = await lintJobs(jobs, progress.update);
    progress.clear();
    outcomes.forEach((outcome, index) => {
      if (outcome.fixedText !== undefined) writeFileSync(jobs[index].filePath, outcome.fixedText);
    });
    const results = outcomes.map((outcome) => outcome.result);
    const output = options.format === 'json' ? formatJson(results) : formatStylish(results);
    if (output) process.stdout.write(`${output}\n`);
    return results.some((r) => r.errorCount > 0) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof SettingsError) {
      process.stderr.write(`guidelint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
