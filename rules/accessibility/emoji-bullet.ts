import emojiRegex from 'emoji-regex';
import type { DocumentContext, Report } from '../api';
import { dataNumber, dataStrings, formatMessage } from '../kinds/data';
import { dataFor, type Detector } from '../pack/spec';

// emoji-regex is written for non-Unicode mode (surrogate pairs), so no `u` flag here.
const EMOJI = new RegExp(`^(?:${emojiRegex().source})`);
/** After the emoji: optional spaces, then the first word. */
const FIRST_WORD = /^[ \t\u00a0\ufe0f]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;

/** An emoji without its variation selectors, as `statusEmoji` lists compare it (`⚠️` = `⚠`). */
const bare = (emoji: string): string => emoji.replace(/[\ufe0e\ufe0f]/g, '');

/**
 * `accessibility`: lines that start with an emoji and a word, when a document has at least
 * `minimum` of them (a list made of emoji). One finding per line, on the emoji and the first word.
 * After a list bullet (Markdown or `- ` in plain text), an emoji of `statusEmoji` (`- ✅ Done`,
 * `- 🚧 Draft`) marks a state and is fine; another one (`- 🧤 Gloves`) is a picture read out
 * before every item.
 */
export const emojiBullet: Detector = {
  name: 'emoji-bullet',
  create(spec) {
    const minimums = new Map(spec.meta.languages.map((language) => [language, dataNumber(dataFor(spec, language), 'minimum', 1)]));
    const statuses = new Map(spec.meta.languages.map((language) => [language, new Set(dataStrings(dataFor(spec, language), 'statusEmoji').map(bare))]));
    return {
      meta: spec.meta,
      checkDocument: function emojiBulletCheck({ prose, language }: DocumentContext): Report[] {
        const { messages } = dataFor(spec, language);
        const bullets: { start: number; end: number; emoji: string; word: string }[] = [];
        const status = statuses.get(language)!;
        for (const block of prose.blocks) {
          if (block.kind === 'heading' || block.kind === 'alt') continue;
          let offset = 0;
          for (const line of block.text.split('\n')) {
            const indent = line.length - line.trimStart().length;
            const rest = line.slice(indent).replace(/^[-*•]\s+/, '');
            const lead = line.length - rest.length;
            const emoji = EMOJI.exec(rest);
            const word = emoji && !/^[\d#*]/.test(emoji[0]) ? FIRST_WORD.exec(rest.slice(emoji[0].length)) : null;
            // A line that already has its bullet (a Markdown list item, `- ` in plain text): a
            // status emoji after it is a state.
            const bulleted = block.listItem || lead > indent;
            if (emoji && word && !(bulleted && status.has(bare(emoji[0])))) {
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
