import type { BlockContext, DocumentContext, Language, Report } from '../api';
import { dataSet, dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { expandPhrase, organisationIndex } from '../kinds/organisation';
import { phraseWords } from '../kinds/phrase-list';
import type { Detector } from '../pack/spec';

/** One language's data, with the logo file names, alt texts and articles read once. */
interface Lexicon {
  file: RuleData;
  fileNames: string[];
  /** Alt texts that name the logo (`{organisation} logo`, `logo du {organisation}`). */
  altNames: string[];
  articles: Set<string>;
}

/** `intellectual-property`: the organisation's logo on a personal profile, site or picture. */
export const organisationLogo: Detector = {
  name: 'organisation-logo',
  create(spec) {
    const lexicons = new Map<Language, Lexicon>(Object.entries(spec.data).map(([language, file]) => [
      language as Language,
      { file, fileNames: dataStrings(file, 'fileNames'), altNames: dataStrings(file, 'altNames'), articles: dataSet(file, 'articles') },
    ]));
    return {
      meta: spec.meta,
      checkBlock: function organisationLogoCheck({ analysis, block, language, settings }: BlockContext): Report[] {
        const lexicon = lexicons.get(language);
        if (!lexicon) return [];
        const { file, articles } = lexicon;
        const matches = organisationIndex(file.entries, settings.organisation).match(analysis);
        const personal = new Set(matches.filter((m) => m.entry.role === 'personal').map((m) => m.sentence));
        // "a photo of me in front of the CERN logo": the logo in the picture, not on it.
        const beside = new Set(matches.filter((m) => m.entry.role === 'unless').map((m) => m.sentence));
        return matches
          .filter((m) => m.entry.role === 'logo' && personal.has(m.sentence) && !beside.has(m.sentence))
          .map((m) => {
            // Name "the CERN logo", not just "CERN logo".
            const previous = analysis.words[m.first - 1];
            const start = previous && articles.has(previous.normal) && previous.sentence === analysis.words[m.first].sentence ? previous.start : m.start;
            return { start, end: m.end, message: formatMessage(file.messages.default, { actual: block.text.slice(start - block.start, m.end - block.start) }) };
          });
      },
      checkDocument: function organisationLogoImages({ prose, language, settings }: DocumentContext): Report[] {
        const lexicon = lexicons.get(language);
        if (!lexicon) return [];
        const fileNames = lexicon.fileNames.flatMap((n) => expandPhrase(n, settings.organisation.map((o) => o.toLowerCase())));
        const altNames = lexicon.altNames.flatMap((n) => expandPhrase(n, settings.organisation)).map((n) => phraseWords(n).join(' '));
        return prose.images
          .filter((image) => {
            const url = image.url.toLowerCase().split(/[?#]/)[0];
            const name = url.slice(url.lastIndexOf('/') + 1);
            const alt = phraseWords(image.alt).join(' ');
            return fileNames.some((n) => name.includes(n)) || altNames.some((n) => ` ${alt} `.includes(` ${n} `));
          })
          .map((image) => ({ start: image.start, end: image.end, message: lexicon.file.messages.image }));
      },
    };
  },
};
