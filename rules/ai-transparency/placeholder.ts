import type { BlockContext, Report } from '../api';
import { MASK } from '../api';
import { dataSet, dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { matchPattern } from '../kinds/regex';
import { type Detector, perLanguage } from '../pack/spec';

/** Bracketed, angled and braced text on one line; each part is one character class, so linear. */
const ENCLOSED = [/\[([^[\]\n]{1,80})\]/g, /<([^<>\n]{1,60})>/g, /\{([^{}\n]{1,60})\}/g];
/** A run of capital X's standing alone. */
const CROSSES = '(?<![\\p{L}\\p{N}])X{3,}(?![\\p{L}\\p{N}])';

const escape = (phrase: string): string => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normalise = (text: string): string => text.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();

/** One language's placeholder words, and its filler text (`fillers`) with a run of X's as one pattern. */
interface Lexicon {
  file: RuleData;
  starts: Set<string>;
  names: Set<string>;
  filler: RegExp;
}

function lexiconOf(file: RuleData): Lexicon {
  const fillers = dataStrings(file, 'fillers').map((f) => `\\b${escape(f)}\\b`);
  return {
    file,
    starts: dataSet(file, 'starts'),
    names: dataSet(file, 'names'),
    filler: new RegExp([...fillers, CROSSES].join('|'), 'giu'),
  };
}

/** `ai-transparency`: placeholders left in a draft ("[Insert name]", "<insert date>", "Lorem ipsum"). */
export const placeholder: Detector = {
  name: 'placeholder',
  create(spec) {
    const lexicons = perLanguage(spec, lexiconOf);
    return {
      meta: spec.meta,
      checkBlock: function placeholderCheck({ block, language }: BlockContext): Report[] {
        const lexicon = lexicons.get(language);
        if (!lexicon) return [];
        const { file, starts, names } = lexicon;
        const isPlaceholder = (inner: string): boolean => {
          const text = normalise(inner.replace(/[.…:!]+\s*$/, ''));
          return names.has(text) || starts.has(text.split(' ')[0]);
        };
        const found = ENCLOSED.flatMap((pattern) => matchPattern(block, pattern))
          .filter((match) => {
            // `[text](url)` and `[text][ref]` are links: their destination is masked.
            const after = block.text.charAt(match.end - block.start);
            return after !== '(' && after !== MASK && !match.text.includes(MASK) && isPlaceholder(match.groups[0] ?? '');
          })
          .concat(matchPattern(block, lexicon.filler).filter((match) => !/^x+$/.test(match.text)));
        return found.map((match) => ({ start: match.start, end: match.end, message: formatMessage(file.messages.default, { actual: match.text }) }));
      },
    };
  },
};
