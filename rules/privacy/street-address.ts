import type { BlockContext, Fix, Language, Report } from '../api';
import { dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { redactionOf } from '../kinds/redaction';
import { dataFor, type Detector } from '../pack/spec';
import { escapeRegExp } from '../kinds/regex';

/** One data word as a pattern: escaped, each letter a two-case class, a final `.` optional, either apostrophe. */
const caseless = (word: string): string =>
  escapeRegExp(word)
    .replace(/\\\.$/, '\\.?')
    .replace(/['’]/g, "['’]")
    .replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);

/** Data words as a case-insensitive alternation (each letter a two-case class, since the pattern itself is case-sensitive). */
const alternatives = (words: string[]): string =>
  words
    .map((w) => w.split(' ').map(caseless).join('\\s+'))
    .sort((a, b) => b.length - a.length)
    .join('|');

/** A capitalised name word (`Alpes`, `Saint-Jean`, `O'Neill`, `Lilas-Mauves`). */
const NAME = "\\p{Lu}[\\p{L}'’-]*";
/** A house number: `12`, `221B`, `12-14`, `12 bis`, `12bis` (the suffix words are the data's `numberSuffixes`). */
const houseNumber = (suffixes: string): string => `\\d{1,4}(?:-\\d{1,4})?(?:[a-zA-Z]\\b|\\s*(?:${suffixes})\\b)?`;

/**
 * `12 rue des Alpes` (type before the name, with optional particles), `221B Baker Street`
 * (one to three capitalised words, then the type), or, for the types of `numberAfter`,
 * `route de Meyrin 385` (the house number after the name, as Swiss addresses have it). An
 * optional postcode and town (`, 1201 Genève`, `1211 Genève 23`) is part of the address. A
 * form whose word list is empty is left out. Group 1 is a house number written after the
 * name. Every quantifier is bounded or over one class: linear time.
 */
function addressPattern(file: RuleData): RegExp {
  const list = (key: string): string => alternatives(dataStrings(file, key));
  const [before, after, numberAfter] = [list('typesBefore'), list('typesAfter'), list('numberAfter')];
  const particles = `(?:(?:${list('particles')})\\s*)?`;
  const number = houseNumber(dataStrings(file, 'numberSuffixes').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  const names = `${NAME}(?:\\s+${NAME}){0,2}`;
  const postcode = `(?:,?\\s*\\d{4,5}\\s+${NAME}(?:\\s+\\d{1,2}(?!\\p{N}))?)?`;
  const numberFirst = [before && `(?:${before})\\s+${particles}${names}`, after && `${names}\\s+(?:${after})(?![\\p{L}])`].filter(Boolean);
  const forms = [`(?<![\\p{L}\\p{N}.,])${number},?\\s+(?:${numberFirst.join('|')})${postcode}`];
  if (numberAfter) forms.push(`(?<![\\p{L}\\p{N}])(?:${numberAfter})\\s+${particles}${names}\\s+(${number})(?![\\p{L}\\p{N}]|[.,]\\p{N})${postcode}`);
  return new RegExp(forms.join('|'), 'gu');
}

/** `12 March 2020 via Zulip`, `route de Genève 2024`: a year is not a house number. */
const YEAR = /^(?:1[89]|20)\d\d\b/;

/** Whether the word before the number makes it another number (`bâtiment 33, route de Meyrin`: a building, not a house). */
function afterOtherNumberWord(text: string, index: number, notAfter: ReadonlySet<string>): boolean {
  const before = /([\p{L}.]+)[\s\u00a0]*$/u.exec(text.slice(Math.max(0, index - 20), index))?.[1];
  return before !== undefined && notAfter.has(before.toLowerCase());
}

/** How far before an address the organisation's name makes it the organisation's own. */
const OWNER_WINDOW = 30;

/**
 * Whether one of the organisation's names comes just before the address, in the same sentence
 * (`Le CERN, Esplanade des Particules 1, 1211 Genève 23`): the organisation's address is public.
 */
function isOrganisationAddress(text: string, index: number, names: readonly string[]): boolean {
  const before = text.slice(Math.max(0, index - OWNER_WINDOW), index).split(/[.!?\n]/).at(-1)!.toLowerCase();
  return names.some((name) => {
    const at = before.lastIndexOf(name.toLowerCase());
    return at !== -1 && !/[\p{L}\p{N}]/u.test(before[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(before[at + name.length] ?? '');
  });
}

/** `privacy`: a street address with a house number is where someone lives; posting it exposes them. */
export const streetAddress: Detector = {
  name: 'street-address',
  create(spec) {
    const patterns = new Map<Language, { file: RuleData; pattern: RegExp; notAfter: Set<string>; redact: (start: number, end: number) => Fix }>(spec.meta.languages.map((language) => {
      const file = dataFor(spec, language);
      return [language, { file, pattern: addressPattern(file), notAfter: new Set(dataStrings(file, 'notAfter').map((w) => w.toLowerCase())), redact: redactionOf(file) }];
    }));
    return {
      meta: spec.meta,
      checkBlock: function streetAddressCheck({ block, language, settings }: BlockContext): Report[] {
        const found = patterns.get(language);
        if (!found) return [];
        const reports: Report[] = [];
        // Both forms have a house number: most blocks have no digit, and skip the scan.
        if (!/\d/.test(block.text)) return reports;
        for (const match of block.text.matchAll(found.pattern)) {
          if (YEAR.test(match[1] ?? match[0]) || isOrganisationAddress(block.text, match.index, settings.organisation)) continue;
          if (match[1] === undefined && afterOtherNumberWord(block.text, match.index, found.notAfter)) continue;
          const start = block.start + match.index;
          const end = start + match[0].length;
          reports.push({ start, end, message: formatMessage(found.file.messages.default, { actual: match[0] }), fixes: [found.redact(start, end)] });
        }
        return reports;
      },
    };
  },
};
