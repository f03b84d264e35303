/**
 * How detectors look words up in a pack's dictionaries: the dictionaries a rule's section
 * names (`dictionaries: [fr, en]`: French posts also use English hashtags), and words written
 * without their accents, which posts often drop in capitals (`C'EST ENORME`) and hashtags
 * (`#fetedelascience`). A section's `accents` maps each plain letter (or pair of
 * letters) to the accented letters it may stand for (French: `e: éèêë`, `oe: œ`).
 */
import { LANGUAGES, type Language } from '../api';
import { Reader } from '../pack/read';
import type { PackResources } from '../pack/spec';
import type { WordList } from '../pack/word-list';
import { dataMap, type RuleData } from './data';

/** The languages whose dictionaries the data field `dictionaries` names; `language` alone when absent. */
export function dictionaryNamesOf(data: RuleData, language: Language): Language[] {
  if (data.dictionaries === undefined) return [language];
  const read = new Reader(data.file);
  return read.list(data.dictionaries, [...data.path, 'dictionaries']).map((l, i) => read.choice(l, [...data.path, 'dictionaries', i], LANGUAGES));
}

/** The pack's dictionaries of `languages` as one word list. */
export function wordListOf(resources: PackResources, languages: readonly Language[]): WordList {
  const lists = languages.map((language) => resources.dictionary(language));
  return lists.length === 1 ? lists[0] : { has: (word) => lists.some((list) => list.has(word)) };
}

/** Plain letters (`e`, `oe`) and the accented letters each may stand for (`é`, `è` …; `œ`). */
export type AccentMap = ReadonlyMap<string, readonly string[]>;

/** Letters changed at most in one word: French words with more accents than this are rare. */
const MAX_CHANGES = 3;
/** Spellings tried at most for one word, so that a long run of vowels stays cheap. */
const MAX_TRIES = 256;

/** The data field `accents` (a mapping of plain letters to the accented letters they stand for), empty when absent. */
export function accentMapOf(data: RuleData): AccentMap {
  return new Map([...dataMap(data, 'accents')].map(([plain, marked]) => [plain, [...marked]]));
}

/**
 * The spellings of lower-case `word` in `words` with accents put back, among those that change
 * the fewest letters (`enorme` → `énorme`; `eleve` → `élève`, `élevé`). Empty when `accents` is
 * empty or no spelling is a word. With `first`, stops at the first spelling found.
 */
export function accentedSpellings(word: string, accents: AccentMap, words: WordList, first = false): string[] {
  if (accents.size === 0) return [];
  const sites: { at: number; plain: string; marked: readonly string[] }[] = [];
  for (let at = 0; at < word.length; at++) {
    for (const [plain, marked] of accents) if (word.startsWith(plain, at)) sites.push({ at, plain, marked });
  }
  const found: string[] = [];
  let tries = MAX_TRIES;
  // Chooses `left` more sites after site `from` and text position `end`; true to stop.
  const choose = (from: number, left: number, end: number, built: string): boolean => {
    if (left === 0) {
      const spelling = built + word.slice(end);
      if (words.has(spelling) && !found.includes(spelling)) found.push(spelling);
      return --tries <= 0 || (first && found.length > 0);
    }
    for (let s = from; s < sites.length; s++) {
      const site = sites[s];
      if (site.at < end) continue;
      for (const mark of site.marked) {
        if (choose(s + 1, left - 1, site.at + site.plain.length, built + word.slice(end, site.at) + mark)) return true;
      }
    }
    return false;
  };
  for (let changes = 1; changes <= Math.min(MAX_CHANGES, sites.length) && found.length === 0; changes++) {
    if (choose(0, changes, 0, '')) break;
  }
  return found;
}

/** `words` that also knows each word written without its accents (`journee` for `journée`). */
export function accentInsensitive(words: WordList, accents: AccentMap): WordList {
  if (accents.size === 0) return words;
  return { has: (word) => words.has(word) || accentedSpellings(word, accents, words, true).length > 0 };
}
