/** Validation of a pack file's own fields: identity, languages, organisation, guidelines, advice, classes and dictionaries. */
import type { Guideline, Language, Localized } from '../api';
import { LANGUAGES } from '../api';
import type { KeyPath } from './errors';
import { Reader } from './read';
import type { PackSource } from './source';
import { frenchSpacing } from '../kinds/french-spacing';

const PACK_KEYS = ['id', 'name', 'languages', 'organisation', 'guidelines', 'advice', 'classes', 'dictionaries', 'rules'];

/** A pack's fields before its rules are compiled. */
export interface PackHeader {
  id: string;
  name: Localized;
  languages: Language[];
  organisation: { names: string[]; contact: string; team?: string };
  guidelines: Guideline[];
  advice: Localized[];
  classes: Partial<Record<Language, Record<string, string[]>>>;
  /** Dictionary words per language, as one string of words separated by white space. */
  dictionaries: Partial<Record<Language, string>>;
}

/** Reads a text given per language; languages the pack lacks fall back to its first language. */
function localized(read: Reader, value: unknown, path: KeyPath, languages: readonly Language[]): Localized {
  if (typeof value === 'string') return Object.fromEntries(LANGUAGES.map((l) => [l, read.string(value, path)])) as Localized;
  const record = read.keys(value, path, LANGUAGES);
  const texts: Partial<Localized> = {};
  for (const language of languages) texts[language] = read.string(record[language], [...path, language]);
  const fallback = texts[languages[0]]!;
  const text = (l: Language): string => texts[l] ?? read.optionalString(record[l], [...path, l]) ?? fallback;
  return Object.fromEntries(LANGUAGES.map((l) => [l, l === 'fr' ? frenchSpacing(text(l)) : text(l)])) as Localized;
}

/** A value that is either inline or the name of an included file (`classes: { en: classes.en.yml }`). */
function included(source: PackSource, read: Reader, value: unknown, path: KeyPath): { value: unknown; read: Reader; path: KeyPath } {
  if (typeof value !== 'string') return { value, read, path };
  const file = source.includes[value];
  if (!file) read.fail(path, `included file \`${value}\` was not found`);
  return { value: file.data, read: new Reader(file.file), path: [] };
}

function classesOf(source: PackSource, read: Reader, value: unknown, languages: readonly Language[]): PackHeader['classes'] {
  const classes: PackHeader['classes'] = {};
  if (value === undefined) return classes;
  const record = read.keys(value, ['classes'], languages);
  for (const language of languages) {
    if (record[language] === undefined) continue;
    const inner = included(source, read, record[language], ['classes', language]);
    const byName = inner.read.record(inner.value, inner.path);
    classes[language] = {};
    for (const [name, entries] of Object.entries(byName)) {
      if (!/^[A-Z][A-Z0-9_]*$/.test(name)) inner.read.fail([...inner.path, name], 'class names are upper case: letters, digits and _');
      classes[language]![name] = inner.read.strings(entries, [...inner.path, name]);
    }
  }
  return classes;
}

function dictionariesOf(source: PackSource, read: Reader, value: unknown, languages: readonly Language[]): PackHeader['dictionaries'] {
  const dictionaries: PackHeader['dictionaries'] = {};
  if (value === undefined) return dictionaries;
  const record = read.keys(value, ['dictionaries'], languages);
  for (const language of languages) {
    if (record[language] === undefined) continue;
    const inner = included(source, read, record[language], ['dictionaries', language]);
    const words = inner.read.keys(inner.value, inner.path, ['words']).words;
    dictionaries[language] = inner.read.string(words, [...inner.path, 'words']);
  }
  return dictionaries;
}

/** Validates the pack file of `source`, without its rules. */
export function validatePackHeader(source: PackSource): PackHeader {
  const read = new Reader(source.file);
  const raw = read.keys(source.data, [], PACK_KEYS);
  const languages = read.list(raw.languages ?? ['en'], ['languages']).map((l, i) => read.choice(l, ['languages', i], LANGUAGES));
  if (languages.length === 0) read.fail(['languages'], 'a pack needs at least one language');
  const organisation = read.keys(raw.organisation, ['organisation'], ['names', 'aliases', 'contact', 'team']);
  const names = read.strings(organisation.names, ['organisation', 'names']);
  if (names.length === 0) read.fail(['organisation', 'names'], 'name the organisation at least once');
  const seen = new Set<string>();
  const guidelines = read.list(raw.guidelines, ['guidelines']).map((entry, index): Guideline => {
    const where = ['guidelines', index];
    const item = read.keys(entry, where, ['id', 'title', 'text', 'source']);
    const id = read.string(item.id, [...where, 'id']);
    if (seen.has(id)) read.fail([...where, 'id'], `duplicate guideline id \`${id}\``);
    seen.add(id);
    return {
      id,
      title: localized(read, item.title, [...where, 'title'], languages),
      text: localized(read, item.text, [...where, 'text'], languages),
      source: read.string(item.source, [...where, 'source']),
    };
  });
  if (guidelines.length === 0) read.fail(['guidelines'], 'a pack needs at least one guideline');
  return {
    id: read.string(raw.id, ['id']),
    name: localized(read, raw.name, ['name'], languages),
    languages,
    organisation: {
      names: [...names, ...read.strings(organisation.aliases, ['organisation', 'aliases'])],
      contact: read.string(organisation.contact, ['organisation', 'contact']),
      team: read.optionalString(organisation.team, ['organisation', 'team']),
    },
    guidelines,
    advice: read.list(raw.advice ?? [], ['advice']).map((a, i) => localized(read, a, ['advice', i], languages)),
    classes: classesOf(source, read, raw.classes, languages),
    dictionaries: dictionariesOf(source, read, raw.dictionaries, languages),
  };
}
