/**
 * Rule data files: validation at load time, failing with the file, the entry and the reason.
 * A data file has `messages` (by id), optional file-level `examples`, and `entries`, one per
 * concept, each with an `id`, the `phrases` that show it, literal `expected` replacements,
 * a `note` saying why, and `examples`.
 */

/** Texts a rule must flag and texts it must leave alone; the generic data test runs them all. */
export interface Examples {
  flag: string[];
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
  messages: Record<string, string>;
  entries: Entry[];
  examples: Examples;
  /** Any other top-level field, for the rule that reads it (e.g. word lists that are not phrases). */
  [extra: string]: unknown;
}

/** A data file that does not have the expected shape. */
export class RuleDataError extends Error {}

function strings(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new RuleDataError(`${where}: expected a list of strings`);
  }
  return value as string[];
}

function examplesOf(value: unknown, where: string): Examples {
  const record = (value ?? {}) as Record<string, unknown>;
  return { flag: strings(record.flag, `${where}.flag`), allow: strings(record.allow, `${where}.allow`) };
}

/** Validates `raw` (a parsed YAML file) as rule data; `file` names it in errors. */
export function loadRuleData(raw: unknown, file: string): RuleData {
  if (typeof raw !== 'object' || raw === null) throw new RuleDataError(`${file}: expected a mapping`);
  const record = raw as Record<string, unknown>;
  const messages = (record.messages ?? {}) as Record<string, unknown>;
  for (const [id, text] of Object.entries(messages)) {
    if (typeof text !== 'string') throw new RuleDataError(`${file}: messages.${id}: expected a string`);
  }
  const seen = new Set<string>();
  const entries = ((record.entries ?? []) as unknown[]).map((item, index): Entry => {
    const entry = (item ?? {}) as Record<string, unknown>;
    const where = `${file}: entries[${index}]`;
    if (typeof entry.id !== 'string' || entry.id === '') throw new RuleDataError(`${where}: missing \`id\``);
    if (seen.has(entry.id)) throw new RuleDataError(`${where}: duplicate id \`${entry.id}\``);
    seen.add(entry.id);
    const message = typeof entry.message === 'string' ? entry.message : 'default';
    if (!(message in messages)) throw new RuleDataError(`${where} (${entry.id}): unknown message id \`${message}\``);
    const expected = strings(entry.expected, `${where} (${entry.id}).expected`);
    if (expected.some((e) => /[\\^$|()[\]{}]/.test(e))) {
      throw new RuleDataError(`${where} (${entry.id}): \`expected\` must be literal text, not a pattern`);
    }
    return {
      ...entry,
      id: entry.id,
      phrases: strings(entry.phrases, `${where} (${entry.id}).phrases`),
      expected,
      message,
      note: typeof entry.note === 'string' ? entry.note : '',
      examples: examplesOf(entry.examples, `${where} (${entry.id}).examples`),
    };
  });
  return {
    ...record,
    file,
    messages: messages as Record<string, string>,
    entries,
    examples: examplesOf(record.examples, `${file}: examples`),
  };
}

/** Every example of a data file: the file's own and its entries'. */
export function allExamples(data: RuleData): Examples {
  return {
    flag: data.examples.flag.concat(...data.entries.map((e) => e.examples.flag)),
    allow: data.examples.allow.concat(...data.entries.map((e) => e.examples.allow)),
  };
}

/** Fills `{actual}` and `{expected}` (and any other `{name}`) in a message template. */
export function formatMessage(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
