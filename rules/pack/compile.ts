/**
 * Compiles a pack: validates the pack file and every rule, and turns each rule into a
 * runnable one through its kind (data) or its detector (code). The result is what the engine
 * takes: `new DocumentLinter({ pack })`.
 */
import type { Language, Pack, Rule } from '../api';
import { PackError, UnknownOptionError } from './errors';
import { kinds } from './kinds';
import { Reader } from './read';
import type { PackSource, RuleSource } from './source';
import { validateRuleSpec, type Detector, type PackResources, type RuleSpec } from './spec';
import { validatePackHeader } from './validate-pack';
import { wordList, type WordList } from './word-list';

/** What compiling needs besides the pack's files. */
export interface CompileOptions {
  /** The built-in detectors, by name (rules/detectors.ts). */
  detectors: ReadonlyMap<string, Detector>;
  /** Per rule id: options merged over the rule file's (from configuration). */
  options?: Record<string, Record<string, unknown>>;
  /** Per rule id: changes to a rule's data before it is compiled (configuration lists that extend a rule). */
  extend?: (spec: RuleSpec) => RuleSpec;
  /** Entries added to word classes in every language of the pack (configuration's `products` → `PRODUCT`). */
  classes?: Record<string, string[]>;
  /** See {@link PackResources.eager}; default true. */
  eager?: boolean;
}

/** A compiled pack with the validated specs of its rules, for tools that run their examples. */
export interface CompiledPack extends Pack {
  specs: readonly RuleSpec[];
}

function resourcesOf(header: ReturnType<typeof validatePackHeader>, extra: Record<string, string[]> = {}, eager = true): PackResources {
  const dictionaries = new Map<Language, WordList>();
  const classes: PackResources['classes'] = {};
  for (const language of header.languages) {
    // ORGANISATION is always the pack's names (and aliases), so patterns can name the organisation.
    const own: Record<string, string[]> = { ORGANISATION: header.organisation.names, ...header.classes[language] };
    for (const [name, entries] of Object.entries(extra)) own[name] = [...(own[name] ?? []), ...entries];
    classes[language] = own;
  }
  return {
    eager,
    classes,
    organisation: header.organisation,
    dictionary(language) {
      let words = dictionaries.get(language);
      if (!words) {
        words = wordList(header.dictionaries[language] ?? '');
        dictionaries.set(language, words);
      }
      return words;
    },
  };
}

/** Validates and compiles `source`. Throws a {@link PackError} naming the file and the key of the first problem. */
export function compilePack(source: PackSource, options: CompileOptions): CompiledPack {
  const header = validatePackHeader(source);
  const guidelines = new Set(header.guidelines.map((g) => g.id));
  const resources = resourcesOf(header, options.classes, options.eager);
  const specs: RuleSpec[] = [];
  const seen = new Map<string, string>();
  for (const rule of source.rules) {
    let spec = validateRuleSpec(rule.data, rule.file, rule.path, guidelines, header.languages);
    const previous = seen.get(spec.meta.id);
    if (previous) throw new PackError(rule.file, [...rule.path, 'id'], `rule id \`${spec.meta.id}\` is already used by ${previous}`);
    seen.set(spec.meta.id, rule.file);
    const override = options.options?.[spec.meta.id];
    if (override) spec = withOptions(spec, override, rule);
    if (options.extend) spec = options.extend(spec);
    specs.push(spec);
  }
  const rules: Rule[] = specs.map((spec) => compileRule(spec, resources, options.detectors));
  const order = (a: { meta: { id: string } }, b: { meta: { id: string } }) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0);
  return {
    id: header.id,
    name: header.name,
    languages: header.languages,
    organisation: { names: header.organisation.names, contact: header.organisation.contact, team: header.organisation.team },
    guidelines: header.guidelines,
    advice: header.advice,
    rules: rules.sort(order),
    specs: specs.sort(order),
    dictionary: resources.dictionary,
  };
}

/** Data fields a configuration may not replace: they are validated as the rule's own data. */
const FIXED_FIELDS = ['messages', 'entries', 'examples', 'file', 'path'];

/**
 * A rule with configuration options: each option replaces the data field of that name in every
 * language section (`long-sentence: { options: { maximumWords: 30 } }`); the detector or kind
 * then checks it as it checks its own data.
 */
function withOptions(spec: RuleSpec, override: Record<string, unknown>, rule: RuleSource): RuleSpec {
  const data: RuleSpec['data'] = {};
  for (const key of Object.keys(override)) {
    const known = Object.values(spec.data).some((section) => Object.hasOwn(section, key));
    if (FIXED_FIELDS.includes(key) || !known) {
      throw new UnknownOptionError(rule.file, [...rule.path], spec.meta.id, key, `rule \`${spec.meta.id}\` has no option \`${key}\` (its options are the data fields of its file, e.g. ${Object.keys(Object.values(spec.data)[0] ?? {}).filter((k) => !FIXED_FIELDS.includes(k)).join(', ') || 'none'})`);
    }
  }
  for (const [language, section] of Object.entries(spec.data)) data[language as keyof typeof data] = { ...section, ...override };
  return { ...spec, data };
}

function compileRule(spec: RuleSpec, resources: PackResources, detectors: ReadonlyMap<string, Detector>): Rule {
  if (spec.kind === 'detector') {
    const detector = detectors.get(spec.detector!);
    if (!detector) {
      new Reader(spec.file).fail([...spec.path, 'detector'], `unknown detector \`${spec.detector}\` (built-in: ${[...detectors.keys()].sort().join(', ')})`);
    }
    return detector!.create(spec, resources);
  }
  return kinds[spec.kind](spec, resources);
}
