import type { BlockContext, Language, Report } from '../api';
import { shoutedRuns } from '../kinds/capitals';
import { dataSet, formatMessage, type RuleData } from '../kinds/data';
import { dictionaryOf } from '../kinds/dictionary';
import { dataFor, type Detector } from '../pack/spec';

/** Roman numerals of I, V and X only (`RUN II`, `PART IV`), as clear/acronym-first-use reads them. */
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

/** One language's messages and the words in capitals that are not shouting. */
interface Lexicon {
  file: RuleData;
  keepCapitals: Set<string>;
}

/**
 * True when `word` (in capitals) is a name, an abbreviation, the organisation's name or a Roman
 * numeral rather than a shouted word, so that it neither counts as shouting nor loses its capitals.
 */
function keepsCapitals(word: string, { keepCapitals }: Lexicon, organisation: readonly string[]): boolean {
  return keepCapitals.has(word) || organisation.includes(word) || ROMAN.test(word);
}

/** `reasonable`: runs of shouted words in capitals. The fix writes them in sentence case and keeps acronyms. */
export const allCaps: Detector = {
  name: 'all-caps',
  create(spec, resources) {
    const lexicons = new Map<Language, Lexicon>(spec.meta.languages.map((language) => {
      const file = dataFor(spec, language);
      return [language, { file, keepCapitals: dataSet(file, 'keepCapitals') }];
    }));
    // Shouted words are told from acronyms by the English word list, in every language (as before the pack).
    const dictionary = dictionaryOf(resources.dictionary('en'));
    return {
      meta: spec.meta,
      checkBlock: function allCapsCheck({ block, analysis, settings, language }: BlockContext): Report[] {
        const lexicon = lexicons.get(language);
        if (!lexicon) return [];
        const abbreviation = (w: string): boolean => keepsCapitals(w, lexicon, settings.organisation);
        return shoutedRuns(analysis, dictionary, abbreviation).map((run) => {
          const actual = block.text.slice(run.start - block.start, run.end - block.start);
          const atStart = analysis.sentences[analysis.words[run.first].sentence].words[0] === analysis.words[run.first];
          let expected = '';
          let at = run.start;
          for (let k = run.first; k <= run.last; k++) {
            const word = analysis.words[k];
            expected += block.text.slice(at - block.start, word.start - block.start);
            expected += abbreviation(word.text) || word.text === 'I' ? word.text : word.text.toLowerCase();
            at = word.end;
          }
          if (atStart) expected = expected.charAt(0).toUpperCase() + expected.slice(1);
          return {
            start: run.start,
            end: run.end,
            message: formatMessage(lexicon.file.messages.default, { actual }),
            expected: [expected],
            fixes: [{ title: `Replace with \`${expected}\``, edits: [{ start: run.start, end: run.end, text: expected }] }],
          };
        });
      },
    };
  },
};
