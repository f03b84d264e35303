import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { formatMessage, loadRuleData } from '../kinds/data';
import { listOf } from '../kinds/phrase-set';
import { redactFix } from '../kinds/pattern';
import en from './id-number.en.yml';

const data = { en: loadRuleData(en, 'rules/privacy/id-number.en.yml') };

/** Data words as a case-insensitive alternation, longest first; spaces match any run of white space. */
function alternatives(words: string[]): string {
  return words
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/'/g, "['’]"))
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/**
 * `badge number 745512`, `ID no. 123456`, `passport number: X1234567`, `employee ID is 88231`:
 * a document word, a number word, an optional `is`/`:`/`=`, then an identifier of at least
 * four digits (groups separated by single spaces or hyphens allowed, as in `812 334`).
 * Group 1 is the identifier, which the fix redacts.
 */
const ID_NUMBER = new RegExp(
  `\\b(?:${alternatives(listOf(data.en, 'documents'))})\\s*(?:${alternatives(listOf(data.en, 'numberWords'))})(?![\\p{L}])` +
    `(?:\\s+(?:is|was))?\\s*[:=#]?\\s*((?:[A-Z]{1,3}[ -]?)?\\d(?:[ -]?\\d){3,15}[A-Z]?)(?![\\p{L}\\p{N}])`,
  'giu',
);

/** `privacy`: badge, ID and passport numbers identify a person and open doors. */
export const idNumber: Rule & { data: typeof data } = {
  meta: {
    id: 'id-number',
    guideline: 'privacy',
    description: 'Do not post badge, ID, passport or other personal identification numbers.',
    severity: 'warning',
    languages: ['en'],
    fix: 'suggestion',
  },
  data,
  checkBlock: function idNumberCheck({ block }: BlockContext): Report[] {
    const reports: Report[] = [];
    for (const match of block.text.matchAll(ID_NUMBER)) {
      const start = block.start + match.index;
      const end = start + match[0].length;
      const valueStart = end - match[1].length;
      reports.push({ start, end, message: formatMessage(data.en.messages.default, { actual: match[0] }), fixes: [redactFix(valueStart, end)] });
    }
    return reports;
  },
};
