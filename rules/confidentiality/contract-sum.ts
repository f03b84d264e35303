import type { BlockContext, Language, Report } from '../api';
import { dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { redactFix } from '../kinds/regex';
import { PhraseSet } from '../kinds/phrase-set';
import { dataFor, type Detector } from '../pack/spec';

/** One language's amount patterns and context lists. */
interface Lexicon {
  file: RuleData;
  money: RegExp;
  multiplier: RegExp;
  commercial: PhraseSet;
  publicMoney: PhraseSet;
}

const alternation = (words: string[]): string =>
  words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).sort((a, b) => b.length - a.length).join('|');

/**
 * An amount with its currency before (`CHF 3.8 million`, `$15,000`) or after (`350k EUR`,
 * `2,4 millions de francs` is French and not matched here). The number is one class run; the
 * multiplier and currency are literal alternatives: linear time.
 */
function moneyPattern(file: RuleData): RegExp {
  const currency = alternation(dataStrings(file, 'currencies'));
  const multiplier = `(?:\\s?(?:${alternation(dataStrings(file, 'multipliers'))})(?![\\p{L}]))?`;
  const number = "\\d(?:[\\d',.\\u00a0\\u202f ]*\\d)?";
  const before = `(?<![\\p{L}])(?:${currency})\\s?${number}${multiplier}`;
  const after = `(?<![\\p{L}\\p{N}.,])${number}${multiplier}\\s?(?:${currency})(?![\\p{L}])`;
  return new RegExp(`${before}|${after}`, 'gu');
}

function lexiconOf(file: RuleData): Lexicon {
  return {
    file,
    money: moneyPattern(file),
    multiplier: new RegExp(`\\d\\s?(?:${alternation(dataStrings(file, 'multipliers'))})(?![\\p{L}])`, 'u'),
    commercial: new PhraseSet(dataStrings(file, 'commercial'), 'commercial'),
    publicMoney: new PhraseSet(dataStrings(file, 'public'), 'public'),
  };
}

/** Contract sums are large: a multiplier (`3.8 million`, `350k`) or four digits before any decimals. Coffee money is not a business secret. */
function isLarge(amount: string, multiplier: RegExp): boolean {
  if (multiplier.test(amount)) return true;
  const whole = /\d[\d',\u00a0\u202f ]*/.exec(amount)?.[0] ?? '';
  return whole.replace(/\D/g, '').length >= 4;
}

/**
 * `confidentiality`: what a contract is worth or what a project's budget is has commercial
 * implications for the organisation and its suppliers. An amount counts when its sentence
 * names a contract, budget, tender or deal, and not when it is about public grants, prizes or
 * fundraising.
 */
export const contractSum: Detector = {
  name: 'contract-sum',
  create(spec) {
    const lexicons = new Map<Language, Lexicon>(spec.meta.languages.map((language) => [language, lexiconOf(dataFor(spec, language))]));
    return {
      meta: spec.meta,
      checkBlock: function contractSumCheck({ block, analysis, language }: BlockContext): Report[] {
        const lexicon = lexicons.get(language);
        if (!lexicon) return [];
        const { file, money, multiplier, commercial, publicMoney } = lexicon;
        const reports: Report[] = [];
        for (const m of block.text.matchAll(money)) {
          const amount = m[0].replace(/[\s.,]+$/, '');
          const start = block.start + m.index;
          const end = start + amount.length;
          if (!isLarge(amount, multiplier) || !commercial.inSentenceOf(analysis, start) || publicMoney.inSentenceOf(analysis, start)) continue;
          reports.push({ start, end, message: formatMessage(file.messages.default, { actual: amount }), fixes: [redactFix(start, end)] });
        }
        return reports;
      },
    };
  },
};
