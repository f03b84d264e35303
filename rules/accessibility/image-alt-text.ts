import { trimEdges, type DocumentContext, type ImageSpan, type Language, type Report } from '../api';
import { dataSet, dataString, formatMessage, type RuleData } from '../kinds/data';
import { dataFor, type Detector } from '../pack/spec';
import { fixTitle } from '../kinds/fix-titles';

/** An image's file name (`IMG_2041.jpg`, `tracks.png`): it says nothing of what the image shows. */
const FILE_NAME = /\.(?:jpe?g|png|gif|webp|avif|svg|heic|heif|tiff?|bmp)$/i;
/** A camera's or phone's name for a picture, with or without its extension (`IMG_2041`, `DSC01234`, `PXL_20240301`). */
const CAMERA_NAME = /^(?:img|dsc[nf]?|pxl|mvimg|gopr|vid)[-_ ]?\d{3,}/i;

/** One language's messages, the placeholder the fix inserts, and alt texts that describe nothing. */
interface Lexicon {
  file: RuleData;
  placeholder: string;
  vague: Set<string>;
}

/** Signs trimmed from the start and from the end of an alt text before it is compared. */
const LEADING_SIGN = /[\s"'“«(:.,;!?–—-]/;
const TRAILING_SIGN = /[\s"'”»):.,;!?–—-]/;

function normal(text: string): string {
  return trimEdges(text.normalize('NFC').toLowerCase().replace(/[’ʼ‘]/g, "'"), LEADING_SIGN, TRAILING_SIGN);
}

/**
 * True when `alt` is a placeholder rather than a description: a file name, or one of the
 * lexicon's `vague` texts (`photo`, `capture d'écran`) followed by nothing but numbers, dates
 * and short words (`Photo 3`, `Capture d'écran 2024-03-01 à 10.15.32`).
 */
function isPlaceholder(alt: string, lexicon: Lexicon): boolean {
  const text = alt.trim();
  if (FILE_NAME.test(text) || CAMERA_NAME.test(text)) return true;
  const tokens = text.split(/\s+/);
  const lead = tokens.findIndex((token) => !/\p{L}/u.test(token));
  const words = lead === -1 ? tokens : tokens.slice(0, lead);
  const rest = lead === -1 ? [] : tokens.slice(lead);
  return lexicon.vague.has(normal(words.join(' '))) && rest.every((token) => (token.match(/\p{L}/gu) ?? []).length < 3);
}

/** A Markdown image's alt text is written between `![` and `]`; `undefined` when the source has no such brackets (a reference image). */
function altRange(source: string, image: ImageSpan): { start: number; end: number } | undefined {
  const close = source.indexOf(']', image.start + 2);
  return close !== -1 && close < image.end && source.startsWith('![', image.start) ? { start: image.start + 2, end: close } : undefined;
}

/**
 * `accessibility`: Markdown images with empty or missing alt text, or with alt text that only
 * names the image (`photo`, `IMG_2041.jpg`). For an empty one the fix puts a placeholder between
 * the brackets.
 */
export const imageAltText: Detector = {
  name: 'image-alt-text',
  create(spec) {
    const lexicons = new Map<Language, Lexicon>(spec.meta.languages.map((language) => {
      const file = dataFor(spec, language);
      return [language, { file, placeholder: dataString(file, 'placeholder'), vague: new Set([...dataSet(file, 'vague')].map(normal)) }];
    }));
    return {
      meta: spec.meta,
      checkDocument: function imageAltTextCheck({ source, prose, language }: DocumentContext): Report[] {
        const lexicon = lexicons.get(language)!;
        const { messages } = lexicon.file;
        const reports: Report[] = [];
        for (const image of prose.images) {
          const alt = image.alt.trim();
          if (alt === '') {
            const range = altRange(source, image);
            const title = messages.fixTitle ? formatMessage(messages.fixTitle, { expected: lexicon.placeholder }) : fixTitle('insertAltText', language, lexicon.placeholder);
            reports.push({ start: image.start, end: image.end, message: messages.default, expected: [], fixes: range ? [{ title, edits: [{ ...range, text: lexicon.placeholder }] }] : [] });
          } else if (messages.vague !== undefined && isPlaceholder(alt, lexicon)) {
            reports.push({ start: image.start, end: image.end, message: formatMessage(messages.vague, { actual: alt }), expected: [], fixes: [] });
          }
        }
        return reports;
      },
    };
  },
};
