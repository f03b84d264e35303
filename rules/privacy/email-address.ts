import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { loadRuleData, formatMessage } from '../kinds/data';
import { matchPattern, redactFix } from '../kinds/pattern';
import en from './email-address.en.yml';

const data = { en: loadRuleData(en, 'rules/privacy/email-address.en.yml') };

/** Local part, @, domain labels and a TLD; each part is a single character class, so it runs in linear time. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** `privacy`: e-mail addresses in prose are personal data. */
export const emailAddress: Rule & { data: typeof data } = {
  meta: {
    id: 'email-address',
    guideline: 'privacy',
    description: 'Do not post e-mail addresses, yours or anyone else\'s.',
    severity: 'warning',
    languages: ['en', 'fr'],
    fix: 'suggestion',
  },
  data,
  checkBlock: function emailAddressCheck(context: BlockContext): Report[] {
    const messages = (data[context.language as 'en'] ?? data.en).messages;
    return matchPattern(context.block, EMAIL).map((match) => ({
      start: match.start,
      end: match.end,
      message: formatMessage(messages.default, { actual: match.text }),
      fixes: [redactFix(match.start, match.end)],
    }));
  },
};
