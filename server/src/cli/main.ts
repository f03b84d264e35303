/** The `guidelint` command: files in, findings out, exit code 0, 1 or 2. */
import { readFileSync } from 'node:fs';
import { PackError } from '../../../rules/pack/index';
import { SettingsError, validateSettings } from '../config/settings';
import { configFileFor } from '../config/resolve';
import { knownIds } from '../engine/lint';
import { choices } from '../engine/language-tags';
import type { Settings } from '../engine/types';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './args';
import { ResultCache } from './cache';
import { expandPatterns, ignoreFilter } from './files';
import { unfixableReason, writeFileAtomic } from './fix-file';
import { formatGithub } from './formatters/github';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import { writeStarterConfig } from './init';
import { runConfig, type FileJob, type FileOutcome } from './lint-file';
import type { FileResult } from './results';
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
  const ignored = options.noIgnore ? undefined : ignoreFilter(options.ignorePatterns);
  return expandPatterns(options.patterns, ignored).map((file) => {
    const fromStdin = file === '-';
    let bytes: Buffer;
    try {
      bytes = readFileSync(fromStdin ? 0 : file);
    } catch (error) {
      throw new UsageError(`cannot read \`${file}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const filePath = fromStdin ? options.stdinFilename ?? '<stdin>' : file;
    const configFile = options.noConfig ? undefined : options.config ?? configFileFor(fromStdin ? 'stdin' : file);
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

/** Lints `jobs`, in workers when there are many; with a cache, only the jobs whose result it does not have. */
async function outcomesOf(jobs: FileJob[], cache: ResultCache | undefined): Promise<FileOutcome[]> {
  const cached = jobs.map((job) => (cache && !job.fix ? cache.get(job) : undefined));
  const todo = jobs.filter((_, index) => cached[index] === undefined);
  const progress = progressLine();
  const fresh = await lintJobs(todo, progress.update);
  progress.clear();
  let next = 0;
  return jobs.map((job, index) => {
    const known = cached[index];
    if (known) return { result: known };
    const outcome = fresh[next++];
    // A fixed file's result is of its new text, which the next run reads: cached under that text.
    if (cache && !outcome.result.fatal) cache.set(outcome.fixedText === undefined ? job : { ...job, text: outcome.fixedText, fix: false }, outcome.result);
    return outcome;
  });
}

function formatResults(results: FileResult[], jobs: FileJob[], options: CliOptions): string {
  switch (options.format) {
    case 'json':
      return formatJson(results);
    case 'github':
      return formatGithub(results);
    case 'sarif': {
      const packs = [...new Set(jobs.map((job) => job.configFile))].map((file) => runConfig(file).pack);
      return formatSarif(results, { rules: packs.flatMap((p) => p.rules.map((r) => r.meta)), guidelines: packs.flatMap((p) => p.guidelines) });
    }
    default:
      return formatStylish(results);
  }
}

async function lintFiles(options: CliOptions): Promise<number> {
  const jobs = readJobs(options);
  const cache = options.cache ? new ResultCache(options.cacheLocation) : undefined;
  const outcomes = await outcomesOf(jobs, cache);
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
  try {
    cache?.save();
  } catch (error) {
    // A cache that cannot be written costs the next run its speed, not its results.
    process.stderr.write(`guidelint: cannot write the cache ${options.cacheLocation}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
  }
  const results = outcomes.map((outcome) => outcome.result);
  // A rule that threw is an error of Guidelint's, not of the post: said on stderr too, so a CI log shows it whatever the format.
  for (const result of results) {
    for (const failure of result.ruleErrors ?? []) process.stderr.write(`guidelint: rule ${failure.ruleId} failed on ${result.filePath} and was skipped: ${failure.message}\n`);
    for (const over of result.overBudget ?? []) process.stderr.write(`guidelint: ${overBudgetText(over)} on ${result.filePath}\n`);
    if (result.plainText) process.stderr.write(`guidelint: ${result.filePath} was linted as plain text: ${result.plainText}\n`);
  }
  const output = formatResults(results, jobs, options);
  if (output) process.stdout.write(`${output}\n`);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) process.stderr.write(`guidelint: too many warnings (${warnings}; --max-warnings is ${options.maxWarnings})\n`);
  return unwritten || tooManyWarnings || results.some((r) => r.errorCount > 0) ? 1 : 0;
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

// Output piped into a command that stops reading (`guidelint … | head`) is no error of the run.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
