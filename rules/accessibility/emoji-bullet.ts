import emojiRegex from 'emoji-regex';
import type { DocumentContext, Report, Rule } from '../../server/src/engine/rule';
import { formatMessage, loadRuleData, RuleDataError } from '../kinds/data';
import en from './emoji-bullet.en.yml';

const data = { en: loadRuleData(en, 'rules/accessibility/emoji-bullet.en.yml') };
const minimum = data.en.minimum;
if (typeof minimum !== 'number') throw new RuleDataError('rules/accessibility/emoji-bullet.en.yml: `minimum` must be a number');

// emoji-regex is written for non-Unicode mode (surrogate pairs), so no `u` flag here.
const EMOJI = new RegExp(`^(?:${emojiRegex().source})`);
/** After the emoji: optional spaces, then the first word. */
const FIRST_WORD = /^[ \t\u00a0\ufe0f]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;

/**
 * `accessibility`: lines that start with an emoji and a word, when a document has at least
 * `minimum` of them (a list made of emoji). One finding per line, on the emoji and the first word.
 */
export const emojiBullet: Rule & { data: typeof data } = {
  meta: {
    id: 'emoji-bullet',
    guideline: 'accessibility',
    description: 'Do not use emoji as bullets; use a real list.',
    severity: 'info',
    languages: ['en', 'fr'],
    fix: 'none',
  },
  data,
  checkDocument: function emojiBulletCheck({ prose }: DocumentContext): Report[] {
    const bullets: { start: number; end: number; emoji: string; word: string }[] = [];
    for (const block of prose.blocks) {
      if (block.kind === 'heading' || block.kind === 'alt') continue;
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
    if (bullets.length < (minimum as number)) return [];
    return bullets.map((b) => ({ start: b.start, end: b.end, message: formatMessage(data.en.messages.default, { emoji: b.emoji, word: b.word }) }));
  },
};
