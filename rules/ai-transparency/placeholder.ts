import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { MASK } from '../../server/src/engine/prose';
import { formatMessage, loadRuleData } from '../kinds/data';
import { matchPattern } from '../kinds/pattern';
import en from './placeholder.en.yml';
import fr from './placeholder.fr.yml';

const data = { en: loadRuleData(en, 'rules/ai-transparency/placeholder.en.yml'), fr: loadRuleData(fr, 'rules/ai-transparency/placeholder.fr.yml') };

/** Bracketed, angled and braced text on one line; each part is one character class, so linear. */
const ENCLOSED = [/\[([^[\]\n]{1,80})\]/g, /<([^<>\n]{1,60})>/g, /\{([^{}\n]{1,60})\}/g];
/** Filler text and a run of capital X's standing alone. */
const FILLER = /\blorem ipsum\b|(?<![\p{L}\p{N}])X{3,}(?![\p{L}\p{N}])/giu;

const normalise = (text: string): string => text.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();

/** `ai-transparency`: placeholders left in a draft ("[Insert name]", "<insert date>", "Lorem ipsum"). */
export const placeholder: Rule & { data: typeof data } = {
  meta: {
    id: 'placeholder',
    guideline: 'ai-transparency',
    description: 'Review drafts before posting: replace placeholders such as "[Insert name]" with real text.',
    severity: 'warning',
    languages: ['en', 'fr'],
    fix: 'none',
  },
  data,
  checkBlock: function placeholderCheck({ block, language }: BlockContext): Report[] {
    const file = data[language];
    if (!file) return [];
    const starts = new Set(file.starts as string[]);
    const names = new Set(file.names as string[]);
    const isPlaceholder = (inner: string): boolean => {
      const text = normalise(inner.replace(/[.…:!]+\s*$/, ''));
      return names.has(text) || starts.has(text.split(' ')[0]);
    };
    const found = ENCLOSED.flatMap((pattern) => matchPattern(block, pattern))
      .filter((match) => {
        // `[text](url)` and `[text][ref]` are links: their destination is masked.
        const after = block.text.charAt(match.end - block.start);
        return after !== '(' && after !== MASK && !match.text.includes(MASK) && isPlaceholder(match.groups[0] ?? '');
      })
      .concat(matchPattern(block, FILLER).filter((match) => !/^x+$/.test(match.text)));
    return found.map((match) => ({ start: match.start, end: match.end, message: formatMessage(file.messages.default, { actual: match.text }) }));
  },
};
