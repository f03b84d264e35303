import { cuss } from 'cuss';
import pluralize from 'pluralize';
import type { BlockContext, Report } from '../api';
import { dataNumber, dataSet, dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { PhraseIndex, SearchIndex } from '../kinds/phrase-list';
import { type Detector, perLanguage } from '../pack/spec';

/**
 * retext-profanities' English list, built the way the plugin builds it: each cuss phrase with
 * its rating, plus its singular and plural (pluralize) with the same rating, the later one
 * winning, except the forms pluralize gets wrong.
 */
function profanitiesOf(ignorePluralize: ReadonlySet<string>): Map<string, number> {
  const ratings = new Map<string, number>();
  const add = (phrase: string, rating: number) => {
    if (!ignorePluralize.has(phrase)) ratings.set(phrase, rating);
  };
  for (const [phrase, rating] of Object.entries(cuss)) {
    add(phrase, rating);
    add(pluralize.singular(phrase), rating);
    add(pluralize.plural(phrase), rating);
  }
  return ratings;
}

/**
 * The sure profanities (rating ≥ `sureness`) of that list, without this pack's ignore list and
 * the singular and plural forms of its words, in one index. Phrases in `regular` compare with
 * their apostrophes, as in the plugin.
 */
function sureProfanities(file: RuleData): SearchIndex<string> {
  const sureness = dataNumber(file, 'sureness');
  const ignore = dataSet(file, 'ignore');
  for (const phrase of dataStrings(file, 'ignore')) ignore.add(pluralize.singular(phrase)).add(pluralize.plural(phrase));
  const regular = dataSet(file, 'regular');
  const phrases = [...profanitiesOf(dataSet(file, 'ignorePluralize'))]
    .filter(([phrase, rating]) => rating >= sureness && !ignore.has(phrase))
    .map(([phrase]) => ({ phrase, value: phrase, keepApostrophes: regular.has(phrase) }));
  return new SearchIndex(phrases);
}

/** `conduct`: profanity, from the cuss list of retext-profanities (sure words only) and this pack's own list. */
export const profanity: Detector = {
  name: 'profanity',
  create(spec) {
    const sure = spec.data.en ? sureProfanities(spec.data.en) : new SearchIndex<string>([]);
    const extra = perLanguage(spec, (file) => new PhraseIndex(file.entries));
    return {
      meta: spec.meta,
      checkBlock: function profanityCheck(context: BlockContext): Report[] {
        const file = spec.data[context.language];
        const own = extra.get(context.language);
        if (!file || !own) return [];
        // English only: cuss's French list rates common words ("gros", "mettre", "retard") as profane.
        const ranges = [
          ...(context.language === 'en' ? sure.match(context.analysis, context.block.start) : []),
          ...own.match(context.analysis),
        ];
        return ranges.map(({ start, end }) => {
          const actual = context.block.text.slice(start - context.block.start, end - context.block.start);
          return { start, end, message: formatMessage(file.messages.default, { actual }) };
        });
      },
    };
  },
};
