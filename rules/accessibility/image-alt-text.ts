import type { DocumentContext, Report, Rule } from '../../server/src/engine/rule';
import { loadRuleData, RuleDataError } from '../kinds/data';
import en from './image-alt-text.en.yml';

const data = { en: loadRuleData(en, 'rules/accessibility/image-alt-text.en.yml') };
const placeholder = data.en.placeholder;
if (typeof placeholder !== 'string') throw new RuleDataError('rules/accessibility/image-alt-text.en.yml: `placeholder` must be a string');

/** `accessibility`: Markdown images with empty or missing alt text. The fix puts a placeholder between the brackets. */
export const imageAltText: Rule & { data: typeof data } = {
  meta: {
    id: 'image-alt-text',
    guideline: 'accessibility',
    description: 'Give every image alt text that describes it.',
    severity: 'warning',
    languages: ['en', 'fr'],
    fix: 'suggestion',
  },
  data,
  checkDocument: function imageAltTextCheck({ source, prose }: DocumentContext): Report[] {
    return prose.images.filter((image) => image.alt.trim() === '').map((image) => {
      const close = source.indexOf(']', image.start + 2);
      const inside = close !== -1 && close < image.end && source.startsWith('![', image.start);
      return {
        start: image.start,
        end: image.end,
        message: data.en.messages.default,
        expected: [],
        fixes: inside ? [{ title: `Insert alt text \`${placeholder}\``, edits: [{ start: image.start + 2, end: close, text: placeholder as string }] }] : [],
      };
    });
  },
};
