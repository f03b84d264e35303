/**
 * Runs of like items in a block's text: emoji (`🎉🎉🎉🎉`), hashtags (`#a #b #c`) and
 * @mentions, separated by nothing but spaces. Counted by the occurrence kind.
 */
import emojiRegex from 'emoji-regex';
import type { ProseBlock } from '../api';

/** A run of items in document offsets. */
export interface Run {
  start: number;
  end: number;
  /** Each item's text, in order. */
  items: string[];
}

/** A hashtag: `#` not after a letter, digit, `&` or `#`, then letters, digits or `_`, with a letter. */
export const HASHTAG = /(?<![\p{L}\p{N}_&#/])#(?=[\p{L}\p{N}_]*\p{L})[\p{L}\p{N}_]+/gu;

/**
 * A mention: `@` not after a letter or digit (so not an e-mail address), then a handle, which may
 * have inner dots (`@jonas.b`, `@lena.draws` on Instagram; a final full stop ends the sentence).
 */
export const MENTION = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?/gu;

/** Items of `pattern` in `block` that follow each other with only spaces or tabs between, `minimum` or more in a row. */
export function runsOf(block: ProseBlock, pattern: RegExp, minimum: number): Run[] {
  const runs: Run[] = [];
  let current: { start: number; end: number; items: string[] } | undefined;
  const close = (): void => {
    if (current && current.items.length >= minimum) runs.push({ ...current, start: block.start + current.start, end: block.start + current.end });
    current = undefined;
  };
  for (const match of block.text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (current && /^[ \t\u00a0\u200d\ufe0f]*$/.test(block.text.slice(current.end, start))) {
      current.end = end;
      current.items.push(match[0]);
    } else {
      close();
      current = { start, end, items: [match[0]] };
    }
  }
  close();
  return runs;
}

const EMOJI = emojiRegex();
/**
 * A character that may be part of an emoji: anything but ASCII, Latin letters and signs (but
 * © and ®), general punctuation (but ‼, ⁉ and the zero-width joiner) and the mask character
 * U+FFFC. Every emoji-regex match has one, so blocks without one (most prose) skip the emoji
 * scan, which tries a long alternation at every character.
 */
const MAYBE_EMOJI = /[^\x00-\xa8\xaa-\xad\xaf-\u024f\u2000-\u200c\u200e-\u203b\u203d-\u2048\u204a-\u206f\ufffc]/;

/** Runs of `minimum` or more emoji (each a full emoji sequence, skin tones and flags included). */
export function emojiRuns(block: ProseBlock, minimum: number): Run[] {
  if (!MAYBE_EMOJI.test(block.text)) return [];
  return runsOf(block, EMOJI, minimum).filter((run) => run.items.some((item) => !/^[\d#*]/.test(item)));
}
