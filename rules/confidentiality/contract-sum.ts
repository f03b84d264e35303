import { trimEnd, type BlockContext, type Fix, type Language, type Report } from '../api';
import { dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { redactionOf } from '../kinds/redaction';
import { PhraseSet } from '../kinds/phrase-set';
import { dataFor, type Detector } from '../pack/spec';
import { wordPattern } from '../kinds/regex';

/** How one language writes numbers: the pattern of one number, and how many digits its whole part has. */
interface NumberFormat {
  pattern: string;
  wholeDigits(number: string): number;
}

/** One language's amount patterns and context lists. */
interface Lexicon {
  file: RuleData;
  format: NumberFormat;
  money: RegExp;
  multiplier: RegExp;
  commercial: PhraseSet;
  publicMoney: PhraseSet;
  redact: (start: number, end: number) => Fix;
}

const alternation = (words: string[]): string => words.map(wordPattern).sort((a, b) => b.length - a.length).join('|');
const characterClass = (marks: string[], extra = ''): string => `[${extra}${marks.map((m) => m.replace(/[\]\\^-]/g, '\\$&')).join('')}]`;
const digitCount = (text: string): number => text.replace(/\D/g, '').length;

/**
 * A number as the data's `thousandsSeparators` and `decimalMarks` write it: `1 234 567,50`,
 * `148'500.50`, `2,4` (groups of three after the first, then an optional decimal part); a space,
 * no-break or narrow no-break, always separates thousands. Without
 * those keys, any run of digits and separators (`2,400,000.50`, `1 234`), whose whole part stops
 * at the first `.`. Each is one bounded class run or bounded groups (at most 32 characters or
 * eight groups of thousands): an unbounded run was rescanned from each digit of a long run of
 * spaced digits with no currency after it. Linear time.
 */
function numberFormatOf(file: RuleData): NumberFormat {
  const thousands = dataStrings(file, 'thousandsSeparators');
  const decimals = dataStrings(file, 'decimalMarks');
  if (thousands.length === 0 || decimals.length === 0) {
    return { pattern: "\\d(?:[\\d',.\\u00a0\\u202f ]{0,30}\\d)?", wholeDigits: (n) => digitCount(/\d[\d',\u00a0\u202f ]*/.exec(n)?.[0] ?? '') };
  }
  const [t, d] = [characterClass(thousands, ' \\u00a0\\u202f'), characterClass(decimals)];
  const decimalPart = new RegExp(`${d}\\d{1,2}$`);
  return {
    pattern: `\\d{1,3}(?:${t}\\d{3}){1,8}(?:${d}\\d{1,2}(?!\\d))?|\\d+(?:${d}\\d+)?`,
    wholeDigits: (n) => digitCount(n.replace(decimalPart, '')),
  };
}

/**
 * An amount with its currency before (`CHF 3.8 million`, `$15,000`) or after (`350k EUR`,
 * `2,4 millions de francs`, `800 000 €`). The multiplier and currency are literal alternatives:
 * linear time.
 */
function moneyPattern(file: RuleData, format: NumberFormat): RegExp {
  const currency = alternation(dataStrings(file, 'currencies'));
  const multiplier = `(?:\\s?(?:${alternation(dataStrings(file, 'multipliers'))})(?![\\p{L}]))?`;
  const number = `(?:${format.pattern})`;
  const before = `(?<![\\p{L}])(?:${currency})\\s?${number}${multiplier}`;
  const after = `(?<![\\p{L}\\p{N}.,])${number}${multiplier}\\s?(?:${currency})(?![\\p{L}])`;
  return new RegExp(`${before}|${after}`, 'gu');
}

function lexiconOf(file: RuleData, language: Language): Lexicon {
  const format = numberFormatOf(file);
  // In French, a word of these lists also matches it with an elision (`entreprise` in `l'entreprise`).
  const set = (key: string): PhraseSet => new PhraseSet(dataStrings(file, key), key, language);
  return {
    file,
    format,
    money: moneyPattern(file, format),
    multiplier: new RegExp(`\\d\\s?(?:${alternation(dataStrings(file, 'multipliers'))})(?![\\p{L}])`, 'u'),
    commercial: set('commercial'),
    publicMoney: set('public'),
    redact: redactionOf(file),
  };
}

/** Contract sums are large: a multiplier (`3.8 million`, `350k`) or four digits before any decimals. Coffee money is not a business secret. */
function isLarge(amount: string, { multiplier, format }: Lexicon): boolean {
  if (multiplier.test(amount)) return true;
  const number = new RegExp(format.pattern, 'u').exec(amount)?.[0] ?? '';
  return format.wholeDigits(number) >= 4;
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
    const lexicons = new Map<Language, Lexicon>(spec.meta.languages.map((language) => [language, lexiconOf(dataFor(spec, language), language)]));
    return {
      meta: spec.meta,
      checkBlock: function contractSumCheck({ block, analysis, language }: BlockContext): Report[] {
        const lexicon = lexicons.get(language);
        if (!lexicon) return [];
        const { file, money, commercial, publicMoney, redact } = lexicon;
        const reports: Report[] = [];
        // An amount has digits: most blocks have none, and skip the scan.
        if (!/\d/.test(block.text)) return reports;
        for (const m of block.text.matchAll(money)) {
          const amount = trimEnd(m[0], /[\s.,]/);
          const start = block.start + m.index;
          const end = start + amount.length;
          if (!isLarge(amount, lexicon) || !commercial.inSentenceOf(analysis, start) || publicMoney.inSentenceOf(analysis, start)) continue;
          reports.push({ start, end, message: formatMessage(file.messages.default, { actual: amount }), fixes: [redact(start, end)] });
        }
        return reports;
      },
    };
  },
};
