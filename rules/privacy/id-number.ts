import type { BlockContext, Fix, Language, Report } from '../api';
import { dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { redactionOf } from '../kinds/redaction';
import { dataFor, type Detector } from '../pack/spec';

/** Data words as a case-insensitive alternation, longest first; spaces match any run of white space, `'` either apostrophe. */
function alternatives(words: string[]): string {
  return words
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/'/g, "['’]"))
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/**
 * An identifier: optional letters (`X`, `CH93`), then groups that each start with a digit,
 * separated by one space, dot, hyphen or slash (`812 334`, `756.1234.5678.97`, `12AB34567`).
 * A separator is required between groups, so a digit run splits one way only: linear time.
 */
const IDENTIFIER = '((?:[A-Z]{1,3}[ -]?)?\\d[\\dA-Z]*(?:[ .\\-/]\\d[\\dA-Z]*){0,9})(?![\\p{L}\\p{N}])';

/**
 * How an identifier is introduced, each form from the data's word lists: a document word then
 * a number word (`badge number 745512`, `ID no. 123456`); a number word, a link word and a
 * document word (`numéro de badge : 812 334`, `n° AVS 756…`; only with `numberLinks`); or a
 * document that needs no number word (`badge 447 921`, `passeport 12AB34567`; only with
 * `bareDocuments`). Then an optional `is`/`:`/`=` and the identifier (group 1), which the
 * fix redacts.
 */
function idNumberPattern(file: RuleData): RegExp {
  const list = (key: string): string => alternatives(dataStrings(file, key));
  const [documents, numberWords, links, bare] = [list('documents'), list('numberWords'), list('numberLinks'), list('bareDocuments')];
  const forms = [`(?:${documents})\\s*(?:${numberWords})(?![\\p{L}])`];
  if (links) forms.push(`(?:${numberWords})(?:\\s+(?:${links}))?\\s*(?:${documents})(?![\\p{L}])`);
  if (bare) forms.push(`(?:${bare})(?:\\s*(?:${numberWords}))?(?![\\p{L}])`);
  return new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${forms.join('|')})(?:\\s+(?:${list('copulas')}))?\\s*(?:[:=#]\\s*)?${IDENTIFIER}`,
    'giu',
  );
}

/** A year, a span of years or a date (`2024`, `2024-2025`, `12.06.2030`): not an identifier. */
const NOT_AN_ID = /^(?:(?:1[89]|20)\d\d(?:[-/](?:1[89]|20)?\d\d)?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$/;

/** An identifier has at least four digits (`ID no. 12` is a count), and is no year or date. */
const isIdentifier = (value: string): boolean => (value.match(/\d/g) ?? []).length >= 4 && !NOT_AN_ID.test(value);

/** `privacy`: badge, ID and passport numbers identify a person and open doors. */
export const idNumber: Detector = {
  name: 'id-number',
  create(spec) {
    const patterns = new Map<Language, { file: RuleData; pattern: RegExp; redact: (start: number, end: number) => Fix }>(spec.meta.languages.map((language) => {
      const file = dataFor(spec, language);
      return [language, { file, pattern: idNumberPattern(file), redact: redactionOf(file) }];
    }));
    return {
      meta: spec.meta,
      checkBlock: function idNumberCheck({ block, language }: BlockContext): Report[] {
        const found = patterns.get(language);
        if (!found) return [];
        const reports: Report[] = [];
        // An identifier has four digits or more: most blocks have no digit, and skip the scan.
        if (!/\d/.test(block.text)) return reports;
        for (const match of block.text.matchAll(found.pattern)) {
          if (!isIdentifier(match[1])) continue;
          const start = block.start + match.index;
          const end = start + match[0].length;
          const valueStart = end - match[1].length;
          reports.push({ start, end, message: formatMessage(found.file.messages.default, { actual: match[0] }), fixes: [found.redact(valueStart, end)] });
        }
        return reports;
      },
    };
  },
};
