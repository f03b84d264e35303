import { cuss } from 'cuss';
import retextProfanities from 'retext-profanities';
import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { formatMessage, loadRuleData } from '../kinds/data';
import { PhraseIndex } from '../kinds/phrase-list';
import { mayMatch, retextPluginRunner, searchForm } from '../kinds/retext-plugin';
import type { Language } from '../../server/src/engine/types';
import en from './profanity.en.yml';
import fr from './profanity.fr.yml';

const data = {
  en: loadRuleData(en, 'rules/conduct/profanity.en.yml'),
  fr: loadRuleData(fr, 'rules/conduct/profanity.fr.yml'),
};
/** retext-profanities with only sure profanities and this pack's ignore list. */
const sureness = data.en.sureness as 0 | 1 | 2;
const ignore = data.en.ignore as string[];
const runProfanities = retextPluginRunner(retextProfanities, { sureness, ignore });
/** First words of the cuss phrases the plugin can report: blocks without one skip the plugin (see mayMatch). */
const sureFirstWords = new Set(Object.entries(cuss)
  .filter(([phrase, rating]) => rating >= sureness && !ignore.includes(phrase))
  .map(([phrase]) => searchForm(phrase.split(' ')[0])));
const extra: Record<Language, PhraseIndex> = { en: new PhraseIndex(data.en.entries), fr: new PhraseIndex(data.fr.entries) };

/** `conduct`: profanity, from retext-profanities (sure words only) and this pack's own list. */
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
      ...(context.language === 'en' && mayMatch(context, sureFirstWords) ? runProfanities(context) : []),
      ...extra[context.language].match(context.analysis),
    ];
    return ranges.map(({ start, end }) => {
      const actual = context.block.text.slice(start - context.block.start, end - context.block.start);
      return { start, end, message: formatMessage(data[context.language].messages.default, { actual }) };
    });
  },
};
