/**
 * Language tags as authors write them (`fr-FR`, `fr_CH`, `FR`, `en-GB`, `fra`, `français`)
 * reduced to the engine's languages, and the error for a language the pack cannot lint. An
 * unsupported language is an error, never English in silence (issue 9).
 */
import { LANGUAGES } from './pack';
import type { Language } from './types';

/** ISO 639-2/3 codes and names, in English and in the language itself, that stand for an engine language. */
const ALIASES: Record<string, Language> = {
  eng: 'en', english: 'en', anglais: 'en',
  fra: 'fr', fre: 'fr', french: 'fr', 'français': 'fr', francais: 'fr', 'française': 'fr', francaise: 'fr',
};

/**
 * The primary language of `tag`, lower-cased: `fr` for `fr-FR`, `fr_CH`, `FR`, `fra` or
 * `Français`; `de` for `de-CH`. Undefined when `tag` is not a non-empty string. The result is an
 * engine language only if {@link isLanguage} says so.
 */
export function primaryLanguage(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_\s]/)[0];
  if (primary === '') return undefined;
  return ALIASES[primary] ?? primary;
}

/** Whether `value` is one of the engine's languages. */
export function isLanguage(value: string | undefined): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

/** A language of a post's front matter that the pack cannot lint in; `start`/`end` locate its line. */
export class LanguageError extends Error {
  constructor(
    /** The tag as written. */
    readonly value: string,
    /** The key that holds it: `lang` or `language`. */
    readonly key: string,
    readonly languages: readonly Language[],
    readonly start: number,
    readonly end: number,
  ) {
    super(`The front matter's \`${key}: ${value}\` is not a language of the pack (${languages.join(', ')}): write ${choices(languages)}, or remove it to let Guidelint detect the language.`);
  }
}

/** `en or fr`: the languages an author can choose from, for messages. */
export function choices(languages: readonly string[]): string {
  return languages.length <= 1 ? languages.join('') : `${languages.slice(0, -1).join(', ')} or ${languages[languages.length - 1]}`;
}

/**
 * The language `tag` stands for if `languages` (the pack's) include it, else undefined. `auto`
 * and empty values name no language; {@link isSet} tells them from a language the pack lacks.
 */
export function packLanguage(tag: unknown, languages: readonly Language[]): Language | undefined {
  const primary = primaryLanguage(tag);
  return isLanguage(primary) && languages.includes(primary) ? primary : undefined;
}

/** Whether `tag` names a language at all: not missing, empty or `auto`. */
export function isSet(tag: unknown): boolean {
  return tag !== undefined && tag !== null && !(typeof tag === 'string' && (tag.trim() === '' || tag.trim().toLowerCase() === 'auto'));
}
