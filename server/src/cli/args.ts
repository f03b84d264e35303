/** Command-line arguments: parsing and checking, with usage errors as {@link UsageError}. */
import { parseArgs } from 'node:util';
import { isLanguage, isSet, primaryLanguage } from '../engine/language-tags';
import { LANGUAGES } from '../engine/pack';
import type { Language, SeveritySetting } from '../engine/types';

/** A usage error: the CLI prints its message on one line and exits with 2. */
export class UsageError extends Error {}

/** The output formats. */
export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** What the CLI was asked to do. */
export interface CliOptions {
  patterns: string[];
  format: OutputFormat;
  rules: Record<string, SeveritySetting>;
  platform: string | undefined;
  audience: string | undefined;
  /** `--language`: one of the engine's languages; undefined for `auto` or no flag (the pack's are checked per config file). */
  language: Language | undefined;
  stdinFilename: string | undefined;
  config: string | undefined;
  quiet: boolean;
  /** `--max-warnings N`: more warning-level findings than N make the run fail (exit 1). */
  maxWarnings: number | undefined;
  /** `--ignore-pattern`: gitignore-style patterns, over `.guidelintignore`'s. */
  ignorePatterns: string[];
  /** `--no-ignore`: neither `.guidelintignore` nor `--ignore-pattern` applies. */
  noIgnore: boolean;
  /** `--no-config`: no config file; the default pack and settings. */
  noConfig: boolean;
  /** `--cache`: skip files whose result is known (same text, pack, settings and Guidelint). */
  cache: boolean;
  cacheLocation: string;
  fix: boolean;
  help: boolean;
  version: boolean;
  /** `--init`: write a commented starter config. */
  init: boolean;
  /** `--print-config FILE`: print the configuration that applies to FILE. */
  printConfig: string | undefined;
  /** `--test-pack PACK`: run the examples of every rule of PACK. */
  testPack: string | undefined;
}

/** The help text. */
export const USAGE = `Usage: guidelint [options] <files | globs | ->

Checks posts (Markdown or plain text) against your organisation's guidelines.

Options:
  --format FORMAT           Output format: stylish (default), json, sarif (SARIF 2.1.0,
                            for code scanning) or github (annotations in GitHub Actions)
  --rule ID=off|info|warn|error
                            Set a rule's or a guideline's severity (repeatable)
  --platform NAME           Platform the posts are for, e.g. tweet, mastodon, linkedin
  --audience general|expert Expert audiences get no jargon findings
  --language LANG           Language of the posts: en or fr (fr-CH, en-GB… too), or auto
                            to detect it (default). A post's front matter lang: wins
  --config FILE             Config file for every file (default: the nearest .guidelint.yml,
                            .guidelint.yaml or .guidelint.json, walking up from each file)
  --no-config               Use no config file: the default pack and settings
  --stdin-filename NAME     Name (and format, by extension) of the text read from -
  --ignore-pattern PATTERN  Skip files matching PATTERN (gitignore syntax, repeatable), as
                            well as those of .guidelintignore in the current folder
  --no-ignore               Lint files even if .guidelintignore or --ignore-pattern skip them
  --max-warnings N          Fail (exit 1) when there are more than N warnings
  --cache                   Only lint files that changed since the last run (or whose config,
                            pack or Guidelint changed); results are kept in .guidelintcache
  --cache-location PATH     Where --cache keeps its results (default: .guidelintcache)
  --fix                     Apply safe fixes to the files
  --quiet                   Report errors only
  --init                    Write a commented starter .guidelint.yml in the current folder
  --print-config FILE       Print the configuration that applies to FILE, as JSON
  --test-pack PACK          Run the examples of every rule of a pack (a file, or default);
                            exit 1 if one fails
  -h, --help                Show this help
  -v, --version             Show the version

Exit codes: 0 no error-level findings (and no more warnings than --max-warnings), 1 error-level
findings or too many warnings, 2 usage or configuration error.`;

/** Parses `argv` (without node and the script). */
export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        rule: { type: 'string', multiple: true, default: [] },
        platform: { type: 'string' },
        audience: { type: 'string' },
        language: { type: 'string' },
        config: { type: 'string' },
        'no-config': { type: 'boolean', default: false },
        'ignore-pattern': { type: 'string', multiple: true, default: [] },
        'no-ignore': { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string', default: '.guidelintcache' },
        'stdin-filename': { type: 'string' },
        fix: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        init: { type: 'boolean', default: false },
        'print-config': { type: 'string' },
        'test-pack': { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const format = FORMATS.find((f) => f === values.format);
  if (format === undefined) throw new UsageError(`--format must be ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS.at(-1)}, not \`${values.format}\``);
  if (values['no-config'] && values.config !== undefined) throw new UsageError('--no-config and --config cannot be used together');
  const language = isSet(values.language) ? primaryLanguage(values.language) : undefined;
  if (language !== undefined && !isLanguage(language)) {
    throw new UsageError(`--language must be ${LANGUAGES.join(', ')} or auto, not \`${values.language}\``);
  }
  const options: CliOptions = {
    patterns: positionals,
    format,
    rules: parseRuleOptions(values.rule ?? []),
    platform: values.platform,
    audience: values.audience,
    language,
    stdinFilename: values['stdin-filename'],
    config: values.config,
    quiet: values.quiet ?? false,
    maxWarnings: maxWarningsOf(values['max-warnings']),
    ignorePatterns: values['ignore-pattern'] ?? [],
    noIgnore: values['no-ignore'] ?? false,
    noConfig: values['no-config'] ?? false,
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'] ?? '.guidelintcache',
    fix: values.fix ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
    init: values.init ?? false,
    printConfig: values['print-config'],
    testPack: values['test-pack'],
  };
  const standalone = options.help || options.version || options.init || options.printConfig !== undefined || options.testPack !== undefined;
  if (!standalone && options.patterns.length === 0) {
    throw new UsageError('no files given (pass files, globs, or - for standard input; --help for usage)');
  }
  return options;
}

function maxWarningsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings expects a whole number of warnings, not \`${value}\``);
  return Number(value);
}

function parseRuleOptions(values: string[]): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  for (const value of values) {
    const match = /^([\w-]+)=(\w+)$/.exec(value);
    if (!match) throw new UsageError(`--rule expects ID=off|info|warn|error, not \`${value}\``);
    rules[match[1]] = match[2] as SeveritySetting;
  }
  return rules;
}
