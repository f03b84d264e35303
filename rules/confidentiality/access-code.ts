import type { BlockContext, Fix, Language, Report } from '../api';
import { dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { maskSecret, redactionOf } from '../kinds/redaction';
import { PhraseSet } from '../kinds/phrase-set';
import { dataFor, type Detector } from '../pack/spec';
import { adverbsOf, wordPattern } from '../kinds/regex';

/** One language's code pattern and word lists. */
interface Lexicon {
  file: RuleData;
  pattern: RegExp;
  /** `opens with 4471`: a verb of opening and the code, with no code word (group 2 is the code). */
  opener: RegExp | undefined;
  /** Things a code opens, one of which must be in the sentence of an `opener` match. */
  doors: PhraseSet;
  /** Words after the number that make it a count (`opens with 1500 visitors`), not a code. */
  counted: PhraseSet;
  otherCodes: PhraseSet;
  otherCodesAfter: PhraseSet;
  places: PhraseSet;
  needsPlace: Set<string>;
  redact: (start: number, end: number) => Fix;
}

const alternation = (words: string[]): string => words.map(wordPattern).sort((a, b) => b.length - a.length).join('|');

/**
 * A code word, an optional `for the garage` / `du local de stockage` (a link word and up to
 * three words), an optional `is`/`:`/`=` (after a comma too: `le code du cadenas, c'est 2718`),
 * then the code (group 2): three to eight digits, or digits around one letter, with an optional
 * first or last letter, `#` or `*` (`4512`, `A1234`, `2580B`, `75B21`, `2468#`). The white space
 * around `:` is `\s*(?:[:=]\s*)?`, not `\s*[:=]?\s*`, and before the copula `\s*,\s+|\s+`, not
 * `\s*,?\s+`: two runs of white space side by side split a long run in every way (quadratic).
 */
function accessCodePattern(file: RuleData): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}_])(${alternation(dataStrings(file, 'codeWords'))})` +
      `(?:\\s+(?:${alternation(dataStrings(file, 'linkWords'))})(?:\\s+|(?<=['’]))[\\p{L}\\p{N}'’-]+(?:\\s+[\\p{L}\\p{N}'’-]+){0,2}?)?` +
      `(?:(?:\\s*,\\s+|\\s+)(?:${alternation(dataStrings(file, 'copulas'))})${adverbsOf(file)})?\\s*(?:[:=]\\s*)?((?:[A-Z]?\\d{3,8}|\\d{2,6}[A-Z]\\d{1,4})(?:[A-Z](?![\\p{L}\\p{N}])|[#*])?)(?![\\p{L}\\p{N}.,]\\d)`,
    'giu',
  );
}

/** The code as the opener pattern reads it: digits with an optional `#` or `*`, not followed by more digits (`022 555 …` is a phone number). */
const OPENER_CODE = '(\\d{4,8}[#*]?)(?![\\p{L}\\p{N}])(?![.,]?\\s?\\d)';

function openerPattern(file: RuleData): RegExp | undefined {
  const openers = dataStrings(file, 'openers');
  if (openers.length === 0) return undefined;
  const fillers = dataStrings(file, 'openerFillers');
  return new RegExp(`(?<![\\p{L}\\p{N}_])(${alternation(openers)})\\s+(?:(?:${alternation(fillers)})\\s+)?${OPENER_CODE}`, 'giu');
}

function lexiconOf(file: RuleData, language: Language): Lexicon {
  // In French, a word of these lists also matches it with an elision (`entrée` in `l'entrée`).
  const set = (key: string): PhraseSet => new PhraseSet(dataStrings(file, key), key, language);
  return {
    file,
    pattern: accessCodePattern(file),
    opener: openerPattern(file),
    doors: set('doors'),
    counted: set('counted'),
    otherCodes: set('otherCodes'),
    otherCodesAfter: set('otherCodesAfter'),
    places: set('places'),
    needsPlace: new Set(dataStrings(file, 'needsPlace')),
    redact: redactionOf(file),
  };
}

/**
 * `confidentiality`: a door or keypad code in a post opens the door to anyone. `code 4471`
 * alone needs a place in its sentence (`the side door … opens with code 4471`), and error,
 * postal or promo codes (`error code 404`, `code postal 1211`) stay quiet.
 */
export const accessCode: Detector = {
  name: 'access-code',
  create(spec) {
    const lexicons = new Map<Language, Lexicon>(spec.meta.languages.map((language) => [language, lexiconOf(dataFor(spec, language), language)]));
    return {
      meta: spec.meta,
      checkBlock: function accessCodeCheck({ block, analysis, language }: BlockContext): Report[] {
        const lexicon = lexicons.get(language);
        if (!lexicon) return [];
        const { file, pattern, otherCodes, otherCodesAfter, places, needsPlace, redact } = lexicon;
        const reports: Report[] = [];
        // Every code has a run of digits: most blocks have none, and skip both scans.
        if (!/\d\d/.test(block.text)) return reports;
        for (const m of block.text.matchAll(pattern)) {
          const start = block.start + m.index;
          const end = start + m[0].length;
          if (otherCodes.justBefore(analysis, start, 1) || otherCodesAfter.justAfter(analysis, start + m[1].length, 1)) continue;
          const word = m[1].toLowerCase().replace(/\s+/g, ' ');
          if (needsPlace.has(word) && !places.inSentenceOf(analysis, start)) continue;
          reports.push({ start, end, message: formatMessage(file.messages.default, { actual: m[0].slice(0, m[0].length - m[2].length) + maskSecret(m[2]) }), fixes: [redact(end - m[2].length, end)] });
        }
        // `the side door opens with 4471`: no code word, so a door, gate or keypad must be in the sentence.
        for (const m of lexicon.opener ? block.text.matchAll(lexicon.opener) : []) {
          const start = block.start + m.index;
          const end = start + m[0].length;
          if (reports.some((r) => r.start < end && start < r.end) || !lexicon.doors.inSentenceOf(analysis, start) || lexicon.counted.justAfter(analysis, end, 1)) continue;
          reports.push({ start, end, message: formatMessage(file.messages.default, { actual: m[0].slice(0, m[0].length - m[2].length) + maskSecret(m[2]) }), fixes: [redact(end - m[2].length, end)] });
        }
        return reports;
      },
    };
  },
};
