import type { BlockContext, Language, Report } from '../api';
import { dataNumber, dataSet, dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { segmentWords, type Segmentation } from '../kinds/dictionary';
import { accentInsensitive, accentMapOf, dictionaryNamesOf, type AccentMap } from '../kinds/lookup';
import { matchPattern } from '../kinds/regex';
import { HASHTAG } from '../kinds/sequence';
import { dataFor, type Detector, type PackResources } from '../pack/spec';
import type { WordList } from '../pack/word-list';
import { replaceFix } from '../kinds/fix-titles';

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** One language's section: its messages and how it reads a tag's words. */
interface Section {
  file: RuleData;
  /** The pack's dictionaries a tag's words come from, tried one at a time (a split does not mix languages). */
  dictionaries: Language[];
  accents: AccentMap;
  /** Parts of a split shorter than this must be among `shortWords` (`de`, `la`), so that names do not split into stray syllables. */
  minimumPart: number;
  shortWords: Set<string>;
  /** Learned prefixes that make one word with the word after them (`radio` + `protection`). */
  prefixes: string[];
  /** Endings that make a part of a word of the dictionary (`bouldering` from `boulder`); `ing` also after a dropped `e`. */
  partSuffixes: string[];
  /** A tag of fewer letters is not split: two words hardly fit in it, and a rare word would split into stray ones (`be` + `lay`). */
  minimumTag: number;
}

/** One dictionary's words: whole tags (accents optional), and parts of a split with and without accents. */
interface Words {
  whole: WordList;
  parts: WordList[];
}

function sectionOf(file: RuleData, language: Language): Section {
  const accents = accentMapOf(file);
  const prefixes = dataStrings(file, 'prefixes').flatMap((prefix) => [...new Set([prefix, withoutAccents(prefix, accents)])]);
  return {
    file,
    dictionaries: dictionaryNamesOf(file, language),
    accents,
    minimumPart: file.minimumPart === undefined ? 1 : dataNumber(file, 'minimumPart', 1),
    shortWords: dataSet(file, 'shortWords'),
    prefixes,
    partSuffixes: dataStrings(file, 'partSuffixes'),
    minimumTag: file.minimumTag === undefined ? 0 : dataNumber(file, 'minimumTag', 0),
  };
}

/** `text` with each accented letter of `accents` written plain (`électro` → `electro`). */
function withoutAccents(text: string, accents: AccentMap): string {
  let out = text;
  for (const [plain, marked] of accents) for (const mark of marked) out = out.split(mark).join(plain);
  return out;
}

/** `list` and the forms of its words with one of `suffixes` (`boulder` → `bouldering`, `vibe` → `vibing`). */
function inflected(list: WordList, suffixes: readonly string[]): WordList {
  if (suffixes.length === 0) return list;
  return {
    has: (w) => list.has(w) || suffixes.some((suffix) => {
      if (!w.endsWith(suffix) || w.length - suffix.length < 4) return false;
      const stem = w.slice(0, -suffix.length);
      return list.has(stem) || (suffix.startsWith('i') && list.has(`${stem}e`));
    }),
  };
}

/** The organisation's names written as one lower-case word (`cern`): a part of a tag like a word (`#cernclimbers`). */
function namesOf(names: readonly string[]): Set<string> {
  return new Set(names.filter((n) => /^\p{L}{3,}$/u.test(n)).map((n) => n.toLowerCase()));
}

function wordsOf(section: Section, resources: PackResources): Words[] {
  const names = namesOf(resources.organisation.names);
  return section.dictionaries.map((name) => {
    const dictionary = inflected(resources.dictionary(name), section.partSuffixes);
    const list: WordList = { has: (w) => dictionary.has(w) || names.has(w) };
    const part: WordList = { has: (w) => (w.length >= section.minimumPart || section.shortWords.has(w)) && list.has(w) };
    if (section.accents.size === 0) return { whole: list, parts: [part] };
    return { whole: accentInsensitive(list, section.accents), parts: [part, accentInsensitive(part, section.accents)] };
  });
}

/** True when lower-case `tag` is one word: a word of a dictionary, or a learned prefix and a word (`radioprotection`). */
function isOneWord(tag: string, section: Section, words: readonly Words[]): boolean {
  if (words.some((w) => w.whole.has(tag))) return true;
  return section.prefixes.some((prefix) => tag.startsWith(prefix) && tag.length - prefix.length >= 3 && words.some((w) => w.whole.has(tag.slice(prefix.length))));
}

/**
 * The split of `tag` with the fewest words, trying each dictionary in turn: its exact spellings,
 * and the spellings without accents when they need fewer words (`#decouvertedulabo` is
 * `découverte du labo`, not `de couverte du labo`).
 */
function splitOf(tag: string, words: readonly Words[]): Segmentation | undefined {
  for (const { parts } of words) {
    let best: Segmentation | undefined;
    for (const list of parts) {
      const split = segmentWords(tag, list);
      if (split && (!best || split.words.length < best.words.length)) best = split;
    }
    if (best) return best;
  }
  return undefined;
}

const DIGIT = /\p{Nd}/u;
const UPPER = /\p{Lu}/u;

/**
 * Whether `tag` already shows where each of `words` starts: a capital, or a change between
 * letters and digits (`#A5`, `#Rust2019`, `#COP26`), which a screen reader reads apart. Such a
 * tag's CamelCase form is itself, and a fix to it would change nothing.
 */
function readableAsWritten(tag: string, words: readonly string[]): boolean {
  if (words.join('').length !== tag.length) return false;
  let at = 0;
  for (const word of words.slice(0, -1)) {
    at += word.length;
    if (!UPPER.test(tag[at]) && !DIGIT.test(tag[at]) && !DIGIT.test(tag[at - 1])) return false;
  }
  return true;
}

/**
 * `accessibility`: hashtags of several words written without capitals (`#particlephysics`,
 * also `#Particlephysics`). A tag is reported only when it splits completely into dictionary
 * words and is not one word itself (`#physics`, `#detectors` stay quiet); the CamelCase fix is
 * offered only when the split is unambiguous.
 */
export const hashtagCase: Detector = {
  name: 'hashtag-case',
  create(spec, resources) {
    const sections = new Map(spec.meta.languages.map((language) => [language, sectionOf(dataFor(spec, language), language)]));
    const lexicons = new Map<Language, Words[]>();
    // The organisation's names as they are written (`cern` → `CERN`), for the fix of a tag with one in it.
    const written = new Map([...namesOf(resources.organisation.names)].map((n) => [n, resources.organisation.names.find((m) => m.toLowerCase() === n)!]));
    return {
      meta: spec.meta,
      checkBlock: function hashtagCaseCheck({ block, language }: BlockContext): Report[] {
        const section = sections.get(language);
        if (!section) return [];
        let words = lexicons.get(language);
        if (!words) lexicons.set(language, (words = wordsOf(section, resources)));
        const { messages } = section.file;
        const reports: Report[] = [];
        for (const match of matchPattern(block, HASHTAG)) {
          const tag = match.text.slice(1);
          if (tag.slice(1) !== tag.slice(1).toLowerCase() || tag.includes('_')) continue;
          const lower = tag.toLowerCase();
          if ([...lower].length < section.minimumTag || isOneWord(lower, section, words)) continue;
          const split = splitOf(lower, words);
          if (!split || split.words.length < 2 || readableAsWritten(tag, split.words)) continue;
          const expected = split.ambiguous ? [] : [`#${split.words.map((w) => written.get(w) ?? capitalise(w)).join('')}`];
          reports.push({
            start: match.start,
            end: match.end,
            message: formatMessage(expected.length ? messages.fix : messages.nofix, { actual: match.text, expected: expected[0] ?? '' }),
            expected,
            fixes: expected.map((text) => (messages.fixTitle ? { title: formatMessage(messages.fixTitle, { expected: text }), edits: [{ start: match.start, end: match.end, text }] } : replaceFix(language, match.start, match.end, text))),
          });
        }
        return reports;
      },
    };
  },
};
