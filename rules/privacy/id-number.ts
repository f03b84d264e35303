import type { BlockContext, Language, Report } from '../api';
import { dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { redactFix } from '../kinds/regex';
import { dataFor, type Detector } from '../pack/spec';

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
function idNumberPattern(file: RuleData): RegExp {
  return new RegExp(
    `\\b(?:${alternatives(dataStrings(file, 'documents'))})\\s*(?:${alternatives(dataStrings(file, 'numberWords'))})(?![\\p{L}])` +
      `(?:\\s+(?:${alternatives(dataStrings(file, 'copulas'))}))?\\s*[:=#]?\\s*((?:[A-Z]{1,3}[ -]?)?\\d(?:[ -]?\\d){3,15}[A-Z]?)(?![\\p{L}\\p{N}])`,
    'giu',
  );
}

/** `privacy`: badge, ID and passport numbers identify a person and open doors. */
export const idNumber: Detector = {
  name: 'id-number',
  create(spec) {
    const patterns = new Map<Language, { file: RuleData; pattern: RegExp }>(spec.meta.languages.map((language) => {
      const file = dataFor(spec, language);
      return [language, { file, pattern: idNumberPattern(file) }];
    }));
    return {
      meta: spec.meta,
      checkBlock: function idNumberCheck({ block, language }: BlockContext): Report[] {
        const found = patterns.get(language);
        if (!found) return [];
        const reports: Report[] = [];
        for (const match of block.text.matchAll(found.pattern)) {
          const start = block.start + match.index;
          const end = start + match[0].length;
          const valueStart = end - match[1].length;
          reports.push({ start, end, message: formatMessage(found.file.messages.default, { actual: match[0] }), fixes: [redactFix(valueStart, end)] });
        }
        return reports;
      },
    };
  },
};
