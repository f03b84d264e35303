import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { formatMessage, loadRuleData } from '../kinds/data';
import { redactFix } from '../kinds/pattern';
import { listOf, PhraseSet } from '../kinds/phrase-set';
import en from './access-code.en.yml';

const data = { en: loadRuleData(en, 'rules/confidentiality/access-code.en.yml') };
const otherCodes = new PhraseSet(listOf(data.en, 'otherCodes'), 'otherCodes');
const places = new PhraseSet(listOf(data.en, 'places'), 'places');
const needsPlace = new Set(listOf(data.en, 'needsPlace'));

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** A code word, an optional `for the garage`, an optional `is`/`:`/`=`, then three to eight digits (group 2). */
const ACCESS_CODE = new RegExp(
  `\\b(${listOf(data.en, 'codeWords').map(escape).sort((a, b) => b.length - a.length).join('|')})` +
    `(?:\\s+(?:for|of|to)(?:\\s+[\\p{L}\\p{N}-]+){1,3}?)?(?:\\s+(?:is|was|will be|remains))?\\s*[:=]?\\s*(\\d{3,8}#?)(?![\\p{L}\\p{N}.,]\\d)`,
  'giu',
);

/**
 * `confidentiality`: a door or keypad code in a post opens the door to anyone. `code 4471`
 * alone needs a place in its sentence (`the side door … opens with code 4471`), and error,
 * postal or promo codes stay quiet.
 */
export const accessCode: Rule & { data: typeof data } = {
  meta: {
    id: 'access-code',
    guideline: 'confidentiality',
    description: 'Do not post door codes, PINs or other access codes.',
    severity: 'warning',
    languages: ['en'],
    fix: 'suggestion',
  },
  data,
  checkBlock: function accessCodeCheck({ block, analysis }: BlockContext): Report[] {
    const reports: Report[] = [];
    for (const m of block.text.matchAll(ACCESS_CODE)) {
      const start = block.start + m.index;
      const end = start + m[0].length;
      if (otherCodes.justBefore(analysis, start, 1)) continue;
      const word = m[1].toLowerCase().replace(/\s+/g, ' ');
      if (needsPlace.has(word) && !places.inSentenceOf(analysis, start)) continue;
      reports.push({ start, end, message: formatMessage(data.en.messages.default, { actual: m[0] }), fixes: [redactFix(end - m[2].length, end)] });
    }
    return reports;
  },
};
