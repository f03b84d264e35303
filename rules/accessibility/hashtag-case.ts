import type { BlockContext, Report } from '../api';
import { formatMessage } from '../kinds/data';
import { dictionaryOf } from '../kinds/dictionary';
import { matchPattern } from '../kinds/regex';
import { HASHTAG } from '../kinds/sequence';
import { dataFor, type Detector } from '../pack/spec';

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * `accessibility`: hashtags of several words written without capitals (`#particlephysics`,
 * also `#Particlephysics`). A tag is reported only when it splits completely into dictionary
 * words and is not one word itself (`#physics`, `#detectors` stay quiet); the CamelCase fix is
 * offered only when the split is unambiguous.
 */
export const hashtagCase: Detector = {
  name: 'hashtag-case',
  create(spec, resources) {
    const dictionary = dictionaryOf(resources.dictionary('en'));
    const { messages } = dataFor(spec, 'en');
    return {
      meta: spec.meta,
      checkBlock: function hashtagCaseCheck({ block }: BlockContext): Report[] {
        const reports: Report[] = [];
        for (const match of matchPattern(block, HASHTAG)) {
          const tag = match.text.slice(1);
          if (tag.slice(1) !== tag.slice(1).toLowerCase() || tag.includes('_')) continue;
          const lower = tag.toLowerCase();
          if (dictionary.isWord(lower)) continue;
          const split = dictionary.segment(lower);
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
  },
};
