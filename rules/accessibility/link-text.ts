import { trimEdges, type BlockContext, type Language, type Report } from '../api';
import { dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { PhraseIndex } from '../kinds/phrase-list';
import { dataFor, type Detector } from '../pack/spec';

/** Link text compared whole: lower case, straight apostrophes, single spaces, no leading or trailing signs (`→ ici !`). */
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/u;
const normal = (text: string): string =>
  trimEdges(text.normalize('NFC').toLowerCase().replace(/[’ʼ‘]/g, "'").replace(/[\s\u00a0\uFFFC]+/g, ' '), NOT_LETTER_OR_DIGIT);

/** Between a wording and the link it points at: spaces, colons, arrows, dashes, brackets or quotes only (`sur ce lien → https://…`). */
const POINTING = /^[\s\u00a0\u202f:;,.→⟶➜➡⇒>«»"“”'(\[–—-]*$/u;
/** How far after a wording the link it points at may start. */
const POINTING_DISTANCE = 12;

/** One language's messages, vague link texts and wordings. */
interface Lexicon {
  file: RuleData;
  vague: Set<string>;
  wordings: PhraseIndex;
}

/**
 * `accessibility`: link text such as `click here` or `read more`, and "click here" wording in
 * prose. A wording whose entry has `check: link` counts only when a link follows it
 * (`le programme est sur ce lien → https://…`), since `ce lien` alone may be a bond, not a link.
 */
export const linkText: Detector = {
  name: 'link-text',
  create(spec) {
    const lexicons = new Map<Language, Lexicon>(spec.meta.languages.map((language) => {
      const file = dataFor(spec, language);
      return [language, { file, vague: new Set(dataStrings(file, 'vague').map(normal)), wordings: new PhraseIndex(file.entries, language) }];
    }));
    return {
      meta: spec.meta,
      checkBlock: function linkTextCheck({ block, analysis, language }: BlockContext): Report[] {
        const lexicon = lexicons.get(language);
        if (!lexicon) return [];
        const { file } = lexicon;
        const reports: Report[] = [];
        for (const link of block.links) {
          const raw = block.text.slice(link.start - block.start, link.end - block.start);
          const visible = raw.replace(/\uFFFC/g, ' ');
          // The visible text sits between `[` and `](`; everything else of the link is masked.
          const text = visible.replace(/^\s*\[/, '').replace(/\]\s*$/, '').trim();
          const compared = normal(text);
          // Text of signs only (`[→]`, `[🔗]`) says nothing either; not when code or an image
          // was masked inside it (`[`async` / `await`]`, a linked image): `[`, `](`, the URL
          // and `)` are masked, and any more masked characters were inside the text.
          const masked = raw.length - raw.replace(/\uFFFC/g, '').length;
          const signsOnly = text !== '' && compared === '' && masked <= link.url.length + 4;
          if (!signsOnly && !lexicon.vague.has(compared)) continue;
          const start = link.start + visible.indexOf(text);
          reports.push({ start, end: start + text.length, message: formatMessage(file.messages.link, { actual: text }) });
        }
        for (const match of lexicon.wordings.match(analysis)) {
          if (reports.some((r) => r.start < match.end && match.start < r.end)) continue;
          if (match.entry.check === 'link' && !block.links.some((l) => l.start >= match.end && l.start - match.end <= POINTING_DISTANCE
            && POINTING.test(block.text.slice(match.end - block.start, l.start - block.start)))) continue;
          const actual = block.text.slice(match.start - block.start, match.end - block.start);
          reports.push({ start: match.start, end: match.end, message: formatMessage(file.messages[match.entry.message], { actual }) });
        }
        return reports;
      },
    };
  },
};
