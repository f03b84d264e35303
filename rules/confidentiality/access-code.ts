import type { BlockContext, Language, Report } from '../api';
import { dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { redactFix } from '../kinds/regex';
import { PhraseSet } from '../kinds/phrase-set';
import { dataFor, type Detector } from '../pack/spec';

/** One language's code pattern and word lists. */
interface Lexicon {
  file: RuleData;
  pattern: RegExp;
  otherCodes: PhraseSet;
  places: PhraseSet;
  needsPlace: Set<string>;
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: string[]): string => words.map(escape).sort((a, b) => b.length - a.length).join('|');

/** A code word, an optional `for the garage`, an optional `is`/`:`/`=`, then three to eight digits (group 2). */
function accessCodePattern(file: RuleData): RegExp {
  return new RegExp(
    `\\b(${alternation(dataStrings(file, 'codeWords'))})` +
      `(?:\\s+(?:${alternation(dataStrings(file, 'linkWords'))})(?:\\s+[\\p{L}\\p{N}-]+){1,3}?)?` +
      `(?:\\s+(?:${alternation(dataStrings(file, 'copulas'))}))?\\s*[:=]?\\s*(\\d{3,8}#?)(?![\\p{L}\\p{N}.,]\\d)`,
    'giu',
  );
}

function lexiconOf(file: RuleData): Lexicon {
  return {
    file,
    pattern: accessCodePattern(file),
    otherCodes: new PhraseSet(dataStrings(file, 'otherCodes'), 'otherCodes'),
    places: new PhraseSet(dataStrings(file, 'places'), 'places'),
    needsPlace: new Set(dataStrings(file, 'needsPlace')),
  };
}

/**
 * `confidentiality`: a door or keypad code in a post opens the door to anyone. `code 4471`
 * alone needs a place in its sentence (`the side door … opens with code 4471`), and error,
 * postal or promo codes stay quiet.
 */
export const accessCode: Detector = {
  name: 'access-code',
  create(spec) {
    const lexicons = new Map<Language, Lexicon>(spec.meta.languages.map((language) => [language, lexiconOf(dataFor(spec, language))]));
    return {
      meta: spec.meta,
      checkBlock: function accessCodeCheck({ block, analysis, language }: BlockContext): Report[] {
        const lexicon = lexicons.get(language);
        if (!lexicon) return [];
        const { file, pattern, otherCodes, places, needsPlace } = lexicon;
        const reports: Report[] = [];
        for (const m of block.text.matchAll(pattern)) {
          const start = block.start + m.index;
          const end = start + m[0].length;
          if (otherCodes.justBefore(analysis, start, 1)) continue;
          const word = m[1].toLowerCase().replace(/\s+/g, ' ');
          if (needsPlace.has(word) && !places.inSentenceOf(analysis, start)) continue;
          reports.push({ start, end, message: formatMessage(file.messages.default, { actual: m[0] }), fixes: [redactFix(end - m[2].length, end)] });
        }
        return reports;
      },
    };
  },
};
