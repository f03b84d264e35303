/** Command-line arguments: parsing and checking, with usage errors as {@link UsageError}. */
import { parseArgs } from 'node:util';
import { isLanguage, isSet, primaryLanguage } from '../engine/language-tags';
import { LANGUAGES } from '../engine/pack';
import type { Language, SeveritySetting } from '../engine/types';

/** A usage error: the CLI prints its message on one line and exits with 2. */
export class UsageError extends Error {}

/** What the CLI was asked to do. */
export interface CliOptions {
  patterns: string[];
  format: 'stylish' | 'json';
  rules: Record<string, SeveritySetting>;
  platform: string | undefined;
  audience: string | undefined;
  /** `--language`: one of the engine's languages; undefined for `auto` or no flag (the pack's are checked per config file). */
  language: Language | undefined;
  stdinFilename: string | undefined;
  config: string | undefined;
  quiet: boolean;
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
  --format stylish|json     Output format (default: stylish)
  --rule ID=off|info|warn|error
                            Set a rule's or a guideline's severity (repeatable)
  --platform NAME           Platform the posts are for, e.g. tweet, mastodon, linkedin
  --audience general|expert Expert audiences get no jargon findings
  --language LANG           Language of the posts: en or fr (fr-CH, en-GB… too), or auto
                            to detect it (default). A post's front matter lang: wins
  --config FILE             Config file for every file (default: the nearest .guidelint.yml,
                            .guidelint.yaml or .guidelint.json, walking up from each file)
  --stdin-filename NAME     Name (and format, by extension) of the text read from -
  --fix                     Apply safe fixes to the files
  --quiet                   Report errors only
  --init                    Write a commented starter .guidelint.yml in the current folder
  --print-config FILE       Print the configuration that applies to FILE, as JSON
  --test-pack PACK          Run the examples of every rule of a pack (a file, or default);
                            exit 1 if one fails
  -h, --help                Show this help
  -v, --version             Show the version

Exit codes: 0 no error-level findings, 1 error-level findings, 2 usage or configuration error.`;

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
  if (values.format !== 'stylish' && values.format !== 'json') {
    throw new UsageError(`--format must be stylish or json, not \`${values.format}\``);
  }
  const language = isSet(values.language) ? primaryLanguage(values.language) : undefined;
  if (language !== undefined && !isLanguage(language)) {
    throw new UsageError(`--language must be ${LANGUAGES.join(', ')} or auto, not \`${values.language}\``);
  }
  const options: CliOptions = {
    patterns: positionals,
    format: values.format,
    rules: parseRuleOptions(values.rule ?? []),
    platform: values.platform,
    audience: values.audience,
    language,
    stdinFilename: values['stdin-filename'],
    config: values.config,
    quiet: values.quiet ?? false,
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

function parseRuleOptions(values: string[]): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  for (const value of values) {
    const match = /^([\w-]+)=(\w+)$/.exec(value);
    if (!match) throw new UsageError(`--rule expects ID=off|info|warn|error, not \`${value}\``);
    rules[match[1]] = match[2] as SeveritySetting;
  }
  return rules;
}
