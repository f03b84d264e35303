import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { formatMessage, loadRuleData, RuleDataError } from '../kinds/data';
import en from './long-sentence.en.yml';

const data = { en: loadRuleData(en, 'rules/clear/long-sentence.en.yml') };
const limit = data.en.maximumWords;
if (typeof limit !== 'number' || limit < 1) throw new RuleDataError('rules/clear/long-sentence.en.yml: `maximumWords` must be a positive number');

/** A word: a run of non-space characters with a letter or a digit (masked URLs and code hold neither). */
const WORD = /[^\s\uFFFC]*[\p{L}\p{N}][^\s\uFFFC]*/gu;

/** How many words the first words of a message quote. */
const QUOTED_WORDS = 6;

/**
 * `clear`: sentences of more than `maximumWords` words. The finding covers the whole sentence,
 * so that the author sees where it ends and where it could be split; the message quotes its
 * first words. Block quotes are someone else's text and are skipped.
 */
export const longSentence: Rule & { data: typeof data } = {
  meta: {
    id: 'long-sentence',
    guideline: 'clear',
    description: 'Keep sentences short enough to read in one go.',
    severity: 'info',
    languages: ['en', 'fr'],
    fix: 'none',
  },
  data,
  checkBlock: function longSentenceCheck({ block, analysis }: BlockContext): Report[] {
    if (block.quoted) return [];
    const reports: Report[] = [];
    for (const sentence of analysis.sentences) {
      const text = block.text.slice(sentence.start - block.start, sentence.end - block.start);
      const words = [...text.matchAll(WORD)];
      if (words.length <= (limit as number)) continue;
      const last = words[words.length - 1];
      const firstWords = words.slice(0, QUOTED_WORDS).map((w) => w[0]).join(' ');
      reports.push({
        start: sentence.start + (words[0].index ?? 0),
        end: sentence.start + (last.index ?? 0) + last[0].length,
        message: formatMessage(data.en.messages.default, { start: `${firstWords}…`, count: String(words.length), limit: String(limit) }),
      });
    }
    return reports;
  },
};
