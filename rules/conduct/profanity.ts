import retextProfanities from 'retext-profanities';
import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { formatMessage, loadRuleData } from '../kinds/data';
import { PhraseIndex } from '../kinds/phrase-list';
import { retextPluginRunner } from '../kinds/retext-plugin';
import en from './profanity.en.yml';

const data = { en: loadRuleData(en, 'rules/conduct/profanity.en.yml') };
/** retext-profanities with only sure profanities and this pack's ignore list. */
const runProfanities = retextPluginRunner(retextProfanities, {
  sureness: data.en.sureness as 0 | 1 | 2,
  ignore: data.en.ignore as string[],
});
const extra = new PhraseIndex(data.en.entries);

/** `conduct`: profanity, from retext-profanities (sure words only) and this pack's own list. */
export const profanity: Rule & { data: typeof data } = {
  meta: {
    id: 'profanity',
    guideline: 'conduct',
    description: 'Do not use profanity in posts about your work.',
    severity: 'warning',
    languages: ['en'],
    fix: 'none',
  },
  data,
  checkBlock: function profanityCheck(context: BlockContext): Report[] {
    if (context.language !== 'en') return [];
    const ranges = [
      ...runProfanities(context),
      ...extra.match(context.analysis),
    ];
    return ranges.map(({ start, end }) => {
      const actual = context.block.text.slice(start - context.block.start, end - context.block.start);
      return { start, end, message: formatMessage(data.en.messages.default, { actual }) };
    });
  },
};
