import type { BlockContext, DocumentContext, Report, Rule } from '../../server/src/engine/rule';
import { formatMessage, loadRuleData } from '../kinds/data';
import { expandPhrase, organisationIndex } from '../kinds/organisation';
import { phraseWords } from '../kinds/phrase-list';
import en from './organisation-logo.en.yml';

const data = { en: loadRuleData(en, 'rules/intellectual-property/organisation-logo.en.yml') };

/** `intellectual-property`: the organisation's logo on a personal profile, site or picture. */
export const organisationLogo: Rule & { data: typeof data } = {
  meta: {
    id: 'organisation-logo',
    guideline: 'intellectual-property',
    description: 'Do not use the organisation\'s logo on a personal profile or site: it is legally protected.',
    severity: 'warning',
    languages: ['en'],
    fix: 'none',
  },
  data,
  checkBlock: function organisationLogoCheck({ analysis, block, language, settings }: BlockContext): Report[] {
    const file = data[language as 'en'];
    if (!file) return [];
    const matches = organisationIndex(file.entries, settings.organisation).match(analysis);
    const personal = new Set(matches.filter((m) => m.entry.role === 'personal').map((m) => m.sentence));
    return matches
      .filter((m) => m.entry.role === 'logo' && personal.has(m.sentence))
      .map((m) => {
        // Name "the CERN logo", not just "CERN logo".
        const previous = analysis.words[m.first - 1];
        const start = previous && previous.normal === 'the' && previous.sentence === analysis.words[m.first].sentence ? previous.start : m.start;
        return { start, end: m.end, message: formatMessage(file.messages.default, { actual: block.text.slice(start - block.start, m.end - block.start) }) };
      });
  },
  checkDocument: function organisationLogoImages({ prose, language, settings }: DocumentContext): Report[] {
    const file = data[language as 'en'];
    if (!file) return [];
    const fileNames = (file.fileNames as string[]).flatMap((n) => expandPhrase(n, settings.organisation.map((o) => o.toLowerCase())));
    const altNames = settings.organisation.map((o) => `${phraseWords(o).join(' ')} logo`);
    return prose.images
      .filter((image) => {
        const url = image.url.toLowerCase().split(/[?#]/)[0];
        const name = url.slice(url.lastIndexOf('/') + 1);
        const alt = phraseWords(image.alt).join(' ');
        return fileNames.some((n) => name.includes(n)) || altNames.some((n) => ` ${alt} `.includes(` ${n} `));
      })
      .map((image) => ({ start: image.start, end: image.end, message: file.messages.image }));
  },
};
