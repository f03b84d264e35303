import type { DocumentContext, Language, Report } from '../api';
import { dataSet, formatMessage, type RuleData } from '../kinds/data';
import { organisationIndex } from '../kinds/organisation';
import type { Detector } from '../pack/spec';

/** One language's data, with its image words read once. */
interface Lexicon {
  file: RuleData;
  imageWords: Set<string>;
}

/** How far before a paragraph a Markdown image may end and still be the one it talks about. */
const IMAGE_DISTANCE = 200;

/** `intellectual-property`: admitted uncredited third-party images ("found this on Google Images", "not my photo"), and scanned covers. */
export const uncreditedImage: Detector = {
  name: 'uncredited-image',
  create(spec) {
    const lexicons = new Map<Language, Lexicon>(Object.entries(spec.data).map(([language, file]) => [
      language as Language,
      { file, imageWords: dataSet(file, 'imageWords') },
    ]));
    return {
      meta: spec.meta,
      checkDocument: function uncreditedImageCheck(context: DocumentContext): Report[] {
        const lexicon = lexicons.get(context.language);
        if (!lexicon) return [];
        const { file, imageWords } = lexicon;
        const index = organisationIndex(file.entries, context.settings.organisation);
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
  },
};
