/**
 * Mentions: a word in quotation marks with nothing else inside them is talked about, not used
 * ("le mot « abruti » est une insulte", `the word "guys"`). Conduct rules leave such words alone.
 */
import { trimEnd, type ProseBlock } from '../api';

// Spaces that may sit inside quotation marks: French typography puts a no-break space
// (U+00A0) or a narrow no-break space (U+202F) after « and before ».
const INNER_SPACE = /[\s\u00a0\u202f]*/uy;
const OPENING = /[«"“‘‹'„]$/u;
const CLOSING = /^[»"”’›']/u;

/** True when `[start, end)` of `block` (document offsets) is all that a pair of quotation marks holds. */
export function isQuotedMention(block: ProseBlock, start: number, end: number): boolean {
  const before = trimEnd(block.text.slice(Math.max(0, start - block.start - 4), start - block.start), /[\s\u00a0\u202f]/u);
  if (!OPENING.test(before)) return false;
  const after = block.text.slice(end - block.start, end - block.start + 4);
  INNER_SPACE.lastIndex = 0;
  INNER_SPACE.exec(after);
  return CLOSING.test(after.slice(INNER_SPACE.lastIndex));
}
