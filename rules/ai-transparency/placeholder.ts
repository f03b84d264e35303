import type { BlockContext, Report } from '../api';
import { MASK } from '../api';
import { dataSet, dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { matchPattern, escapeRegExp } from '../kinds/regex';
import { type Detector, perLanguage } from '../pack/spec';

/** Bracketed, angled and braced text on one line; each part is one character class, so linear. */
const ENCLOSED = [/\[([^[\]\n]{1,80})\]/g, /<([^<>\n]{1,60})>/g, /\{([^{}\n]{1,60})\}/g];
/**
 * Template variables between doubled delimiters (`{{race_date}}`, `<<month>>`): one to forty
 * letters, digits, underscores, dots, hyphens or spaces, with a letter; no colon or quote, so a
 * JavaScript object in prose (`{{ color: 'red' }}`) is not one. Each part is one character class,
 * so linear.
 */
const VARIABLE = '\\{\\{\\s?([\\p{L}\\p{N}_.\\- ]{1,40})\\s?\\}\\}|<<\\s?([\\p{L}\\p{N}_.\\- ]{1,40})\\s?>>';
/** A run of capital X's standing alone. */
const CROSSES = '(?<![\\p{L}\\p{N}])X{3,}(?![\\p{L}\\p{N}])';

const normalise = (text: string): string => text.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();

/** One language's placeholder words, and its filler text (`fillers`, any case; `markers`, as written) with a run of X's as one pattern. */
interface Lexicon {
  file: RuleData;
  starts: Set<string>;
  /** Last words that make bracketed text a placeholder (`[citation inspirante à ajouter]`, `[photo here]`); one that starts with an apostrophe ends a possessive (`[mentor's name]`). */
  ends: string[];
  /** Units that make bracketed text a placeholder after a number (`[bio, about 80 words]`). */
  counts: RegExp | undefined;
  /** Template variables (`{{race_date}}`), when the language's data asks for them. */
  variables: RegExp | undefined;
  names: Set<string>;
  /** Labels before a colon that make bracketed text a note still to act on (`[TK: hours]`, `[à vérifier : heure]`). */
  labels: Set<string>;
  filler: RegExp;
  marker: RegExp | undefined;
}

/** A data phrase as a pattern that matches it standing alone (not inside a longer word). */
const alone = (phrase: string): string => `(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`;

function lexiconOf(file: RuleData): Lexicon {
  const fillers = dataStrings(file, 'fillers').map(alone);
  const markers = dataStrings(file, 'markers').map(alone);
  return {
    file,
    starts: dataSet(file, 'starts'),
    ends: dataStrings(file, 'ends').map(normalise),
    counts: dataStrings(file, 'counts').length > 0 ? new RegExp(`\\d\\s?(?:-\\s?\\d+\\s?)?(?:${dataStrings(file, 'counts').map(escapeRegExp).join('|')})$`, 'u') : undefined,
    variables: file.variables === true ? new RegExp(VARIABLE, 'gu') : undefined,
    names: dataSet(file, 'names'),
    labels: new Set(dataStrings(file, 'labels').map(normalise)),
    filler: new RegExp([...fillers, CROSSES].join('|'), 'giu'),
    marker: markers.length > 0 ? new RegExp(markers.join('|'), 'gu') : undefined,
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
        const matches = (text: string): boolean => {
          const words = text.split(' ');
          // A start of one or two words (`[add …]`, `[name of …]`), or an end (`[… à ajouter]`).
          return names.has(text) || starts.has(words[0]) || (words.length > 2 && starts.has(`${words[0]} ${words[1]}`)) ||
            (words.length > 1 && lexicon.ends.some((end) => text.endsWith(` ${end}`))) ||
            lexicon.ends.some((end) => end.startsWith("'") && text.length > end.length && text.endsWith(end) && /\p{L}$/u.test(text.slice(0, -end.length))) ||
            (lexicon.counts !== undefined && words.length > 2 && lexicon.counts.test(text));
        };
        const isPlaceholder = (inner: string): boolean => {
          const text = normalise(inner.replace(/[.…:!]+\s*$/, ''));
          // A label before a colon (`[caption: add the names]`, `[légende : nom du lieu]`) is not the placeholder's first word;
          // a label that is itself a note to act on (`[TK: hours]`, `[à vérifier : heure]`) makes it one, whatever follows.
          const labelled = /^([\p{L}'-]{1,20}(?: [\p{L}'-]{1,20}){0,3})\s?:\s(.+)$/u.exec(text);
          return matches(text) || (labelled !== null && (lexicon.labels.has(labelled[1]) || matches(labelled[2])));
        };
        const found = ENCLOSED.flatMap((pattern) => matchPattern(block, pattern))
          .filter((match) => {
            // `[text](url)` and `[text][ref]` are links: their destination is masked.
            const after = block.text.charAt(match.end - block.start);
            return after !== '(' && after !== MASK && !match.text.includes(MASK) && isPlaceholder(match.groups[0] ?? '');
          })
          .concat(matchPattern(block, lexicon.filler).filter((match) => !/^x+$/.test(match.text)))
          .concat(lexicon.variables ? matchPattern(block, lexicon.variables).filter((match) => /\p{L}/u.test(match.text)) : [])
          .concat(lexicon.marker ? matchPattern(block, lexicon.marker) : [])
          .sort((a, b) => a.start - b.start)
          // "[TODO]" is one placeholder, not a bracketed one and a marker inside it.
          .filter((match, k, all) => !all.some((other, j) => j !== k && other.start <= match.start && match.end <= other.end && other.end - other.start > match.end - match.start));
        return found.map((match) => ({ start: match.start, end: match.end, message: formatMessage(file.messages.default, { actual: match.text }) }));
      },
    };
  },
};
