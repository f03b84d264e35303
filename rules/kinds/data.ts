/**
 * Rule data files: validation at load time, failing with the file, the entry and the reason.
 * A data file has `messages` (by id), optional file-level `examples`, and `entries`, one per
 * concept, each with an `id`, the `phrases` that show it, literal `expected` replacements,
 * a `note` saying why, and `examples`.
 */
import { PackError, type KeyPath } from '../pack/errors';
import { Reader } from '../pack/read';
import { runEndAfter, runStartBefore } from '../api';

/** A text a rule must flag; with `span`, a finding must cover exactly that part of the text. */
export interface FlagExample {
  text: string;
  span?: string;
}

/** Texts a rule must flag and texts it must leave alone; `--test-pack` and the generic data test run them all. */
export interface Examples {
  flag: FlagExample[];
  allow: string[];
}

/** One concept of a data file. */
export interface Entry {
  id: string;
  phrases: string[];
  expected: string[];
  /** A message id from the file's `messages`, or `default`. */
  message: string;
  note: string;
  examples: Examples;
  /** Any other field, for the rule that reads it. */
  [extra: string]: unknown;
}

/** A validated data file. */
export interface RuleData {
  file: string;
  /** Where this language's section sits in the file (`['en']`). */
  path: KeyPath;
  messages: Record<string, string>;
  entries: Entry[];
  examples: Examples;
  /** Any other top-level field, for the rule that reads it (e.g. word lists that are not phrases). */
  [extra: string]: unknown;
}

/** A data file that does not have the expected shape; `path` is the key inside the file. */
export class RuleDataError extends PackError {
  constructor(file: string, path: KeyPath, reason: string) {
    super(file, path, reason);
  }
}

function examplesOf(read: Reader, value: unknown, path: KeyPath): Examples {
  if (value === undefined) return { flag: [], allow: [] };
  const record = read.keys(value, path, ['flag', 'allow']);
  const flag = record.flag === undefined ? [] : read.list(record.flag, [...path, 'flag']).map((item, i): FlagExample => {
    if (typeof item === 'string') return { text: read.string(item, [...path, 'flag', i]) };
    const example = read.keys(item, [...path, 'flag', i], ['text', 'span']);
    const text = read.string(example.text, [...path, 'flag', i, 'text']);
    const span = read.optionalString(example.span, [...path, 'flag', i, 'span']);
    if (span !== undefined && !text.includes(span)) read.fail([...path, 'flag', i, 'span'], `\`${span}\` is not part of the example's text`);
    return { text, span };
  });
  return { flag, allow: read.strings(record.allow, [...path, 'allow']) };
}

/**
 * Validates `raw` (one language's section of a rule file) as rule data. `file` and `path`
 * locate it in errors.
 */
export function loadRuleData(raw: unknown, file: string, path: KeyPath = []): RuleData {
  const read = new Reader(file);
  const record = read.record(raw, path);
  const messages = read.record(record.messages ?? {}, [...path, 'messages']);
  for (const [id, text] of Object.entries(messages)) read.string(text, [...path, 'messages', id]);
  const seen = new Set<string>();
  const entries = read.list(record.entries ?? [], [...path, 'entries']).map((item, index): Entry => {
    const where = [...path, 'entries', index];
    const entry = read.record(item, where);
    const id = read.string(entry.id, [...where, 'id']);
    if (seen.has(id)) read.fail([...where, 'id'], `duplicate id \`${id}\``);
    seen.add(id);
    const message = entry.message === undefined ? 'default' : read.string(entry.message, [...where, 'message']);
    if (!Object.hasOwn(messages, message)) read.fail([...where, 'message'], `unknown message id \`${message}\``);
    const expected = read.strings(entry.expected, [...where, 'expected']);
    if (expected.some((e) => /[\\^$|()[\]{}]/.test(e))) read.fail([...where, 'expected'], 'must be literal text, not a pattern');
    return {
      ...entry,
      id,
      phrases: read.strings(entry.phrases, [...where, 'phrases']),
      expected,
      message,
      note: entry.note === undefined ? '' : read.string(entry.note, [...where, 'note']),
      examples: examplesOf(read, entry.examples, [...where, 'examples']),
    };
  });
  return {
    ...record,
    file,
    path,
    messages: messages as Record<string, string>,
    entries,
    examples: examplesOf(read, record.examples, [...path, 'examples']),
  };
}

/** Every example of a data file: the file's own and its entries'. */
export function allExamples(data: RuleData): Examples {
  return {
    flag: data.examples.flag.concat(...data.entries.map((e) => e.examples.flag)),
    allow: data.examples.allow.concat(...data.entries.map((e) => e.examples.allow)),
  };
}

/**
 * Fills `{actual}` and `{expected}` (and any other `{name}`) in a message template. A value
 * that spans lines (`Il paraît⏎que`) is put on one line: a message is one line in every editor.
 */
export function formatMessage(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : oneLine(values[name])));
}

const SPACE_OR_TAB = /[ \t]/;

/**
 * `value` with each line break and the spaces and tabs around it as one space: what
 * the pattern `[ \t]*\r?\n[ \t]*` replaced globally gives, without rescanning a long run of spaces from each
 * of its characters (issue 12).
 */
function oneLine(value: string): string {
  if (!value.includes('\n')) return value;
  const lines = value.split(/\r?\n/);
  return lines.map((line, i) => {
    const start = i === 0 ? 0 : runEndAfter(line, SPACE_OR_TAB);
    return line.slice(start, i === lines.length - 1 ? line.length : runStartBefore(line, SPACE_OR_TAB, line.length, start));
  }).join(' ');
}

/** The data field `key` as a list of strings (empty when absent). */
export function dataStrings(data: RuleData, key: string): string[] {
  return new Reader(data.file).strings(data[key], [...data.path, key]);
}

/** The data field `key` as a set of strings, for word lookups. */
export function dataSet(data: RuleData, key: string): Set<string> {
  return new Set(dataStrings(data, key));
}

/** The data field `key` as a non-empty string. */
export function dataString(data: RuleData, key: string): string {
  return new Reader(data.file).string(data[key], [...data.path, key]);
}

/** The data field `key` as a number of at least `minimum`. */
export function dataNumber(data: RuleData, key: string, minimum = 0): number {
  const value = data[key];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < minimum) {
    throw new RuleDataError(data.file, [...data.path, key], `expected a number of ${minimum} or more`);
  }
  return value;
}

/** The data field `key` as a mapping of strings to strings. */
export function dataMap(data: RuleData, key: string): Map<string, string> {
  const read = new Reader(data.file);
  const record = read.record(data[key] ?? {}, [...data.path, key]);
  return new Map(Object.entries(record).map(([k, v]) => [k, read.string(v, [...data.path, key, k])]));
}
