import type { DocumentContext, Report, Rule } from '../../server/src/engine/rule';
import { formatMessage, loadRuleData } from '../kinds/data';
import { organisationIndex } from '../kinds/organisation';
import en from './uncredited-image.en.yml';

const data = { en: loadRuleData(en, 'rules/intellectual-property/uncredited-image.en.yml') };
/** How far before a paragraph a Markdown image may end and still be the one it talks about. */
const IMAGE_DISTANCE = 200;

/** `intellectual-property`: admitted uncredited third-party images ("found this on Google Images", "not my photo"), and scanned covers. */
export const uncreditedImage: Rule & { data: typeof data } = {
  meta: {
    id: 'uncredited-image',
    guideline: 'intellectual-property',
    description: 'Use images only with the rights to them, and credit them.',
    severity: 'warning',
    languages: ['en'],
    fix: 'none',
  },
  data,
  checkDocument: function uncreditedImageCheck(context: DocumentContext): Report[] {
    const file = data[context.language as 'en'];
    if (!file) return [];
    const index = organisationIndex(file.entries, context.settings.organisation);
    const imageWords = new Set(file.imageWords as string[]);
    const reports: Report[] = [];
    for (const [b, block] of context.prose.blocks.entries()) {
      const analysis = context.analyses[b];
      const matches = index.match(analysis);
      if (matches.length === 0 || matches.some((m) => m.entry.role === 'credit') || block.text.includes('©')) continue;
      const nearImage = analysis.words.some((w) => imageWords.has(w.normal)) ||
        context.prose.images.some((image) => image.end <= block.start && block.start - image.end <= IMAGE_DISTANCE);
      const admissions = matches.filter((m) => m.entry.needsImage !== true || nearImage);
      if (admissions.length === 0) continue;
      const start = admissions[0].start;
      const end = admissions[admissions.length - 1].end;
      const actual = context.source.slice(start, end);
      reports.push({ start, end, message: formatMessage(file.messages.default, { actual }) });
    }
    return reports;
  },
};
