import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { formatMessage, loadRuleData } from '../kinds/data';
import { redactFix } from '../kinds/pattern';
import { listOf, PhraseSet } from '../kinds/phrase-set';
import en from './contract-sum.en.yml';

const data = { en: loadRuleData(en, 'rules/confidentiality/contract-sum.en.yml') };
const commercial = new PhraseSet(listOf(data.en, 'commercial'), 'commercial');
const publicMoney = new PhraseSet(listOf(data.en, 'public'), 'public');

const alternation = (words: string[]): string =>
  words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).sort((a, b) => b.length - a.length).join('|');

/**
 * An amount with its currency before (`CHF 3.8 million`, `$15,000`) or after (`350k EUR`,
 * `2,4 millions de francs` is French and not matched here). The number is one class run; the
 * multiplier and currency are literal alternatives: linear time.
 */
function moneyPattern(): RegExp {
  const currency = alternation(listOf(data.en, 'currencies'));
  const multiplier = `(?:\\s?(?:${alternation(listOf(data.en, 'multipliers'))})(?![\\p{L}]))?`;
  const number = "\\d(?:[\\d',.\\u00a0\\u202f ]*\\d)?";
  const before = `(?<![\\p{L}])(?:${currency})\\s?${number}${multiplier}`;
  const after = `(?<![\\p{L}\\p{N}.,])${number}${multiplier}\\s?(?:${currency})(?![\\p{L}])`;
  return new RegExp(`${before}|${after}`, 'gu');
}

const MONEY = moneyPattern();
const MULTIPLIER = new RegExp(`\\d\\s?(?:${alternation(listOf(data.en, 'multipliers'))})(?![\\p{L}])`, 'u');

/** Contract sums are large: a multiplier (`3.8 million`, `350k`) or four digits before any decimals. Coffee money is not a business secret. */
function isLarge(amount: string): boolean {
  if (MULTIPLIER.test(amount)) return true;
  const whole = /\d[\d',\u00a0\u202f ]*/.exec(amount)?.[0] ?? '';
  return whole.replace(/\D/g, '').length >= 4;
}

/**
 * `confidentiality`: what a contract is worth or what a project's budget is has commercial
 * implications for the organisation and its suppliers. An amount counts when its sentence
 * names a contract, budget, tender or deal, and not when it is about public grants, prizes or
 * fundraising.
 */
export const contractSum: Rule & { data: typeof data } = {
  meta: {
    id: 'contract-sum',
    guideline: 'confidentiality',
    description: 'Do not post contract sums, budgets or other commercial figures.',
    severity: 'warning',
    languages: ['en'],
    fix: 'suggestion',
  },
  data,
  checkBlock: function contractSumCheck({ block, analysis }: BlockContext): Report[] {
    const reports: Report[] = [];
    for (const m of block.text.matchAll(MONEY)) {
      const amount = m[0].replace(/[\s.,]+$/, '');
      const start = block.start + m.index;
      const end = start + amount.length;
      if (!isLarge(amount) || !commercial.inSentenceOf(analysis, start) || publicMoney.inSentenceOf(analysis, start)) continue;
      reports.push({ start, end, message: formatMessage(data.en.messages.default, { actual: amount }), fixes: [redactFix(start, end)] });
    }
    return reports;
  },
};
