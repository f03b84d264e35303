import emojiRegex from 'emoji-regex';
import type { DocumentContext, Report } from '../api';
import { dataNumber, formatMessage } from '../kinds/data';
import { dataFor, type Detector } from '../pack/spec';

// emoji-regex is written for non-Unicode mode (surrogate pairs), so no `u` flag here.
const EMOJI = new RegExp(`^(?:${emojiRegex().source})`);
/** After the emoji: optional spaces, then the first word. */
const FIRST_WORD = /^[ \t\u00a0\ufe0f]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;

/**
 * `accessibility`: lines that start with an emoji and a word, when a document has at least
 * `minimum` of them (a list made of emoji). One finding per line, on the emoji and the first word.
 */
export const emojiBullet: Detector = {
  name: 'emoji-bullet',
  create(spec) {
    const minimums = new Map(spec.meta.languages.map((language) => [language, dataNumber(dataFor(spec, language), 'minimum', 1)]));
    return {
      meta: spec.meta,
      checkDocument: function emojiBulletCheck({ prose, language }: DocumentContext): Report[] {
        const { messages } = dataFor(spec, language);
        const bullets: { start: number; end: number; emoji: string; word: string }[] = [];
        for (const block of prose.blocks) {
          // A Markdown list item already has its bullet: an emoji after it marks a status (`- ✅ Done`).
          if (block.kind === 'heading' || block.kind === 'alt' || block.listItem) continue;
          let offset = 0;
          for (const line of block.text.split('\n')) {
            const indent = line.length - line.trimStart().length;
            const rest = line.slice(indent).replace(/^[-*•]\s+/, '');
            const lead = line.length - rest.length;
            const emoji = EMOJI.exec(rest);
            const word = emoji && !/^[\d#*]/.test(emoji[0]) ? FIRST_WORD.exec(rest.slice(emoji[0].length)) : null;
            if (emoji && word) {
              const start = block.start + offset + lead;
              bullets.push({ start, end: start + emoji[0].length + word[0].length, emoji: emoji[0], word: word[1] });
            }
            offset += line.length + 1;
          }
        }
        if (bullets.length < minimums.get(language)!) return [];
        return bullets.map((b) => ({ start: b.start, end: b.end, message: formatMessage(messages.default, { emoji: b.emoji, word: b.word }) }));
      },
    };
  },
};
