import type { BlockContext, Language, Report } from '../api';
import { dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { redactFix } from '../kinds/regex';
import { dataFor, type Detector } from '../pack/spec';

/** One data word as a pattern: escaped, each letter a two-case class, a final `.` optional. */
const caseless = (word: string): string =>
  word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\.$/, '\\.?').replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);

/** Data words as a case-insensitive alternation (each letter a two-case class, since the pattern itself is case-sensitive). */
const alternatives = (words: string[]): string =>
  words
    .map((w) => w.split(' ').map(caseless).join('\\s+'))
    .sort((a, b) => b.length - a.length)
    .join('|');

/** A capitalised name word (`Alpes`, `Saint-Jean`, `O'Neill`). */
const NAME = "\\p{Lu}[\\p{L}'’-]*";
/** A house number: `12`, `221B`, `12 bis` (the suffix words are the data's `numberSuffixes`). */
const houseNumber = (suffixes: string): string => `\\d{1,4}(?:[a-zA-Z]\\b|\\s+(?:${suffixes})\\b)?`;

/**
 * `12 rue des Alpes` (type before the name, with optional particles) or `221B Baker Street`
 * (one to three capitalised words, then the type). An optional `, 1201 Genève` postcode and
 * town is part of the address. Every quantifier is bounded or over one class: linear time.
 */
function addressPattern(file: RuleData): RegExp {
  const before = alternatives(dataStrings(file, 'typesBefore'));
  const after = alternatives(dataStrings(file, 'typesAfter'));
  const particles = alternatives(dataStrings(file, 'particles'));
  const number = houseNumber(dataStrings(file, 'numberSuffixes').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  const typeFirst = `(?:${before})\\s+(?:(?:${particles})\\s*)?${NAME}(?:\\s+${NAME}){0,2}`;
  const nameFirst = `${NAME}(?:\\s+${NAME}){0,2}\\s+(?:${after})(?![\\p{L}])`;
  const postcode = `(?:,\\s*\\d{4,5}\\s+${NAME})?`;
  return new RegExp(`(?<![\\p{L}\\p{N}.,])${number},?\\s+(?:${typeFirst}|${nameFirst})${postcode}`, 'gu');
}

const YEAR = /^(?:1[89]|20)\d\d\b/;

/** `privacy`: a street address with a house number is where someone lives; posting it exposes them. */
export const streetAddress: Detector = {
  name: 'street-address',
  create(spec) {
    const patterns = new Map<Language, { file: RuleData; pattern: RegExp }>(spec.meta.languages.map((language) => {
      const file = dataFor(spec, language);
      return [language, { file, pattern: addressPattern(file) }];
    }));
    return {
      meta: spec.meta,
      checkBlock: function streetAddressCheck({ block, language }: BlockContext): Report[] {
        const found = patterns.get(language);
        if (!found) return [];
        const reports: Report[] = [];
        for (const match of block.text.matchAll(found.pattern)) {
          // `12 March 2020 via Zulip`: a year is not a house number.
          if (YEAR.test(match[0])) continue;
          const start = block.start + match.index;
          const end = start + match[0].length;
          reports.push({ start, end, message: formatMessage(found.file.messages.default, { actual: match[0] }), fixes: [redactFix(start, end)] });
        }
        return reports;
      },
    };
  },
};
