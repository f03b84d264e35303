import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { formatMessage, loadRuleData } from '../kinds/data';
import { listOf } from '../kinds/phrase-set';
import { redactFix } from '../kinds/pattern';
import en from './street-address.en.yml';

const data = { en: loadRuleData(en, 'rules/privacy/street-address.en.yml') };

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
/** A house number: `12`, `221B`, `12 bis`. */
const NUMBER = '\\d{1,4}(?:[a-zA-Z]\\b|\\s+(?:bis|ter)\\b)?';

/**
 * `12 rue des Alpes` (type before the name, with optional particles) or `221B Baker Street`
 * (one to three capitalised words, then the type). An optional `, 1201 Genève` postcode and
 * town is part of the address. Every quantifier is bounded or over one class: linear time.
 */
function addressPattern(): RegExp {
  const before = alternatives(listOf(data.en, 'typesBefore'));
  const after = alternatives(listOf(data.en, 'typesAfter'));
  const particles = alternatives(listOf(data.en, 'particles'));
  const typeFirst = `(?:${before})\\s+(?:(?:${particles})\\s*)?${NAME}(?:\\s+${NAME}){0,2}`;
  const nameFirst = `${NAME}(?:\\s+${NAME}){0,2}\\s+(?:${after})(?![\\p{L}])`;
  const postcode = `(?:,\\s*\\d{4,5}\\s+${NAME})?`;
  return new RegExp(`(?<![\\p{L}\\p{N}.,])${NUMBER},?\\s+(?:${typeFirst}|${nameFirst})${postcode}`, 'gu');
}

const ADDRESS = addressPattern();
const YEAR = /^(?:1[89]|20)\d\d\b/;

/** `privacy`: a street address with a house number is where someone lives; posting it exposes them. */
export const streetAddress: Rule & { data: typeof data } = {
  meta: {
    id: 'street-address',
    guideline: 'privacy',
    description: 'Do not post home or street addresses.',
    severity: 'warning',
    languages: ['en'],
    fix: 'suggestion',
  },
  data,
  checkBlock: function streetAddressCheck({ block }: BlockContext): Report[] {
    const reports: Report[] = [];
    for (const match of block.text.matchAll(ADDRESS)) {
      // `12 March 2020 via Zulip`: a year is not a house number.
      if (YEAR.test(match[0])) continue;
      const start = block.start + match.index;
      const end = start + match[0].length;
      reports.push({ start, end, message: formatMessage(data.en.messages.default, { actual: match[0] }), fixes: [redactFix(start, end)] });
    }
    return reports;
  },
};
