/** The `guidelint` command: files in, findings out, exit code 0, 1 or 2. */
import { readFileSync } from 'node:fs';
import { PackError } from '../../../rules/pack/index';
import { SettingsError, validateSettings } from '../config/settings';
import { configFileFor } from '../config/resolve';
import { knownIds } from '../engine/lint';
import { choices } from '../engine/language-tags';
import type { Settings } from '../engine/types';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './args';
import { expandPatterns } from './files';
import { unfixableReason, writeFileAtomic } from './fix-file';
import { formatJson } from './formatters/json';
import { formatStylish } from './formatters/stylish';
import { writeStarterConfig } from './init';
import { runConfig, type FileJob } from './lint-file';
import { printConfig } from './print-config';
import { progressLine } from './progress';
import { overBudgetText } from './results';
import { testPack } from './test-pack';
import { lintJobs } from './worker-pool';

declare const GUIDELINT_VERSION: string | undefined;

/** Settings from command-line flags; checked against the packs of every config file in use. */
function flagSettings(options: CliOptions): Settings {
  const fromFlags: Record<string, unknown> = {};
  if (Object.keys(options.rules).length > 0) fromFlags.rules = options.rules;
  if (options.platform !== undefined) fromFlags.platform = options.platform;
  if (options.audience !== undefined) fromFlags.audience = options.audience;
  return fromFlags as Settings;
}

function readJobs(options: CliOptions): FileJob[] {
  const flags = flagSettings(options);
  const checked = new Set<string | undefined>();
  return expandPatterns(options.patterns).map((file) => {
    const fromStdin = file === '-';
    let bytes: Buffer;
    try {
      bytes = readFileSync(fromStdin ? 0 : file);
    } catch (error) {
      throw new UsageError(`cannot read \`${file}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const filePath = fromStdin ? options.stdinFilename ?? '<stdin>' : file;
    const configFile = options.config ?? configFileFor(fromStdin ? 'stdin' : file);
    if (!checked.has(configFile)) {
      // Reads each config file once, here, so that a broken one stops the run with exit 2 before any output.
      const { pack } = runConfig(configFile);
      validateSettings(flags, knownIds(pack));
      if (options.language !== undefined && !pack.languages.includes(options.language)) {
        throw new UsageError(`--language ${options.language} is not a language of the pack${configFile ? ` of ${configFile}` : ''} (it has ${pack.languages.join(', ')}): use ${choices(pack.languages)}, or auto`);
      }
      checked.add(configFile);
    }
    const fix = options.fix && !fromStdin;
    const unfixable = fix ? unfixableReason(bytes) : undefined;
    return {
      filePath, formatName: fromStdin ? options.stdinFilename ?? '' : file, text: bytes.toString('utf8'), configFile, flags,
      language: options.language, quiet: options.quiet, fix, ...(unfixable ? { unfixable } : {}),
    };
  });
}

async function lintFiles(options: CliOptions): Promise<number> {
  const jobs = readJobs(options);
  const progress = progressLine();
  const outcomes = await lintJobs(jobs, progress.update);
  progress.clear();
  let unwritten = false;
  outcomes.forEach((outcome, index) => {
    if (outcome.fixedText === undefined) return;
    try {
      writeFileAtomic(jobs[index].filePath, outcome.fixedText);
    } catch (error) {
      // The file is as it was (the write goes to a temporary file first); the others are still written.
      process.stderr.write(`guidelint: cannot write the fixes to ${jobs[index].filePath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      unwritten = true;
    }
  });
  const results = outcomes.map((outcome) => outcome.result);
  // A rule that threw is an error of Guidelint's, not of the post: said on stderr too, so a CI log shows it whatever the format.
  for (const result of results) {
    for (const failure of result.ruleErrors ?? []) process.stderr.write(`guidelint: rule ${failure.ruleId} failed on ${result.filePath} and was skipped: ${failure.message}\n`);
    for (const over of result.overBudget ?? []) process.stderr.write(`guidelint: ${overBudgetText(over)} on ${result.filePath}\n`);
    if (result.plainText) process.stderr.write(`guidelint: ${result.filePath} was linted as plain text: ${result.plainText}\n`);
  }
  const output = options.format === 'json' ? formatJson(results) : formatStylish(results);
  if (output) process.stdout.write(`${output}\n`);
  return unwritten || results.some((r) => r.errorCount > 0) ? 1 : 0;
}

/** Runs the CLI and returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options.help) return (process.stdout.write(`${USAGE}\n`), 0);
    if (options.version) return (process.stdout.write(`${typeof GUIDELINT_VERSION === 'string' ? GUIDELINT_VERSION : 'dev'}\n`), 0);
    if (options.init) return writeStarterConfig(process.cwd());
    if (options.printConfig !== undefined) return printConfig(options.printConfig, options.config);
    if (options.testPack !== undefined) return testPack(options.testPack);
    return await lintFiles(options);
  } catch (error) {
    if (error instanceof UsageError || error instanceof SettingsError || error instanceof PackError) {
      process.stderr.write(`guidelint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
