/**
 * One rule of a pack as its file declares it: metadata, a kind, and per-language data
 * (messages, entries, word lists, examples). Kinds and detectors turn a spec into a runnable
 * rule; see rules/pack/compile.ts.
 */
import type { Language, Rule, RuleMeta } from '../api';
import { LANGUAGES } from '../api';
import { loadRuleData, type RuleData } from '../kinds/data';
import type { KeyPath } from './errors';
import { Reader } from './read';
import type { WordList } from './word-list';
import { frenchSpacing } from '../kinds/french-spacing';

/** The rule kinds a pack can use. All but `detector` are written entirely in data. */
export const KINDS = ['phrase', 'pattern', 'substitution', 'occurrence', 'required', 'detector'] as const;
export type Kind = (typeof KINDS)[number];

const SEVERITIES = ['error', 'warning', 'info'] as const;
const FIX_KINDS = ['safe', 'suggestion', 'none'] as const;
const RULE_KEYS = ['id', 'guideline', 'severity', 'description', 'fix', 'kind', 'detector', 'languages', 'defersTo', ...LANGUAGES];

/** A rule as its pack file declares it, validated. */
export interface RuleSpec {
  meta: RuleMeta;
  kind: Kind;
  /** For `kind: detector`: the built-in detector's name. */
  detector?: string;
  /** Each language's section of the file. */
  data: Partial<Record<Language, RuleData>>;
  /** The file, for error messages. */
  file: string;
  /** Where the rule sits in its file (`[]` for a rule file, `['rules', 3]` for a rule inline in a pack). */
  path: KeyPath;
}

/** Shared resources a pack gives its rules: word classes and dictionaries per language, and the organisation. */
export interface PackResources {
  /** Named word classes (`@NEG_JUDGEMENT`), per language: entries are words, phrases or `~stems`. */
  classes: Partial<Record<Language, Record<string, string[]>>>;
  /** Lower-case words of each language, for telling words from acronyms and splitting hashtags. */
  dictionary(language: Language): WordList;
  organisation: { names: string[]; contact: string; team?: string };
  /**
   * Compile every language at load time. Off for the bundled default pack, whose languages
   * compile when a document first needs them (its tests check them all); on for a workspace's
   * pack, so that its authors see every error when it loads.
   */
  eager: boolean;
}

/** Code for what a pattern cannot express. Packs name a detector and configure it; they never contain code. */
export interface Detector {
  name: string;
  create(spec: RuleSpec, resources: PackResources): Rule;
}

/** Validates one rule mapping of a pack. `guidelines` are the pack's guideline ids. */
export function validateRuleSpec(raw: unknown, file: string, path: KeyPath, guidelines: ReadonlySet<string>, languages: readonly Language[]): RuleSpec {
  const read = new Reader(file);
  const record = read.keys(raw, path, RULE_KEYS);
  const id = read.string(record.id, [...path, 'id']);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) read.fail([...path, 'id'], `\`${id}\` is not a kebab-case id`);
  const guideline = read.string(record.guideline, [...path, 'guideline']);
  if (!guidelines.has(guideline)) read.fail([...path, 'guideline'], `unknown guideline \`${guideline}\` (the pack has ${[...guidelines].join(', ')})`);
  const kind = read.choice(record.kind, [...path, 'kind'], KINDS);
  const detector = kind === 'detector' ? read.string(record.detector, [...path, 'detector']) : undefined;
  if (kind !== 'detector' && record.detector !== undefined) read.fail([...path, 'detector'], 'only rules of kind `detector` name a detector');
  const data: Partial<Record<Language, RuleData>> = {};
  for (const language of LANGUAGES) {
    if (record[language] === undefined) continue;
    if (!languages.includes(language)) read.fail([...path, language], `the pack does not declare the language \`${language}\``);
    const section = loadRuleData(record[language], file, [...path, language]);
    if (language === 'fr') for (const id of Object.keys(section.messages)) section.messages[id] = frenchSpacing(section.messages[id]);
    data[language] = section;
  }
  const present = Object.keys(data) as Language[];
  if (present.length === 0) read.fail(path, `rule \`${id}\` has no language section (${languages.join(', ')})`);
  // `languages` may list more than the sections: the rule then runs there with its first
  // section's data and messages (a rule whose data is not language-specific, such as a limit).
  const runsIn = record.languages === undefined ? present
    : read.list(record.languages, [...path, 'languages']).map((l, i) => read.choice(l, [...path, 'languages', i], languages));
  for (const language of present) {
    if (!runsIn.includes(language)) read.fail([...path, 'languages'], `lists no \`${language}\` but the rule has a \`${language}\` section`);
  }
  return {
    meta: {
      id,
      guideline,
      description: read.string(record.description, [...path, 'description']),
      severity: read.choice(record.severity ?? 'warning', [...path, 'severity'], SEVERITIES),
      languages: runsIn,
      fix: read.choice(record.fix ?? 'none', [...path, 'fix'], FIX_KINDS),
      ...(record.defersTo === undefined ? {} : { defersTo: read.strings(record.defersTo, [...path, 'defersTo']) }),
    },
    kind,
    detector,
    data,
    file,
    path,
  };
}

/** The data a rule uses in `language`: that language's section, else the rule's first section. */
export function dataFor(spec: RuleSpec, language: Language): RuleData {
  return spec.data[language] ?? Object.values(spec.data)[0]!;
}

/** One value per language section of `spec`, built once when the rule is created (word sets, indexes). */
export function perLanguage<T>(spec: RuleSpec, build: (data: RuleData, language: Language) => T): Map<Language, T> {
  return new Map((Object.entries(spec.data) as [Language, RuleData][]).map(([language, data]) => [language, build(data, language)]));
}
