import { cuss } from 'cuss';
import pluralize from 'pluralize';
import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { formatMessage, loadRuleData } from '../kinds/data';
import { PhraseIndex, SearchIndex } from '../kinds/phrase-list';
import type { Language } from '../../server/src/engine/types';
import en from './profanity.en.yml';
import fr from './profanity.fr.yml';

const data = {
  en: loadRuleData(en, 'rules/conduct/profanity.en.yml'),
  fr: loadRuleData(fr, 'rules/conduct/profanity.fr.yml'),
};

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
function sureProfanities(): SearchIndex<string> {
  const sureness = data.en.sureness as number;
  const ignore = new Set(data.en.ignore as string[]);
  for (const phrase of data.en.ignore as string[]) ignore.add(pluralize.singular(phrase)).add(pluralize.plural(phrase));
  const regular = new Set(data.en.regular as string[]);
  const phrases = [...profanitiesOf(new Set(data.en.ignorePluralize as string[]))]
    .filter(([phrase, rating]) => rating >= sureness && !ignore.has(phrase))
    .map(([phrase]) => ({ phrase, value: phrase, keepApostrophes: regular.has(phrase) }));
  return new SearchIndex(phrases);
}

const sure = sureProfanities();
const extra: Record<Language, PhraseIndex> = { en: new PhraseIndex(data.en.entries), fr: new PhraseIndex(data.fr.entries) };

/** `conduct`: profanity, from the cuss list of retext-profanities (sure words only) and this pack's own list. */
export const profanity: Rule & { data: typeof data } = {
  meta: {
    id: 'profanity',
    guideline: 'conduct',
    description: 'Do not use profanity in posts about your work.',
    severity: 'warning',
    languages: ['en', 'fr'],
    fix: 'none',
  },
  data,
  checkBlock: function profanityCheck(context: BlockContext): Report[] {
    // English only: cuss's French list rates common words ("gros", "mettre", "retard") as profane.
    const ranges = [
      ...(context.language === 'en' ? sure.match(context.analysis, context.block.start) : []),
      ...extra[context.language].match(context.analysis),
    ];
    return ranges.map(({ start, end }) => {
      const actual = context.block.text.slice(start - context.block.start, end - context.block.start);
      return { start, end, message: formatMessage(data[context.language].messages.default, { actual }) };
    });
  },
};
