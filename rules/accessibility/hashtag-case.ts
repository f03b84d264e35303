import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { formatMessage, loadRuleData } from '../kinds/data';
import { isEnglishWord, segmentWords } from '../kinds/dictionary';
import { matchPattern } from '../kinds/pattern';
import { HASHTAG } from '../kinds/sequence';
import en from './hashtag-case.en.yml';

const data = { en: loadRuleData(en, 'rules/accessibility/hashtag-case.en.yml') };

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * `accessibility`: hashtags of several words written without capitals (`#particlephysics`,
 * also `#Particlephysics`). A tag is reported only when it splits completely into dictionary
 * words and is not one word itself (`#physics`, `#detectors` stay quiet); the CamelCase fix is
 * offered only when the split is unambiguous.
 */
export const hashtagCase: Rule & { data: typeof data } = {
  meta: {
    id: 'hashtag-case',
    guideline: 'accessibility',
    description: 'Write multi-word hashtags in CamelCase.',
    severity: 'info',
    languages: ['en'],
    fix: 'suggestion',
  },
  data,
  checkBlock: function hashtagCaseCheck({ block }: BlockContext): Report[] {
    const { messages } = data.en;
    const reports: Report[] = [];
    for (const match of matchPattern(block, HASHTAG)) {
      const tag = match.text.slice(1);
      if (tag.slice(1) !== tag.slice(1).toLowerCase() || tag.includes('_')) continue;
      const lower = tag.toLowerCase();
      if (isEnglishWord(lower)) continue;
      const split = segmentWords(lower);
      if (!split || split.words.length < 2) continue;
      const expected = split.ambiguous ? [] : [`#${split.words.map(capitalise).join('')}`];
      reports.push({
        start: match.start,
        end: match.end,
        message: formatMessage(expected.length ? messages.fix : messages.nofix, { actual: match.text, expected: expected[0] ?? '' }),
        expected,
        fixes: expected.map((text) => ({ title: `Replace with \`${text}\``, edits: [{ start: match.start, end: match.end, text }] })),
      });
    }
    return reports;
  },
};
