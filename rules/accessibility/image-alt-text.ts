import type { DocumentContext, Report } from '../api';
import { dataString } from '../kinds/data';
import { dataFor, type Detector } from '../pack/spec';

/** `accessibility`: Markdown images with empty or missing alt text. The fix puts a placeholder between the brackets. */
export const imageAltText: Detector = {
  name: 'image-alt-text',
  create(spec) {
    const placeholders = new Map(spec.meta.languages.map((language) => [language, dataString(dataFor(spec, language), 'placeholder')]));
    return {
      meta: spec.meta,
      checkDocument: function imageAltTextCheck({ source, prose, language }: DocumentContext): Report[] {
        const { messages } = dataFor(spec, language);
        const placeholder = placeholders.get(language)!;
        return prose.images.filter((image) => image.alt.trim() === '').map((image) => {
          const close = source.indexOf(']', image.start + 2);
          const inside = close !== -1 && close < image.end && source.startsWith('![', image.start);
          return {
            start: image.start,
            end: image.end,
            message: messages.default,
            expected: [],
            fixes: inside ? [{ title: `Insert alt text \`${placeholder}\``, edits: [{ start: image.start + 2, end: close, text: placeholder }] }] : [],
          };
        });
      },
    };
  },
};
