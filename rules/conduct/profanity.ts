import pluralize from 'pluralize';
import type { BlockContext, Report, Word } from '../api';
import { dataNumber, dataSet, dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { isQuotedMention } from '../kinds/mention';
import { PhraseIndex, SearchIndex } from '../kinds/phrase-list';
import { type Detector, perLanguage } from '../pack/spec';
import { profanitiesOf } from './profanity-forms';
import precomputed from 'guidelint:profanity-forms';

/**
 * The sure profanities (rating ≥ `sureness`) of that list, without this pack's ignore list and
 * the singular and plural forms of its words, in one index. Phrases in `regular` compare with
 * their apostrophes, as in the plugin.
 */
/**
 * The ratings for `ignorePluralize`: computed at build time for the default pack's list
 * (pluralize over 2,000 phrases costs 20 ms at every start-up), at run time for another list.
 */
function ratingsFor(ignorePluralize: readonly string[]): Map<string, number> {
  const built = precomputed as { ignorePluralize: string[]; ratings: [string, number][] };
  const same = built.ignorePluralize.length === ignorePluralize.length && built.ignorePluralize.every((w, i) => w === ignorePluralize[i]);
  return same ? new Map(built.ratings) : profanitiesOf(new Set(ignorePluralize));
}

function sureProfanityPhrases(file: RuleData): string[] {
  const sureness = dataNumber(file, 'sureness');
  const ignore = dataSet(file, 'ignore');
  for (const phrase of dataStrings(file, 'ignore')) ignore.add(pluralize.singular(phrase)).add(pluralize.plural(phrase));
  return [...ratingsFor(dataStrings(file, 'ignorePluralize'))].filter(([phrase, rating]) => rating >= sureness && !ignore.has(phrase)).map(([phrase]) => phrase);
}

function sureProfanities(file: RuleData, phrases: readonly string[]): SearchIndex<string> {
  const regular = dataSet(file, 'regular');
  return new SearchIndex(phrases.map((phrase) => ({ phrase, value: phrase, keepApostrophes: regular.has(phrase) })));
}

/**
 * Profanity written with mask characters (`clusterf*ck`, `sh*t`, `p*tain`): a word with a
 * letter first and a run of masks inside or at the end, each mask standing for one letter of a
 * one-word phrase of the lists. Lone masks (`*emphasis*`, `5 * 3`) are not words.
 */
class MaskedProfanity {
  private readonly byLength = new Map<number, string[]>();
  private readonly pattern: RegExp | undefined;

  constructor(masks: readonly string[], words: Iterable<string>) {
    for (const word of words) {
      if (!/^\p{L}+$/u.test(word)) continue;
      const length = [...word].length;
      const list = this.byLength.get(length) ?? [];
      list.push(word.toLowerCase());
      this.byLength.set(length, list);
    }
    const mask = masks.map((m) => m.replace(/[\\^\]\-]/g, '\\$&')).join('');
    // Only from a word's start: tried inside a long run of letters, `\p{L}+` would be quadratic.
    this.pattern = mask ? new RegExp(`(?<!\\p{L})\\p{L}+(?:[${mask}]+\\p{L}*)+`, 'gu') : undefined;
  }

  /** Ranges of masked profanity in `text`, whose first character is at document offset `offset`. */
  match(text: string, offset: number): { start: number; end: number }[] {
    if (!this.pattern) return [];
    const found: { start: number; end: number }[] = [];
    for (const m of text.matchAll(this.pattern)) {
      const token = m[0];
      const letters = token.replace(/[^\p{L}]/gu, '');
      if (letters.length < 2 || letters.length === token.length) continue;
      const shape = new RegExp(`^${[...token].map((c) => (/\p{L}/u.test(c) ? c.toLowerCase() : '\\p{L}')).join('')}$`, 'u');
      const candidates = this.byLength.get([...token].length) ?? [];
      if (candidates.some((word) => shape.test(word))) found.push({ start: offset + m.index!, end: offset + m.index! + token.length });
    }
    return found;
  }
}

/** `conduct`: profanity, from the cuss list of retext-profanities (sure words only) and this pack's own list. */
export const profanity: Detector = {
  name: 'profanity',
  create(spec) {
    const surePhrases = spec.data.en ? sureProfanityPhrases(spec.data.en) : [];
    const sure = spec.data.en ? sureProfanities(spec.data.en, surePhrases) : new SearchIndex<string>([]);
    const extra = perLanguage(spec, (file, language) => new PhraseIndex(file.entries, language));
    const masked = perLanguage(spec, (file, language) =>
      new MaskedProfanity(dataStrings(file, 'maskCharacters'), [...(language === 'en' ? surePhrases : []), ...file.entries.flatMap((e) => e.phrases)]));
    return {
      meta: spec.meta,
      checkBlock: function profanityCheck(context: BlockContext): Report[] {
        const file = spec.data[context.language];
        const own = extra.get(context.language);
        if (!file || !own) return [];
        // English only: cuss's French list rates common words ("gros", "mettre", "retard") as profane.
        const ranges = [
          ...(context.language === 'en' ? sure.match(context.analysis, context.block.start) : []),
          // « le mot « merde » » talks about the word (the cuss list already skips quoted words).
          ...own.match(context.analysis).filter((m) => !isQuotedMention(context.block, m.start, m.end)),
          ...(masked.get(context.language)?.match(context.block.text, context.block.start) ?? []),
        ];
        return ranges.filter(({ start, end }) => !isInProperName(context.analysis.words, start, end)).map(({ start, end }) => {
          const actual = context.block.text.slice(start - context.block.start, end - context.block.start);
          return { start, end, message: formatMessage(file.messages.default, { actual }) };
        });
      },
    };
  },
};

const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/**
 * Whether the words of `[start, end)` are part of a proper name in title case, with a
 * capitalised neighbour in the same sentence (`Damn Small Linux`, `the Big Ass Fans booth`): a
 * product or a place, not the author swearing. A word in capitals or alone stays a finding.
 */
function isInProperName(words: readonly Word[], start: number, end: number): boolean {
  const first = words.findIndex((w) => w.end > start);
  if (first === -1) return false;
  let last = first;
  while (last + 1 < words.length && words[last + 1].start < end) last++;
  for (let k = first; k <= last; k++) if (!TITLE_CASE.test(words[k].text)) return false;
  const named = (k: number): boolean => k >= 0 && k < words.length && words[k].sentence === words[first].sentence && TITLE_CASE.test(words[k].text);
  return named(first - 1) || named(last + 1);
}
