import type { BlockContext, Report } from '../api';
import { dataNumber, formatMessage } from '../kinds/data';
import { dataFor, type Detector } from '../pack/spec';

/** A word: a run of non-space characters with a letter or a digit (masked URLs and code hold neither). */
const WORD = /[^\s\uFFFC]*[\p{L}\p{N}][^\s\uFFFC]*/gu;

/** How many words the first words of a message quote. */
const QUOTED_WORDS = 6;

/**
 * `clear`: sentences of more than `maximumWords` words. The finding covers the whole sentence,
 * so that the author sees where it ends and where it could be split; the message quotes its
 * first words. Block quotes are someone else's text and are skipped.
 */
export const longSentence: Detector = {
  name: 'long-sentence',
  create(spec) {
    const limits = new Map(spec.meta.languages.map((language) => [language, dataNumber(dataFor(spec, language), 'maximumWords', 1)]));
    return {
      meta: spec.meta,
      checkBlock: function longSentenceCheck({ block, analysis, language }: BlockContext): Report[] {
        if (block.quoted) return [];
        const { messages } = dataFor(spec, language);
        const limit = limits.get(language)!;
        const reports: Report[] = [];
        for (const sentence of analysis.sentences) {
          const text = block.text.slice(sentence.start - block.start, sentence.end - block.start);
          const words = [...text.matchAll(WORD)];
          if (words.length <= limit) continue;
          const last = words[words.length - 1];
          const firstWords = words.slice(0, QUOTED_WORDS).map((w) => w[0]).join(' ');
          reports.push({
            start: sentence.start + (words[0].index ?? 0),
            end: sentence.start + (last.index ?? 0) + last[0].length,
            message: formatMessage(messages.default, { start: `${firstWords}…`, count: String(words.length), limit: String(limit) }),
          });
        }
        return reports;
      },
    };
  },
};
