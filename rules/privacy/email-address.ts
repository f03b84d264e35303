import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { loadRuleData, formatMessage } from '../kinds/data';
import { listOf } from '../kinds/phrase-set';
import { matchPattern, redactFix } from '../kinds/pattern';
import en from './email-address.en.yml';

const data = { en: loadRuleData(en, 'rules/privacy/email-address.en.yml') };

/** Local part, @, domain labels and a TLD; each part is a single character class, so it runs in linear time. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const roleWords = new Set(listOf(data.en, 'roleWords'));

/**
 * Whether an address is published on purpose rather than a person's: a shared functional
 * address (`press@`, `council@`, `all-hands@`), or a fediverse handle (`@news@social.example`),
 * which is a public account name.
 */
function isPublicAddress(text: string, address: string, index: number): boolean {
  if (text[index - 1] === '@') return true;
  const local = address.slice(0, address.indexOf('@')).toLowerCase();
  if (roleWords.has(local)) return true;
  const parts = local.split(/[._+-]/);
  return parts.some((part, k) => roleWords.has(part) || (k > 0 && roleWords.has(`${parts[k - 1]}-${part}`)));
}

/**
 * `privacy`: e-mail addresses in prose are personal data (and invite spam and phishing), the
 * author's own included. Shared functional addresses and fediverse handles are public on purpose.
 */
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
    const { block } = context;
    return matchPattern(block, EMAIL).filter((m) => !isPublicAddress(block.text, m.text, m.start - block.start)).map((match) => ({
      start: match.start,
      end: match.end,
      message: formatMessage(messages.default, { actual: match.text }),
      fixes: [redactFix(match.start, match.end)],
    }));
  },
};
